"""Partnership meetings: create, edit, move through their status, delete (reading is inherited
from :class:`obecdesk.core.meetings.meeting_queries.MeetingQueries`).

A meeting belongs to a body (its invitees default to the body's current members) or is a public
meeting / round table without one (which may record a head count instead of names). Its status
only moves forward — planned → agenda sent → held → minutes approved → minutes published — and
the date of each step is kept. The parts of a meeting have their own services, reachable from
:class:`MeetingService` as ``.agenda``, ``.attendance``, ``.decisions``, ``.actions`` and
``.corrections`` (of approved minutes, which are locked) and ``.reviews`` (kontrola úkolů).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from obecdesk.core.meetings.action_items import (
    ActionItemService,
    items_to_review,
)
from obecdesk.core.meetings.agenda import REVIEW_OUTPUT, REVIEW_TITLE, AgendaService
from obecdesk.core.meetings.attendance import AttendanceService
from obecdesk.core.meetings.decisions import DecisionService
from obecdesk.core.meetings.meeting_changes import (
    MeetingChanges,
    SavedMeeting,
)
from obecdesk.core.meetings.meeting_defaults import (
    copied_invitees,
    last_body_meeting,
    with_last_meeting,
)
from obecdesk.core.meetings.meeting_queries import MeetingQueries
from obecdesk.core.meetings.meeting_rules import (
    current_member_ids,
    validated_fields,
)
from obecdesk.core.meetings.meeting_save import write_changes
from obecdesk.core.meetings.meeting_status import (
    STEP_DATES,
    apply_step_dates,
    check_step_date,
    check_transition,
    record_invitations_sent,
    step_dates_of,
)
from obecdesk.core.meetings.meeting_types import (
    MeetingData,
    MeetingInfo,
    load_meeting_info,
)
from obecdesk.core.meetings.minutes_corrections import MinutesCorrectionService
from obecdesk.core.meetings.task_reviews import TaskReviewService
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.meetings import (
    AttendanceStatus,
    MeetingStatus,
)
from obecdesk.store import Store
from obecdesk.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Locality,
    Meeting,
)
from obecdesk.store.natural_keys import attendance_id, review_item_id


class MeetingService(MeetingQueries):
    """The only way the UI and the CLI read and change meetings."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.agenda = AgendaService(store)
        self.attendance = AttendanceService(store)
        self.decisions = DecisionService(store)
        self.actions = ActionItemService(store)
        self.corrections = MinutesCorrectionService(store)
        self.reviews = TaskReviewService(store)

    def create(self, locality_id: str, data: MeetingData, *,
               invitee_ids: list[str] | None = None,
               add_review_item: bool = True, copy_last: bool = False) -> MeetingInfo:
        """A new planned meeting; invitees default to the body's current members.

        With ``copy_last`` a body meeting takes what ``data`` leaves empty (place, times,
        facilitator, minute-taker) and its invitees from the body's last meeting
        (:mod:`~obecdesk.core.meetings.meeting_defaults`). With ``add_review_item`` a body
        meeting whose body has open action items starts its agenda with "Kontrola úkolů".
        """
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            last = last_body_meeting(session, data.body_id) if copy_last and data.body_id else None
            if last is not None:
                data = with_last_meeting(data, last)
                if invitee_ids is None:
                    invitee_ids = copied_invitees(session, data.body_id, last, data.date)
            values = validated_fields(session, locality_id, data)
            row = Meeting(locality_id=locality_id, status=MeetingStatus.PLANNED.value, **values)
            session.add(row)
            session.flush()
            if invitee_ids is None and row.body_id:
                invitee_ids = current_member_ids(session, row.body_id, row.date)
            for actor_id in dict.fromkeys(invitee_ids or []):
                session.add(Attendance(id=attendance_id(row.id, actor_id), meeting_id=row.id,
                                       actor_id=actor_id, invited=True,
                                       status=AttendanceStatus.UNKNOWN.value))
            if add_review_item and items_to_review(session, row, row.date):
                session.add(AgendaItem(id=review_item_id(row.id), meeting_id=row.id, position=0,
                                       title=REVIEW_TITLE, planned_minutes=10,
                                       expected_output=REVIEW_OUTPUT))
            session.flush()
            return load_meeting_info(session, row)

    def last_of_body(self, body_id: str) -> MeetingInfo | None:
        """The body's latest meeting, which a new one may start from."""
        with self.store.reading() as session:
            last = last_body_meeting(session, body_id)
            return load_meeting_info(session, last) if last is not None else None

    def update(self, meeting_id: str, data: MeetingData) -> MeetingInfo:
        with self.store.unit_of_work() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            return write_changes(session, row, MeetingChanges(fields=vars(data).copy())).meeting

    def save(self, meeting_id: str, changes: MeetingChanges) -> SavedMeeting:
        """Apply everything an editor changed in one transaction: all of it or, when any value
        is refused, none of it (the error names the first refused value). Only the fields the
        editor changed are written; values that arrived meanwhile in the others stay.

        A write transaction from the first read: new decisions take the next numbers and new
        invitees are checked against the list as it is."""
        with self.store.unit_of_work(immediate=True) as session:
            return write_changes(session, get_live(session, Meeting, meeting_id, "Jednání"),
                                 changes)

    def set_status(self, meeting_id: str, status: str, *,
                   on: dt.date | None = None) -> MeetingInfo:
        """Move the meeting forward to ``status`` and record ``on`` (default today) as its date.

        Going back is refused with a Czech message; skipped steps keep no date.
        """
        with self.store.unit_of_work() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            target = check_transition(row.status, status)
            if target != row.status:
                values = {"status": target}
                if STEP_DATES.get(target):
                    day = on or dt.date.today()
                    check_step_date(row.date, step_dates_of(row), target, day)
                    values[STEP_DATES[target]] = day
                assign(row, values)
            session.flush()
            return load_meeting_info(session, row)

    def set_step_date(self, meeting_id: str, *, status: str,
                      on: dt.date | None) -> MeetingInfo:
        """Correct the date a reached status step was recorded on (``None`` clears it); the
        steps stay in order and "held" is not before the meeting date."""
        with self.store.unit_of_work() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            apply_step_dates(row, {status: on})
            session.flush()
            return load_meeting_info(session, row)

    def mark_invitations_sent(self, meeting_id: str, on: dt.date | None = None) -> MeetingInfo:
        """Record the day the invitations went out (default today)."""
        return self.set_invitations_sent(meeting_id, on or dt.date.today())

    def set_invitations_sent(self, meeting_id: str, on: dt.date | None) -> MeetingInfo:
        """Record the day the invitations went out (a planned meeting moves to "program
        rozeslán"), or clear it with ``None``."""
        with self.store.unit_of_work() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            record_invitations_sent(row, on)
            session.flush()
            return load_meeting_info(session, row)

    def delete(self, meeting_id: str) -> None:
        """Tombstone the meeting and everything recorded at it."""
        with self.store.unit_of_work() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            for model in (AgendaItem, Attendance, Decision, ActionItem):
                for child in session.scalars(select(model).where(
                        model.meeting_id == meeting_id, model.deleted.is_(False))):
                    child.deleted = True
            row.deleted = True
