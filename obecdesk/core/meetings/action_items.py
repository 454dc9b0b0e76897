"""Action items (úkoly) from meetings: owner, due date, status, and their follow-up.

Open items of a body are reviewed at the start of its next meeting ("kontrola úkolů"), and all
open items across localities form the coordinator's "my open tasks" list, overdue ones marked.
``today`` is always an argument so the follow-up is testable and the UI passes the real date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from obecdesk.core.meetings.minutes_lock import check_meeting_unlocked, check_unlocked
from obecdesk.core.records import assign, changed_values, get_live, with_changes
from obecdesk.core.vocabulary.meetings import ActionStatus
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import ActionItem, Actor, Body, Locality, Meeting, TaskReview


@dataclass
class ActionItemData:
    """What the user types for an action item."""

    text: str
    owner_id: str | None = None
    due_date: dt.date | None = None


@dataclass(frozen=True)
class ActionItemInfo:
    id: str
    meeting_id: str
    body_id: str | None
    owner_id: str | None
    owner_name: str
    text: str
    due_date: dt.date | None
    status: str
    done_on: dt.date | None
    #: where the item was agreed (for the review list and "my open tasks")
    meeting_title: str
    meeting_date: dt.date
    locality_id: str
    locality_name: str
    body_name: str
    #: open and due before ``today`` as given to the query
    overdue: bool

    @property
    def status_label(self) -> str:
        return ActionStatus.label_of(self.status)


def is_overdue(status: str, due_date: dt.date | None, today: dt.date) -> bool:
    """An item still open after its due date (the day itself is not late yet)."""
    return status == ActionStatus.OPEN and due_date is not None and due_date < today


def _query() -> Select:
    owner = aliased(Actor)
    return (
        select(ActionItem, owner.name, Meeting.title, Meeting.date, Meeting.locality_id,
               Locality.name, Body.name)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .join(Locality, Locality.id == Meeting.locality_id)
        .outerjoin(owner, owner.id == ActionItem.owner_id)
        .outerjoin(Body, Body.id == ActionItem.body_id)
        .where(ActionItem.deleted.is_(False), Meeting.deleted.is_(False),
               Locality.deleted.is_(False))
    )


def _infos(session: Session, query: Select, today: dt.date) -> list[ActionItemInfo]:
    result = []
    for item, owner_name, title, day, locality_id, locality_name, body_name in session.execute(
            query):
        overdue = is_overdue(item.status, item.due_date, today)
        result.append(ActionItemInfo(
            id=item.id, meeting_id=item.meeting_id, body_id=item.body_id,
            owner_id=item.owner_id, owner_name=owner_name or "", text=item.text,
            due_date=item.due_date, status=item.status, done_on=item.done_on,
            meeting_title=title, meeting_date=day, locality_id=locality_id,
            locality_name=locality_name, body_name=body_name or "", overdue=overdue,
        ))
    return result


def _by_due_date(query: Select) -> Select:
    return query.order_by(ActionItem.due_date.is_(None), ActionItem.due_date, Meeting.date)


def meeting_action_items(session: Session, meeting_id: str,
                         today: dt.date) -> list[ActionItemInfo]:
    return _infos(session, _by_due_date(_query().where(ActionItem.meeting_id == meeting_id)),
                  today)


def items_to_review(session: Session, meeting: Meeting, today: dt.date) -> list[ActionItemInfo]:
    """Open items of the body from its earlier meetings, and those this meeting reviewed."""
    if meeting.body_id is None:
        return []
    reviewed = select(TaskReview.action_item_id).where(TaskReview.meeting_id == meeting.id,
                                                       TaskReview.deleted.is_(False))
    query = _query().where(
        ActionItem.body_id == meeting.body_id,
        (ActionItem.status == ActionStatus.OPEN.value) | ActionItem.id.in_(reviewed),
        ActionItem.meeting_id != meeting.id, Meeting.date <= meeting.date,
    )
    return _infos(session, _by_due_date(query), today)


def _validated(session: Session, meeting: Meeting, data: ActionItemData) -> dict:
    text = data.text.strip()
    if not text:
        raise ValidationError("Úkol musí mít popis.")
    if data.owner_id:
        owner = get_live(session, Actor, data.owner_id, "Odpovědná osoba")
        if owner.locality_id != meeting.locality_id:
            raise ValidationError("Odpovědná osoba musí být aktérem téže lokality.")
    return {"text": text, "owner_id": data.owner_id or None, "due_date": data.due_date}


def action_item_of(session: Session, item_id: str, meeting_id: str | None = None) -> ActionItem:
    """The live item (refused when ``meeting_id`` is given and it belongs to another meeting)."""
    row = get_live(session, ActionItem, item_id, "Úkol")
    if meeting_id is not None and row.meeting_id != meeting_id:
        raise ValidationError("Úkol patří k jinému jednání.")
    return row


def record_action_item(session: Session, meeting_id: str, data: ActionItemData) -> ActionItem:
    """A new open item; it belongs to the meeting's body so its next meeting reviews it."""
    meeting = get_live(session, Meeting, meeting_id, "Jednání")
    check_unlocked(session, meeting)
    row = ActionItem(meeting_id=meeting_id, body_id=meeting.body_id,
                     status=ActionStatus.OPEN.value, **_validated(session, meeting, data))
    session.add(row)
    session.flush()
    return row


