"""Program without typing: copy the agenda of an earlier meeting, or apply a template."""

from __future__ import annotations

from meetings_support import make_view, open_titled

from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.core.meetings.service import MeetingService

PLANNED = "PS Bydlení – revize opatření"
EARLIER = "PS Bydlení – analýza bytového fondu"


def titles(model) -> list[str]:
    return [row.title for row in model.rows()]


def test_copy_the_agenda_of_an_earlier_meeting(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    editor = view.editor
    before = titles(editor.agenda_model)
    fill = editor.agenda_tab.fill
    fill.copy_button.click()
    dialog = fill.dialog
    assert dialog.isVisible()
    assert EARLIER in dialog.source.itemText(0)  # the same body's meetings come first
    assert PLANNED not in [dialog.source.itemText(i) for i in range(dialog.source.count())]
    assert dialog.preview_model.stringList()[1].startswith("Data o obecních bytech")
    dialog.accept()
    after = titles(editor.agenda_model)
    # appended, without a second "Kontrola úkolů"
    assert after == before + ["Data o obecních bytech a dluzích na nájemném",
                              "Strom problémů: ztráta bydlení",
                              "Návrh pravidel přidělování obecních bytů"]
    assert after.count(REVIEW_TITLE) == 1
    assert all(not row.minutes_html for row in editor.agenda_model.rows()[len(before):])
    assert editor.is_dirty()
    assert editor.save()
    stored = [i.title for i in MeetingService(ctx.store).agenda.items(editor.meeting_id)]
    assert stored == after


def test_apply_a_template_from_the_menu(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    editor = view.editor
    fill = editor.agenda_tab.fill
    fill.template_menu.aboutToShow.emit()
    names = [a.text() for a in fill.template_menu.actions()]
    assert names == ["Běžné jednání pracovní skupiny", "Veřejné setkání",
                     "Jednání řídicího týmu"]
    before = titles(editor.agenda_model)
    fill.template_menu.actions()[0].trigger()
    added = titles(editor.agenda_model)[len(before):]
    assert added[0] == "Zahájení, představení přítomných, schválení programu"
    assert REVIEW_TITLE not in added  # the meeting has its review item already
    assert added[-1] == "Různé, závěr"
    assert editor.is_dirty()
    assert "program skončí" in editor.agenda_tab.total_label.text()
