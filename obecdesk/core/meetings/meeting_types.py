"""What a meeting looks like to the screens, the CLI and the printouts: plain dataclasses.

``MeetingData`` is what the user types; ``MeetingInfo`` one meeting as stored; ``MeetingDetail``
a meeting with everything recorded at it. The service that reads and writes them is
:class:`obecdesk.core.meetings.MeetingService`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy.orm import Session

from obecdesk.core.meetings.action_items import ActionItemInfo
from obecdesk.core.meetings.agenda_timing import AgendaTiming
from obecdesk.core.meetings.attendance import AttendeeInfo
from obecdesk.core.meetings.decisions import DecisionInfo
from obecdesk.core.meetings.meeting_status import STEP_DATES
from obecdesk.core.meetings.minutes_history import MinutesVersionInfo
from obecdesk.core.meetings.minutes_lock import is_locked
from obecdesk.core.meetings.task_reviews import TaskReviewInfo
from obecdesk.core.vocabulary.meetings import (
    AttendanceStatus,
    DecisionRule,
    MeetingKind,
    MeetingStatus,
)
from obecdesk.store.models import Body, Meeting


@dataclass
class MeetingData:
    """What the user types into the meeting form."""

    title: str
    date: dt.date
    kind: str = MeetingKind.BODY
    body_id: str | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    facilitator: str = ""
    minute_taker: str = ""
    verifier: str = ""
    decision_rule: str = DecisionRule.CONSENSUS
    goal: str = ""
    notes: str = ""
    head_count: int | None = None


@dataclass(frozen=True)
class MeetingInfo:
    id: str
    locality_id: str
    body_id: str | None
    body_name: str
    body_code: str
    kind: str
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    facilitator: str
    minute_taker: str
    verifier: str
    decision_rule: str
    goal: str
    notes: str
    head_count: int | None
    status: str
    invitations_sent_on: dt.date | None
    agenda_sent_on: dt.date | None
    held_on: dt.date | None
    minutes_approved_on: dt.date | None
    minutes_published_on: dt.date | None

    @property
    def kind_label(self) -> str:
        return MeetingKind.label_of(self.kind)

    @property
    def status_label(self) -> str:
        return MeetingStatus.label_of(self.status)

    @property
    def decision_rule_label(self) -> str:
        return DecisionRule.label_of(self.decision_rule)

    @property
    def body_or_kind(self) -> str:
        """What a header shows: the body's name, or "veřejné setkání" / "kulatý stůl"."""
        return self.body_name or self.kind_label

    def data(self) -> MeetingData:
        names = {f.name for f in fields(MeetingData)}
        return MeetingData(**{name: getattr(self, name) for name in names})

    def step_dates(self) -> dict[str, dt.date | None]:
        """Status value → the date that step was reached (planned has none)."""
        return {status: getattr(self, column) for status, column in STEP_DATES.items() if column}


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting with everything the screens and printouts show."""

    meeting: MeetingInfo
    locality_name: str
    agenda: AgendaTiming
    attendance: list[AttendeeInfo]
    decisions: list[DecisionInfo]
    action_items: list[ActionItemInfo]
    #: open items of the body from earlier meetings ("kontrola úkolů")
    to_review: list[ActionItemInfo] = field(default_factory=list)
    #: the body's members on the meeting day (for the quorum of a body that votes)
    member_ids: frozenset[str] = frozenset()
    #: the locality's funded project (number, publicity line) for the attendance sheet
    project_number: str = ""
    publicity_text: str = ""
    #: task id -> what this meeting decided when it reviewed the task
    reviews: dict[str, TaskReviewInfo] = field(default_factory=dict)
    #: corrections of the approved minutes, oldest first
    corrections: list[MinutesVersionInfo] = field(default_factory=list)

    @property
    def invitees(self) -> list[AttendeeInfo]:
        return [a for a in self.attendance if not a.is_guest]

    @property
    def guests(self) -> list[AttendeeInfo]:
        return [a for a in self.attendance if a.is_guest]

    @property
    def locked(self) -> bool:
        """Approved or published minutes: changed only by a correction with a reason."""
        return is_locked(self.meeting.status)

    @property
    def present_count(self) -> int:
        """Named people present, or the head count of a meeting that counted heads."""
        named = sum(1 for a in self.attendance if a.status == AttendanceStatus.PRESENT)
        return named or (self.meeting.head_count or 0)


def meeting_data(row: Meeting) -> MeetingData:
    """The header fields of a stored meeting, in the form's terms."""
    return MeetingData(**{f.name: getattr(row, f.name) for f in fields(MeetingData)})


def meeting_info(row: Meeting, body: Body | None) -> MeetingInfo:
    return MeetingInfo(
        id=row.id, locality_id=row.locality_id, body_id=row.body_id,
        body_name=body.name if body else "", body_code=body.code if body else "",
        kind=row.kind, title=row.title, date=row.date, start_time=row.start_time,
        end_time=row.end_time, place=row.place, facilitator=row.facilitator,
        minute_taker=row.minute_taker, verifier=row.verifier, decision_rule=row.decision_rule, goal=row.goal,
        notes=row.notes, head_count=row.head_count, status=row.status,
        invitations_sent_on=row.invitations_sent_on, agenda_sent_on=row.agenda_sent_on,
        held_on=row.held_on, minutes_approved_on=row.minutes_approved_on,
        minutes_published_on=row.minutes_published_on,
    )


def load_meeting_info(session: Session, row: Meeting) -> MeetingInfo:
    return meeting_info(row, session.get(Body, row.body_id) if row.body_id else None)
