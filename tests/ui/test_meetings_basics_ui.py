"""Základní údaje: times that may be empty and the dates of the status steps."""

import datetime as dt

from meetings_support import make_view, open_titled
from PySide6.QtWidgets import QMessageBox

from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.vocabulary.meetings import MeetingKind


def _edit_place(view, text: str) -> None:
    view.editor.basics.place.setText(text)
    view.editor.basics.place.textEdited.emit(text)


def test_meeting_without_times_opens_empty_and_saves(qtbot, ctx, services):
    service = MeetingService(ctx.store)
    service.create(ctx.locality_id, MeetingData(
        title="Kulatý stůl bez času", date=dt.date(2026, 12, 3), kind=MeetingKind.ROUND_TABLE))
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, "Kulatý stůl bez času")
    basics = view.editor.basics
    assert basics.start.value() is None and basics.end.value() is None
    assert basics.start.text() == "—" and basics.end.text() == "—"

    _edit_place(view, "Sál radnice")
    assert view.editor.save() is True
    stored = service.get(meeting.id)
    assert stored.place == "Sál radnice"
    assert stored.start_time is None and stored.end_time is None


def test_clock_edit_keeps_a_typed_time(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, "PS Bydlení – revize opatření")
    basics = view.editor.basics
    basics.start.set_value(dt.time(9, 30))
    assert basics.start.value() == dt.time(9, 30)
    assert basics.start.text() == "9:30"
    basics.start.set_value(None)
    assert basics.start.value() is None


HELD = "PS Bydlení – analýza bytového fondu"


def test_step_dates_are_editable_once_reached_and_kept_in_order(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, HELD)
    steps = view.editor.basics.step_dates
    assert steps["held"].isEnabled() and steps["held"].value() == meeting.held_on
    assert not steps["minutes_published"].isEnabled() or meeting.minutes_published_on

    later = meeting.date + dt.timedelta(days=1)
    steps["held"].set_value(later)
    steps["held"].dateChanged.emit(steps["held"].date())
    assert view.editor.is_dirty()
    assert view.editor.save() is True
    assert MeetingService(ctx.store).get(meeting.id).held_on == later

    dialogs.answer(QMessageBox.StandardButton.Ok)
    steps["held"].set_value(meeting.date - dt.timedelta(days=1))
    assert view.editor.save() is False
    assert dialogs.texts and "nemohlo proběhnout dřív než" in dialogs.texts[0]
    assert MeetingService(ctx.store).get(meeting.id).held_on == later


def test_a_planned_meeting_has_no_editable_later_steps(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, "PS Bydlení – revize opatření")
    steps = view.editor.basics.step_dates
    assert not steps["held"].isEnabled() and steps["held"].value() is None
