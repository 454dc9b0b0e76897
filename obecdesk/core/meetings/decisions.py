"""Decisions taken at meetings, numbered per body and year: ``PS-B 2025/07``.

How numbers are given — final on the locality's numbering replica, provisional
(``PS-B 2025/P-3f2a``, shown as "prozatímní") on any other, never reused, never changed once
final — is the rule of :mod:`obecdesk.core.meetings.decision_numbers`, told for users in
``docs/decision-numbers.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.core.meetings.decision_numbers import (
    decision_code,
    is_provisional,
    next_number,
    number_decision,
    numbers_here,
    provisional_code,
    series_prefix,
)
from obecdesk.core.meetings.minutes_lock import check_meeting_unlocked, check_unlocked
from obecdesk.core.records import assign, changed_values, get_live, with_changes
from obecdesk.core.vocabulary.meetings import DecisionRule
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.base import new_id
from obecdesk.store.models import AgendaItem, Decision, Meeting


@dataclass
class DecisionData:
    """What the user records for a decision; ``how_decided`` defaults to the meeting's rule."""

    text: str
    how_decided: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None
    agenda_item_id: str | None = None


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    meeting_id: str
    agenda_item_id: str | None
    code: str
    year: int
    number: int
    text: str
    how_decided: str
    votes_for: int | None
    votes_against: int | None
    votes_abstained: int | None

    @property
    def provisional(self) -> bool:
        """The code is provisional until the locality's numbering replica gives the number."""
        return is_provisional(self.code)

    @property
    def code_label(self) -> str:
        """The code as printed: a provisional one says so (``PS-B 2025/P-3f2a (prozatímní)``)."""
        return f"{self.code} (prozatímní)" if self.provisional else self.code

    @property
    def how_decided_label(self) -> str:
        return DecisionRule.label_of(self.how_decided)

    @property
    def votes_text(self) -> str:
        """``pro 7, proti 1, zdrželi se 0`` or empty when no vote was counted."""
        if self.votes_for is None and self.votes_against is None and self.votes_abstained is None:
            return ""
        return (f"pro {self.votes_for or 0}, proti {self.votes_against or 0}, "
                f"zdrželi se {self.votes_abstained or 0}")

    @property
    def how_decided_text(self) -> str:
        """How it was decided with the votes when counted: ``prostou většinou; pro 7, …``."""
        return "; ".join(part for part in (self.how_decided_label, self.votes_text) if part)


def decision_info(row: Decision) -> DecisionInfo:
    return DecisionInfo(
        id=row.id, meeting_id=row.meeting_id, agenda_item_id=row.agenda_item_id, code=row.code,
        year=row.year, number=row.number, text=row.text, how_decided=row.how_decided,
        votes_for=row.votes_for, votes_against=row.votes_against,
        votes_abstained=row.votes_abstained,
    )


def decision_rows(session: Session, meeting_id: str) -> list[DecisionInfo]:
    query = (select(Decision)
             .where(Decision.meeting_id == meeting_id, Decision.deleted.is_(False))
             .order_by(Decision.year, Decision.number == 0, Decision.number,
                       Decision.updated_at))
    return [decision_info(row) for row in session.scalars(query)]


def _validated(data: DecisionData, default_rule: str) -> dict:
    text = data.text.strip()
    if not text:
        raise ValidationError("Usnesení musí mít text.")
    how = data.how_decided or default_rule
    try:
        how = DecisionRule(how).value
    except ValueError as exc:
        raise ValidationError(f"Neznámý způsob rozhodování: {how}.") from exc
    votes = (data.votes_for, data.votes_against, data.votes_abstained)
    if any(v is not None and v < 0 for v in votes):
        raise ValidationError("Počet hlasů nemůže být záporný.")
    return {"text": text, "how_decided": how, "votes_for": data.votes_for,
            "votes_against": data.votes_against, "votes_abstained": data.votes_abstained,
            "agenda_item_id": data.agenda_item_id or None}


def _check_item(session: Session, meeting_id: str, item_id: str | None) -> None:
    if item_id is None:
        return
    item = get_live(session, AgendaItem, item_id, "Bod programu")
    if item.meeting_id != meeting_id:
        raise ValidationError("Usnesení lze připojit jen k bodu programu téhož jednání.")


def decision_of(session: Session, decision_id: str, meeting_id: str | None = None) -> Decision:
    """The live decision (refused when ``meeting_id`` is given and it belongs to another)."""
    row = get_live(session, Decision, decision_id, "Usnesení")
    if meeting_id is not None and row.meeting_id != meeting_id:
        raise ValidationError("Usnesení patří k jinému jednání.")
    check_meeting_unlocked(session, row.meeting_id)
    return row


def record_decision(session: Session, meeting_id: str, data: DecisionData) -> Decision:
    """A new decision with the next number of its series."""
    meeting = get_live(session, Meeting, meeting_id, "Jednání")
    check_unlocked(session, meeting)
    values = _validated(data, meeting.decision_rule)
    _check_item(session, meeting_id, values["agenda_item_id"])
    row = Decision(id=new_id(), meeting_id=meeting_id, **values)
    number_decision(session, meeting, row)
    session.add(row)
    session.flush()
    return row


def edit_decision(session: Session, row: Decision, changes: dict[str, Any]) -> None:
    """Change the fields in ``changes`` (:class:`DecisionData` names: text, rule, votes, agenda
    item), checked with the rest as stored now; the code stays as it was printed."""
    meeting = session.get(Meeting, row.meeting_id)
    data = with_changes(DecisionData(
        text=row.text, how_decided=row.how_decided, votes_for=row.votes_for,
        votes_against=row.votes_against, votes_abstained=row.votes_abstained,
        agenda_item_id=row.agenda_item_id), changes)
    values = _validated(data, meeting.decision_rule)
    _check_item(session, row.meeting_id, values["agenda_item_id"])
    assign(row, changed_values(values, changes))


class DecisionService:
    """Record, edit and remove decisions; numbering is automatic.

    The rules live in the session-level functions above, so :meth:`MeetingService.save` applies
    them to a whole edited meeting inside one transaction.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, meeting_id: str) -> list[DecisionInfo]:
        with self.store.reading() as session:
            get_live(session, Meeting, meeting_id, "Jednání")
            return decision_rows(session, meeting_id)

    def preview_code(self, meeting_id: str) -> str:
        """The code the next decision of this meeting will get (``…/P-…`` when provisional)."""
        with self.store.reading() as session:
            meeting = get_live(session, Meeting, meeting_id, "Jednání")
            year, prefix = meeting.date.year, series_prefix(session, meeting)
            if not numbers_here(session, meeting.locality_id):
                return provisional_code(prefix, year, "…")
            return decision_code(prefix, year, next_number(session, meeting, year))

    def add(self, meeting_id: str, data: DecisionData) -> DecisionInfo:
        with self.store.unit_of_work(immediate=True) as session:
            return decision_info(record_decision(session, meeting_id, data))

    def update(self, decision_id: str, data: DecisionData) -> DecisionInfo:
        """Change text, rule or votes; the code stays as it was printed."""
        with self.store.unit_of_work() as session:
            row = decision_of(session, decision_id)
            edit_decision(session, row, asdict(data))
            session.flush()
            return decision_info(row)

    def remove(self, decision_id: str) -> None:
        with self.store.unit_of_work() as session:
            decision_of(session, decision_id).deleted = True