def edit_action_item(session: Session, row: ActionItem, changes: dict[str, Any]) -> None:
    """Write the fields in ``changes`` (:class:`ActionItemData` names), checked with the rest
    as stored now, which stays as it is."""
    data = with_changes(ActionItemData(row.text, row.owner_id, row.due_date), changes)
    meeting = session.get(Meeting, row.meeting_id)
    if "text" in changes and changes["text"] != row.text:
        check_unlocked(session, meeting)  # the task as minuted; owner and due date follow up
    values = _validated(session, meeting, data)
    assign(row, changed_values(values, changes))


def change_status(row: ActionItem, status: str, on: dt.date | None = None) -> None:
    """Open, done (recording ``on``, default today, as the day it was done) or cancelled."""
    try:
        value = ActionStatus(status).value
    except ValueError as exc:
        raise ValidationError(f"Neznámý stav úkolu: {status}.") from exc
    done_on = (on or dt.date.today()) if value == ActionStatus.DONE else None
    assign(row, {"status": value, "done_on": done_on})


class ActionItemService:
    """Record action items and follow them up; every method is one unit of work (the rules are
    the session-level functions above, which :meth:`MeetingService.save` uses too)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, meeting_id: str, *, today: dt.date | None = None) -> list[ActionItemInfo]:
        """Items agreed at this meeting."""
        with self.store.reading() as session:
            get_live(session, Meeting, meeting_id, "Jednání")
            return meeting_action_items(session, meeting_id, today or dt.date.today())

    def to_review(self, meeting_id: str, *, today: dt.date | None = None) -> list[ActionItemInfo]:
        """Open items of the body carried into this meeting's "kontrola úkolů"."""
        with self.store.reading() as session:
            meeting = get_live(session, Meeting, meeting_id, "Jednání")
            return items_to_review(session, meeting, today or dt.date.today())

    def open_tasks(self, today: dt.date, *, overdue_only: bool = False,
                   locality_id: str | None = None,
                   owner_id: str | None = None) -> list[ActionItemInfo]:
        """Open items across all localities (or one), earliest due first, overdue flagged."""
        query = _query().where(ActionItem.status == ActionStatus.OPEN.value)
        if overdue_only:
            query = query.where(ActionItem.due_date < today)
        if locality_id:
            query = query.where(Meeting.locality_id == locality_id)
        if owner_id:
            query = query.where(ActionItem.owner_id == owner_id)
        with self.store.reading() as session:
            return _infos(session, _by_due_date(query), today)

    def add(self, meeting_id: str, data: ActionItemData) -> ActionItemInfo:
        with self.store.unit_of_work() as session:
            return self._one(session, record_action_item(session, meeting_id, data).id)

    def update(self, item_id: str, data: ActionItemData) -> ActionItemInfo:
        with self.store.unit_of_work() as session:
            row = action_item_of(session, item_id)
            edit_action_item(session, row, asdict(data))
            session.flush()
            return self._one(session, row.id)

    def set_status(self, item_id: str, status: str, *,
                   on: dt.date | None = None) -> ActionItemInfo:
        """Open, done (recording ``on`` as the day it was done) or cancelled."""
        with self.store.unit_of_work() as session:
            row = action_item_of(session, item_id)
            change_status(row, status, on)
            session.flush()
            return self._one(session, row.id)

    def remove(self, item_id: str) -> None:
        with self.store.unit_of_work() as session:
            row = action_item_of(session, item_id)
            check_meeting_unlocked(session, row.meeting_id)
            row.deleted = True

    @staticmethod
    def _one(session: Session, item_id: str) -> ActionItemInfo:
        return _infos(session, _query().where(ActionItem.id == item_id), dt.date.today())[0]
