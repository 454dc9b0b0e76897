"""Read-only summaries of a locality: methods used in meetings, activity of the partnership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from obecdesk.store import Store
from obecdesk.store.models import ActionItem, AgendaItem, Attendance, Decision, Meeting


@dataclass(frozen=True)
class MethodUse:
    method: str
    times: int
    last_used: dt.date | None


@dataclass(frozen=True)
class Activity:
    meetings_held: int
    meetings_planned: int
    decisions: int
    actions_open: int
    actions_done: int
    actions_overdue: int
    attendance_rate: float | None  # share of invitees marked present at held meetings


def methods_used(store: Store, locality_id: str) -> list[MethodUse]:
    """Facilitation methods named in the locality's agendas, most used first."""
    query = (
        select(AgendaItem.method, func.count(), func.max(Meeting.date))
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Meeting.locality_id == locality_id, Meeting.deleted.is_(False),
               AgendaItem.deleted.is_(False), AgendaItem.method != "")
        .group_by(AgendaItem.method)
        .order_by(func.count().desc(), AgendaItem.method)
    )
    with store.reading() as session:
        return [MethodUse(method, times, last) for method, times, last in session.execute(query)]


def activity(store: Store, locality_id: str, today: dt.date | None = None) -> Activity:
    """Counts that show whether the partnership works: meetings, decisions, tasks, attendance."""
    today = today or dt.date.today()
    live_meeting = (Meeting.locality_id == locality_id, Meeting.deleted.is_(False))
    held = Meeting.status != "planned"
    with store.reading() as session:
        meetings_held, meetings_planned = session.execute(
            select(func.count().filter(held), func.count().filter(~held)).where(*live_meeting)
        ).one()
        decisions = session.scalar(
            select(func.count()).select_from(Decision).join(Meeting)
            .where(*live_meeting, Decision.deleted.is_(False))
        )
        open_, done, overdue = session.execute(
            select(
                func.count().filter(ActionItem.status == "open"),
                func.count().filter(ActionItem.status == "done"),
                func.count().filter(ActionItem.status == "open", ActionItem.due_date < today),
            ).select_from(ActionItem).join(Meeting).where(*live_meeting,
                                                         ActionItem.deleted.is_(False))
        ).one()
        present, invited = session.execute(
            select(
                func.sum(case((Attendance.status == "present", 1), else_=0)),
                func.count(),
            ).select_from(Attendance).join(Meeting)
            .where(*live_meeting, held, Attendance.deleted.is_(False),
                   Attendance.invited.is_(True))
        ).one()
    rate = (present or 0) / invited if invited else None
    return Activity(meetings_held, meetings_planned, decisions or 0, open_, done, overdue, rate)
