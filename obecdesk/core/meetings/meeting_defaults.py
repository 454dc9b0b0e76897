"""A body's next meeting starts from its last one: place, time, facilitator, minute-taker and
invitees are copied, so a monthly working group is set up in one click.

The invitees are the last meeting's invited actors together with the body's members on the new
date; whoever left the body since is not invited again, and a guest invited by name is not
carried over (a guest comes for one meeting).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.core.meetings.meeting_rules import current_member_ids
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.store.models import Actor, Attendance, Meeting, Membership


def last_body_meeting(session: Session, body_id: str,
                      before: dt.date | None = None) -> Meeting | None:
    """The body's latest live meeting (on or before ``before`` when given)."""
    query = select(Meeting).where(Meeting.body_id == body_id, Meeting.deleted.is_(False))
    if before is not None:
        query = query.where(Meeting.date <= before)
    return session.scalars(query.order_by(Meeting.date.desc(), Meeting.start_time.desc(),
                                          Meeting.updated_at.desc()).limit(1)).first()


def with_last_meeting(data: MeetingData, last: Meeting) -> MeetingData:
    """``data`` with what the user left empty taken from ``last``."""
    return replace(
        data, place=data.place or last.place, facilitator=data.facilitator or last.facilitator,
        minute_taker=data.minute_taker or last.minute_taker,
        start_time=data.start_time or last.start_time, end_time=data.end_time or last.end_time,
    )


def copied_invitees(session: Session, body_id: str, last: Meeting, on: dt.date) -> list[str]:
    """Actors invited to ``last`` who are still live and have not left the body, then the
    body's members on ``on`` who were not invited last time (joined since)."""
    left = set(session.scalars(select(Membership.actor_id).where(
        Membership.body_id == body_id, Membership.deleted.is_(False),
        Membership.left_on.is_not(None), Membership.left_on <= on)))
    members = current_member_ids(session, body_id, on)
    invited = [actor_id for actor_id in session.scalars(
        select(Attendance.actor_id).join(Actor, Actor.id == Attendance.actor_id).where(
            Attendance.meeting_id == last.id, Attendance.deleted.is_(False),
            Attendance.invited.is_(True), Actor.deleted.is_(False)))
        if actor_id not in left or actor_id in members]
    return list(dict.fromkeys([*invited, *members]))
