"""Approved minutes are locked in the editor; "Opravit schválený zápis" asks why, and the text
before the correction is kept and shown in the history."""

from meetings_support import click, make_view, open_titled
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.meetings.decisions_model import Column as DecisionColumn

APPROVED = "PS Bydlení – analýza bytového fondu"


def _correct_because(reason: str):
    def fill(dialog):
        assert not dialog.buttons.buttons()[0].isEnabled()  # no reason yet: cannot start
        dialog.reason.setPlainText(reason)
        dialog.by.setText("Mgr. Tereza Novotná")
        return QDialog.DialogCode.Accepted
    return fill


def test_locked_minutes_are_read_only_and_a_silent_edit_is_refused(qtbot, ctx, services,
                                                                    dialogs):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, APPROVED)
    editor = view.editor
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    assert editor.lock_bar.isVisibleTo(editor)
    assert "je schválen" in editor.lock_bar.message.text()
    assert tab.editor.text.isReadOnly()
    assert not tab.findChild(QPushButton, "add-decision").isEnabled()
    assert not editor.decisions_model.rowCount() or not (
        tab.decisions_table.editTriggers() & tab.decisions_table.EditTrigger.DoubleClicked)

    # even a value set behind the read-only widgets is refused by the service on save
    before = MeetingService(ctx.store).detail(meeting.id).decisions[0].text
    editor.decisions_model.setData(editor.decisions_model.index(0, DecisionColumn.TEXT),
                                   "Tiše přepsané usnesení")
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not editor.save()
    assert "uzamčen" in dialogs.texts[-1]
    assert MeetingService(ctx.store).detail(meeting.id).decisions[0].text == before


def test_correct_approved_minutes_with_a_reason_and_see_the_history(qtbot, ctx, services,
                                                                   dialogs):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, APPROVED)
    editor = view.editor
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    old_text = MeetingService(ctx.store).detail(meeting.id).agenda.items[1].minutes_html
    assert not editor.lock_bar.history_button.isEnabled()

    dialogs.answer(_correct_because("Překlep v zápisu, schváleno na PS 2. 7."))
    click(qtbot, editor.lock_bar.correct_button)
    assert not tab.editor.text.isReadOnly()
    assert "Opravujete ho – důvod: Překlep v zápisu" in editor.lock_bar.message.text()
    tab.select_item(1)
    tab.editor.text.setHtml("<p>Opravené znění: bytový fond má 412 bytů.</p>")
    assert editor.is_dirty()
    click(qtbot, editor.save_button)

    detail = MeetingService(ctx.store).detail(meeting.id)
    assert "412 bytů" in detail.agenda.items[1].minutes_html
    [version] = detail.corrections
    assert version.reason == "Překlep v zápisu, schváleno na PS 2. 7."
    assert version.corrected_by == "Mgr. Tereza Novotná"
    assert "412 bytů" not in version.previous_text
    assert old_text.removeprefix("<p>").split(".")[0] in version.previous_text
    # locked again, and the history shows who, when, why and the text before
    assert tab.editor.text.isReadOnly()
    assert editor.lock_bar.history_button.text() == "Historie oprav (1)…"
    seen = {}

    def look(dialog):
        seen["row"] = [dialog.model.index(0, c).data() for c in range(3)]
        seen["text"] = dialog.previous.toPlainText()
        return QDialog.DialogCode.Rejected
    dialogs.answer(look)
    click(qtbot, editor.lock_bar.history_button)
    assert seen["row"][1:] == ["Mgr. Tereza Novotná", "Překlep v zápisu, schváleno na PS 2. 7."]
    assert seen["text"].startswith("Znění před opravou:")
    assert "412 bytů" not in seen["text"]


def test_cancelling_the_correction_keeps_the_lock(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    open_titled(view, APPROVED)
    dialogs.answer(QDialog.DialogCode.Rejected)
    click(qtbot, view.editor.lock_bar.correct_button)
    assert view.editor.minutes.editor.text.isReadOnly()
