"""Minutes typed in the rich-text editor reach the index as words and the PDF as safe markup."""

from obecdesk.store.minutes_html import html_to_paragraphs, html_to_text

QT_HTML = (
    '<!DOCTYPE HTML><html><head><style type="text/css">p, li { white-space: pre-wrap; }'
    '</style></head><body style=" font-weight:400;">'
    '<p style=" margin-top:0px;"><span style=" font-weight:700; font-style:italic;">Usnesení'
    '</span> bylo <span style=" text-decoration: underline;">přijato</span> &amp; zveřejněno</p>'
    '<p style="-qt-paragraph-type:empty;"><br /></p>'
    '<ul><li>dluhy &lt; 5 000 Kč</li><li><b>kauce</b></li></ul></body></html>'
)


def test_qt_styles_become_the_few_tags_reportlab_knows():
    assert html_to_paragraphs(QT_HTML) == [
        ("p", "<b><i>Usnesení</i></b> bylo <u>přijato</u> &amp; zveřejněno"),
        ("li", "dluhy &lt; 5 000 Kč"),
        ("li", "<b>kauce</b>"),
    ]


def test_plain_text_for_the_index_has_no_styles_or_tags():
    assert html_to_text(QT_HTML) == "Usnesení bylo přijato & zveřejněno\ndluhy < 5 000 Kč\nkauce"


def test_unbalanced_markup_is_closed_within_each_paragraph():
    paragraphs = html_to_paragraphs("<p><b>tučně<p>dál</b> konec")
    assert paragraphs == [("p", "<b>tučně</b>"), ("p", "<b>dál</b> konec")]
    assert html_to_text("") == "" and html_to_paragraphs("   ") == []


QT_NESTED_LISTS = (
    '<p>Úvod</p><ol style="-qt-list-indent: 1;"><li>první</li><li>druhý'
    '<ul style="-qt-list-indent: 2;"><li>vnořený a</li><li>vnořený b</li></ul></li>'
    '<li>třetí</li></ol><ol start="4"><li>čtvrtý</li></ol>'
)


def test_numbered_lists_stay_numbered_and_nesting_is_kept():
    from obecdesk.store.minutes_html import html_to_blocks

    blocks = [(b.kind, b.markup, b.level, b.marker) for b in html_to_blocks(QT_NESTED_LISTS)]
    assert blocks == [
        ("p", "Úvod", 0, ""),
        ("li", "první", 1, "1."),
        ("li", "druhý", 1, "2."),
        ("li", "vnořený a", 2, "–"),
        ("li", "vnořený b", 2, "–"),
        ("li", "třetí", 1, "3."),
        ("li", "čtvrtý", 1, "4."),
    ]
