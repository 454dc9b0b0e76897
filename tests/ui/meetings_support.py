"""Shared helpers of the meetings UI tests (imported by the ``test_meetings_*`` modules)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.meetings.view import MeetingsView

#: the fixed "today" of these tests: the demo's planned PS Bydlení meeting is still ahead
TODAY = dt.date(2026, 11, 25)


def make_view(qtbot, ctx, services) -> MeetingsView:
    view = MeetingsView(ctx, services)
    view.editor.today = lambda: TODAY
    view.tasks_page.today = lambda: TODAY
    view.editor.actions_model.today = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(1300, 850)
    return view


def meeting_titled(ctx, title: str):
    return next(m for m in MeetingService(ctx.store).list(ctx.locality_id) if m.title == title)


def open_titled(view: MeetingsView, title: str):
    meeting = meeting_titled(view.ctx, title)
    assert view.list_panel.select(meeting.id)
    assert view.editor.meeting_id == meeting.id
    return meeting


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

