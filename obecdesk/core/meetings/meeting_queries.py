"""Reading meetings: the filtered, paged list of a locality, one meeting, one meeting in full.

:class:`MeetingQueries` is the reading half of :class:`obecdesk.core.meetings.service.MeetingService`.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import func, select

from obecdesk.core.meetings.action_items import items_to_review, meeting_action_items
from obecdesk.core.meetings.agenda import meeting_timing
from obecdesk.core.meetings.attendance import attendee_rows
from obecdesk.core.meetings.decisions import decision_rows
from obecdesk.core.meetings.meeting_rules import current_member_ids
from obecdesk.core.meetings.meeting_types import (
    MeetingDetail,
    MeetingInfo,
    load_meeting_info,
    meeting_info,
)
from obecdesk.core.meetings.minutes_history import minutes_versions
from obecdesk.core.meetings.task_reviews import meeting_reviews
from obecdesk.core.records import get_live
from obecdesk.core.vocabulary.meetings import MeetingStatus
from obecdesk.errors import NotFound, ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Body, Locality, Meeting


def _listed(locality_id: str, body_id: str | None, status: str | None,
            without_body: bool) -> list:
    """The SQL conditions of the meeting list's filters."""
    conditions = [Meeting.locality_id == locality_id, Meeting.deleted.is_(False)]
    if body_id:
        conditions.append(Meeting.body_id == body_id)
    if without_body:
        conditions.append(Meeting.body_id.is_(None))
    if status:
        if status not in MeetingStatus._value2member_map_:
            raise ValidationError(f"Neznámý stav jednání: {status}.")
        conditions.append(Meeting.status == status)
    return conditions


class MeetingQueries:
    """List, count, find and read meetings (no changes)."""

    store: Store

    def list(self, locality_id: str, *, body_id: str | None = None, status: str | None = None,
             without_body: bool = False, limit: int | None = None,
             offset: int = 0) -> list[MeetingInfo]:
        """Meetings of a locality, newest first, filtered in SQL: of one body, in one status,
        or only those without a body (public meetings and round tables); ``limit``/``offset``
        page it."""
        query = (select(Meeting, Body).outerjoin(Body, Body.id == Meeting.body_id)
                 .where(*_listed(locality_id, body_id, status, without_body))
                 .order_by(Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id)
                 .offset(offset).limit(limit))
        with self.store.reading() as session:
            return [meeting_info(row, body) for row, body in session.execute(query)]

    def count(self, locality_id: str, *, body_id: str | None = None, status: str | None = None,
              without_body: bool = False) -> int:
        """How many meetings ``list`` would return with the same filters, without paging."""
        query = select(func.count()).select_from(Meeting).where(
            *_listed(locality_id, body_id, status, without_body))
        with self.store.reading() as session:
            return session.scalar(query) or 0

    def is_listed(self, meeting_id: str, locality_id: str, *, body_id: str | None = None,
                  status: str | None = None, without_body: bool = False) -> bool:
        """Whether ``list`` with these filters includes the meeting (so a view can keep it
        selected without reading every page)."""
        query = select(Meeting.id).where(
            Meeting.id == meeting_id, *_listed(locality_id, body_id, status, without_body))
        with self.store.reading() as session:
            return session.scalar(query) is not None

    def resolve_id(self, text: str) -> str:
        """The full id of a live meeting given its id or a unique beginning of it (CLI use)."""
        text = text.strip()
        if len(text) > 64 or not re.fullmatch(r"[0-9A-Za-z-]*", text):
            raise NotFound(f"{text[:40]}… není id jednání." if len(text) > 40
                           else f"{text} není id jednání.")
        with self.store.reading() as session:
            if len(text) < 6:
                get_live(session, Meeting, text, "Jednání")  # raises NotFound unless exact
                return text
            found = list(session.scalars(select(Meeting.id).where(
                Meeting.id.startswith(text, autoescape=True), Meeting.deleted.is_(False))
                .limit(2)))
        if not found:
            raise NotFound(f"Jednání s id {text} neexistuje.")
        if len(found) > 1:
            raise ValidationError(f"Začátku id {text} odpovídá více jednání; zadejte delší id.")
        return found[0]

    def get(self, meeting_id: str) -> MeetingInfo:
        with self.store.reading() as session:
            return load_meeting_info(session, get_live(session, Meeting, meeting_id, "Jednání"))

    def detail(self, meeting_id: str, *, today: dt.date | None = None) -> MeetingDetail:
        """Everything about one meeting: agenda with times, attendance, decisions, tasks."""
        today = today or dt.date.today()
        with self.store.reading() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            locality = session.get(Locality, row.locality_id)
            return MeetingDetail(
                meeting=load_meeting_info(session, row),
                locality_name=locality.name if locality else "",
                project_number=locality.project_number if locality else "",
                publicity_text=locality.publicity_text if locality else "",
                agenda=meeting_timing(session, row),
                attendance=attendee_rows(session, meeting_id),
                decisions=decision_rows(session, meeting_id),
                action_items=meeting_action_items(session, meeting_id, today),
                to_review=items_to_review(session, row, today),
                corrections=minutes_versions(session, meeting_id),
                reviews=meeting_reviews(session, meeting_id),
                member_ids=frozenset(current_member_ids(session, row.body_id, row.date)
                                     if row.body_id else ()),
            )
