"""Agenda of a meeting: items in order (add, edit, remove, move), their minutes, and the
timing of the stored agenda (the pure timing itself is in :mod:`agenda_timing`).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.meetings.agenda_timing import (
    AgendaItemData,
    AgendaItemInfo,
    AgendaTiming,
    schedule,
)
from obecdesk.core.meetings.minutes_lock import check_meeting_unlocked as check_meeting
from obecdesk.core.meetings.minutes_lock import check_part_unlocked, check_unlocked
from obecdesk.core.methods.blocks import fitted_minutes
from obecdesk.core.records import assign, changed_values, get_live, natural_row, with_changes
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import AgendaItem, Decision, Meeting
from obecdesk.store.natural_keys import review_item_id

#: the title the carried-over review of open action items gets at the top of an agenda; an item
#: added with this title is *the* review item of its meeting and takes its natural-key id
REVIEW_TITLE = "Kontrola úkolů"
#: the expected output of the review item a new meeting starts with
REVIEW_OUTPUT = "Přehled plnění úkolů"


def _validated(data: AgendaItemData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Bod programu musí mít název.")
    if data.planned_minutes is None or data.planned_minutes < 0:
        raise ValidationError("Plánovaná délka bodu nemůže být záporná.")
    if data.planned_minutes > 24 * 60:
        raise ValidationError("Bod programu nemůže trvat déle než den.")
    return {
        "title": title, "presenter": data.presenter.strip(),
        "planned_minutes": int(data.planned_minutes), "method": data.method.strip(),
        "expected_output": data.expected_output.strip(), "method_id": data.method_id.strip(),
        "method_steps": steps_json(data.method_steps, int(data.planned_minutes)),
        "facilitator_note": data.facilitator_note.strip(), "materials": data.materials.strip(),
    }


def steps_json(steps, minutes: int) -> str:
    """A block's steps as stored: fitted to the item's minutes, so the clock stays right when
    the item is lengthened or shortened."""
    steps = [(str(text).strip(), int(length)) for text, length in steps]
    if not steps:
        return ""
    fitted = fitted_minutes([length for _, length in steps], minutes)
    return json.dumps([[text, length] for (text, _), length in zip(steps, fitted, strict=True)],
                      ensure_ascii=False)


def stored_steps(value: str) -> tuple[tuple[str, int], ...]:
    try:
        return tuple((str(text), int(length)) for text, length in json.loads(value or "[]"))
    except (ValueError, TypeError):  # a damaged value from elsewhere: the block shows no steps
        return ()


def item_info(row: AgendaItem) -> AgendaItemInfo:
    return AgendaItemInfo(
        id=row.id, meeting_id=row.meeting_id, position=row.position, title=row.title,
        presenter=row.presenter, planned_minutes=row.planned_minutes, method=row.method,
        expected_output=row.expected_output, minutes_html=row.minutes_html,
        method_id=row.method_id, method_steps=stored_steps(row.method_steps),
        facilitator_note=row.facilitator_note, materials=row.materials,
    )


def live_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.updated_at)
    ))


def _renumber(rows: list[AgendaItem]) -> None:
    for position, row in enumerate(rows):
        assign(row, {"position": position})


def meeting_timing(session: Session, meeting: Meeting) -> AgendaTiming:
    items = [item_info(row) for row in live_items(session, meeting.id)]
    return schedule(items, meeting.start_time, meeting.end_time)


def agenda_item_of(session: Session, item_id: str, meeting_id: str | None = None) -> AgendaItem:
    """The live item ``item_id`` (refused when ``meeting_id`` is given and it is another's)."""
    row = get_live(session, AgendaItem, item_id, "Bod programu")
    if meeting_id is not None and row.meeting_id != meeting_id:
        raise ValidationError("Bod programu patří k jinému jednání.")
    return row


def insert_item(session: Session, meeting_id: str, data: AgendaItemData,
                position: int | None = None) -> AgendaItem:
    """Append the item (or insert it at ``position``) and renumber the rest."""
    values = _validated(data)
    check_unlocked(session, get_live(session, Meeting, meeting_id, "Jednání"))
    rows = live_items(session, meeting_id)
    if values["title"] == REVIEW_TITLE:
        row = natural_row(session, AgendaItem, review_item_id(meeting_id), {
            "meeting_id": meeting_id, "position": len(rows), "minutes_html": "", **values})
    else:
        row = AgendaItem(meeting_id=meeting_id, position=len(rows), **values)
        session.add(row)
    at = len(rows) if position is None else max(0, min(position, len(rows)))
    rows.insert(at, row)
    _renumber(rows)
    session.flush()
    return row


def item_data(row: AgendaItem) -> AgendaItemData:
    return AgendaItemData(title=row.title, presenter=row.presenter,
                          planned_minutes=row.planned_minutes, method=row.method,
                          expected_output=row.expected_output, method_id=row.method_id,
                          method_steps=stored_steps(row.method_steps),
                          facilitator_note=row.facilitator_note, materials=row.materials)


def edit_item(row: AgendaItem, changes: dict[str, Any]) -> None:
    """Write the fields in ``changes`` (:class:`AgendaItemData` names), checked with the others
    as stored now (a block's steps follow its minutes)."""
    values = _validated(with_changes(item_data(row), changes))
    if values["title"] != row.title:
        check_part_unlocked(row)
    assign(row, changed_values(values, changes, {"planned_minutes": ("method_steps",)}))


def write_minutes(row: AgendaItem, minutes_html: str) -> None:
    if (minutes_html or "") != row.minutes_html:
        check_part_unlocked(row)
    assign(row, {"minutes_html": minutes_html or ""})


def drop_item(session: Session, row: AgendaItem) -> None:
    """Tombstone the item, close the gap in the numbering; its decisions stay, unattached."""
    check_part_unlocked(row)
    row.deleted = True
    for decision in session.scalars(select(Decision).where(
            Decision.agenda_item_id == row.id, Decision.deleted.is_(False))):
        decision.agenda_item_id = None
    session.flush()
    _renumber(live_items(session, row.meeting_id))


def reorder_items(session: Session, meeting_id: str, wanted: list[str]) -> None:
    """Put the items named in ``wanted`` in that order; items it does not name follow."""
    rows = live_items(session, meeting_id)
    rank = {item_id: index for index, item_id in enumerate(wanted)}
    before = list(rows)
    rows.sort(key=lambda r: (rank.get(r.id, len(rank)), r.position))
    if rows != before:
        check_meeting(session, meeting_id)
    _renumber(rows)
    session.flush()


def place_item(session: Session, row: AgendaItem, new_position: int) -> None:
    """Move one item to ``new_position`` (0-based, clamped), as a drag and drop does."""
    rows = [r for r in live_items(session, row.meeting_id) if r.id != row.id]
    rows.insert(max(0, min(new_position, len(rows))), row)
    _renumber(rows)
    session.flush()


class AgendaService:
    """Items of one meeting's agenda; every method is one unit of work (the rules are the
    session-level functions above, which :meth:`MeetingService.save` uses too)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def timing(self, meeting_id: str) -> AgendaTiming:
        """The agenda in order with clock times and the overrun (see ``AgendaTiming.warning``)."""
        with self.store.reading() as session:
            return meeting_timing(session, get_live(session, Meeting, meeting_id, "Jednání"))

    def items(self, meeting_id: str) -> list[AgendaItemInfo]:
        return self.timing(meeting_id).items

    def add_item(self, meeting_id: str, data: AgendaItemData, *,
                 position: int | None = None) -> AgendaItemInfo:
        with self.store.unit_of_work(immediate=True) as session:
            return item_info(insert_item(session, meeting_id, data, position))

    def update_item(self, item_id: str, data: AgendaItemData) -> AgendaItemInfo:
        with self.store.unit_of_work() as session:
            row = agenda_item_of(session, item_id)
            edit_item(row, asdict(data))
            session.flush()
            return item_info(row)

    def set_minutes(self, item_id: str, minutes_html: str) -> AgendaItemInfo:
        with self.store.unit_of_work() as session:
            row = agenda_item_of(session, item_id)
            write_minutes(row, minutes_html)
            session.flush()
            return item_info(row)

    def remove_item(self, item_id: str) -> None:
        with self.store.unit_of_work() as session:
            drop_item(session, agenda_item_of(session, item_id))

    def move_item(self, item_id: str, new_position: int) -> list[AgendaItemInfo]:
        with self.store.unit_of_work() as session:
            row = agenda_item_of(session, item_id)
            place_item(session, row, new_position)
            return meeting_timing(session, session.get(Meeting, row.meeting_id)).items

    def count(self, meeting_id: str) -> int:
        with self.store.reading() as session:
            return session.scalar(select(func.count()).select_from(AgendaItem).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))) or 0
