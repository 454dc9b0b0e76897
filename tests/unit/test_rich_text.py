"""Minutes typed in the rich-text editor reach the index as words and the PDF as safe markup."""

from obecdesk.core.meetings.rich_text import html_to_paragraphs, html_to_text

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
