"""Kontrola úkolů in the meeting that reviews them: done, postponed with a new date, commented."""

import datetime as dt

from meetings_support import click, make_view, open_titled
from PySide6.QtWidgets import QDialog, QPushButton

from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.meetings.tasks_model import Column as TaskColumn

REVIEWING = "PS Bydlení – revize opatření"
TASK = "Dodat přehled dluhů na nájemném po ulicích"


def _select(tab, text: str) -> None:
    model = tab.review_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).text == text)
    tab.review_table.selectRow(row)


def _review_cell(tab, text: str) -> str:
    model = tab.review_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).text == text)
    return model.index(row, model.column_of(TaskColumn.REVIEW)).data()


def test_postpone_then_mark_done_in_the_review_list(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, REVIEWING)
    tab = view.editor.agenda_tab
    view.editor.tabs.setCurrentIndex(1)  # Program (each tab sits in a scroll area)
    assert tab.review_box.isVisibleTo(view.editor)
    _select(tab, TASK)

    def postpone(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("postponed"))
        assert dialog.new_due.isEnabled()
        dialog.new_due.set_value(dt.date(2027, 1, 31))
        dialog.comment.setText("Čeká se na data bytového odboru")
        return QDialog.DialogCode.Accepted
    dialogs.answer(postpone)
    click(qtbot, tab.findChild(QPushButton, "review-other"))
    assert _review_cell(tab, TASK) == "odloženo do 31. 1. 2027; Čeká se na data bytového odboru"
    service = MeetingService(ctx.store)
    task = next(i for i in service.detail(meeting.id).to_review if i.text == TASK)
    assert task.due_date == dt.date(2027, 1, 31) and task.status == "open"

    _select(tab, TASK)
    click(qtbot, tab.findChild(QPushButton, "review-done"))
    assert _review_cell(tab, TASK) == "splněno"
    detail = service.detail(meeting.id)
    task = next(i for i in detail.to_review if i.text == TASK)
    assert task.status == "done" and task.done_on == dt.date(2026, 12, 3)
    assert not view.editor.is_dirty()  # stored at once, nothing left to save


def test_a_postponement_without_a_later_date_is_refused(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    open_titled(view, REVIEWING)
    tab = view.editor.agenda_tab
    _select(tab, TASK)

    def too_early(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("postponed"))
        dialog.new_due.set_value(dt.date(2025, 6, 1))
        return QDialog.DialogCode.Accepted
    dialogs.answer(too_early, lambda _box: None)
    click(qtbot, tab.findChild(QPushButton, "review-other"))
    assert "Nový termín musí být po dosavadním (15. 6. 2025)." in dialogs.texts[-1]
    assert _review_cell(tab, TASK) == ""
