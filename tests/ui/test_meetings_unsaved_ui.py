"""Nobody loses typed work: switching meetings or closing asks about unsaved edits."""

import datetime as dt

from meetings_support import click, make_view, meeting_titled, open_titled
from PySide6.QtWidgets import QMessageBox

from obecdesk.core.meetings.service import MeetingService

PLANNED = "PS Bydlení – revize opatření"
HELD = "Řídicí tým – vyhodnocení plánu"
SB = QMessageBox.StandardButton


def test_cancel_keeps_the_edits_and_the_selection(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    planned = open_titled(view, PLANNED)
    view.editor.basics.place.setText("Komunitní centrum Nádražní 12")
    view.editor.basics.place.textEdited.emit("Komunitní centrum Nádražní 12")
    assert view.editor.is_dirty()

    dialogs.answer(SB.Cancel, SB.Cancel)
    view.list_panel.select(meeting_titled(ctx, HELD).id)  # the user clicks another meeting
    assert len(dialogs.texts) == 1 and "neuložené změny" in dialogs.texts[0]
    assert view.editor.meeting_id == planned.id
    assert view.list_panel.selected_id() == planned.id
    assert view.editor.basics.place.text() == "Komunitní centrum Nádražní 12"
    assert view.confirm_close() is False  # the main window stays open
    assert MeetingService(ctx.store).get(planned.id).place != "Komunitní centrum Nádražní 12"


def test_save_on_switch_stores_the_edits(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    planned = open_titled(view, PLANNED)
    view.editor.basics.facilitator.setText("Mgr. Jana Šimková")
    view.editor.basics.facilitator.textEdited.emit("Mgr. Jana Šimková")
    dialogs.answer(SB.Save)
    held = meeting_titled(ctx, HELD)
    view.list_panel.select(held.id)
    assert view.editor.meeting_id == held.id
    assert MeetingService(ctx.store).get(planned.id).facilitator == "Mgr. Jana Šimková"


def test_discard_on_close_drops_the_edits(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    planned = open_titled(view, PLANNED)
    view.editor.agenda_tab.add_item()
    dialogs.answer(SB.Discard)
    assert view.confirm_close() is True
    assert dialogs.texts
    assert not view.editor.is_dirty()
    assert MeetingService(ctx.store).agenda.count(planned.id) == 4


def test_no_prompt_without_edits_and_revert_button(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    assert view.confirm_close() is True
    assert dialogs.texts == []
    view.editor.basics.goal.setPlainText("Jiný cíl")
    assert view.editor.is_dirty()
    click(qtbot, view.editor.revert_button)
    assert not view.editor.is_dirty()
    assert view.editor.basics.goal.toPlainText() != "Jiný cíl"


def test_refused_value_keeps_what_was_typed(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    planned = open_titled(view, PLANNED)
    dialogs.answer(SB.Ok)
    basics = view.editor.basics
    basics.end.setTime(basics.start.time().addSecs(-3600))  # ends before it starts
    view.editor.agenda_tab.add_item()
    assert view.editor.save() is False
    assert dialogs.texts == ["Konec jednání musí být později než jeho začátek."]
    assert view.editor.is_dirty()
    assert view.editor.agenda_model.rowCount() == 5  # the new item is still there
    assert MeetingService(ctx.store).agenda.count(planned.id) == 4


def test_advancing_the_status_records_the_date(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    planned = open_titled(view, PLANNED)
    basics = view.editor.basics
    assert basics.advance.text() == "Posunout na „program rozeslán“"
    click(qtbot, basics.advance)
    stored = MeetingService(ctx.store).get(planned.id)
    assert stored.status == "agenda_sent" and str(stored.agenda_sent_on) == "2026-11-25"
    assert basics.status_label.text() == "program rozeslán"
    assert basics.step_dates["agenda_sent"].value() == dt.date(2026, 11, 25)
    assert basics.advance.text() == "Posunout na „proběhlo“"


def test_main_window_close_asks_and_can_be_cancelled(qtbot, ctx, services, dialogs):
    from obecdesk.ui.main_window import MainWindow

    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    window.show()
    view = window.show_capability("meetings")
    view.editor.today = lambda: dt.date(2026, 11, 25)
    open_titled(view, PLANNED)
    view.editor.basics.goal.setPlainText("Dohodnout revizi opatření v bydlení")
    dialogs.answer(SB.Cancel, SB.Save)
    window.close()
    assert window.isVisible() and dialogs.texts
    window.close()
    assert not window.isVisible()
    stored = MeetingService(ctx.store).get(view.editor.meeting_id)
    assert stored.goal == "Dohodnout revizi opatření v bydlení"


def test_switching_locality_offers_to_save(qtbot, ctx, services, dialogs):
    from obecdesk.core.localities import LocalityData

    view = make_view(qtbot, ctx, services)
    planned = open_titled(view, PLANNED)
    view.editor.basics.minute_taker.setText("Ondřej Bártů")
    view.editor.basics.minute_taker.textEdited.emit("Ondřej Bártů")
    dialogs.answer(SB.Save)
    other = services.localities.create(LocalityData(name="Zálesí"))
    ctx.set_locality(other.id)
    assert dialogs.texts and "přepnutím lokality" in dialogs.texts[0]
    assert MeetingService(ctx.store).get(planned.id).minute_taker == "Ondřej Bártů"
    assert view.list_panel.model.rowCount() == 0 and not view.editor.isEnabled()
    assert view.list_panel.new_button.isEnabled() is not False  # a locality is selected


def test_refused_save_on_locality_switch_keeps_the_draft(qtbot, ctx, services, dialogs):
    from obecdesk.core.localities import LocalityData

    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    basics = view.editor.basics
    basics.title.setText("")  # a meeting must have a title: the save will be refused
    basics.title.textEdited.emit("")
    view.editor.agenda_tab.add_item()
    dialogs.answer(SB.Save, SB.Ok)  # save first? yes; the refusal is shown
    ctx.set_locality(services.localities.create(LocalityData(name="Zálesí")).id)
    assert [asked.kind for asked in dialogs.asked] == ["QMessageBox.question", "QMessageBox.exec"]
    assert view.editor.is_dirty() and view.editor.agenda_model.rowCount() == 5
    assert view.list_panel.model.rowCount() == 0
