"""How a method went: the facilitator rates a method block after the meeting (1–5 and a note).
The catalog shows "used 4× in this locality, average 4.5" and the assistant's ranking takes the
locality's own experience into account."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from obecdesk.core.meetings.agenda import agenda_item_of
from obecdesk.core.methods.ranking import Experience
from obecdesk.core.records import assign, natural_row
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import AgendaItem, Meeting, MethodRating
from obecdesk.store.natural_keys import natural_id


@dataclass(frozen=True)
class MethodUseInfo:
    """One agenda item that ran a method: the meeting, and its rating if it has one."""

    meeting_id: str
    meeting_title: str
    meeting_date: dt.date
    agenda_item_id: str
    item_title: str
    score: int | None
    note: str


def rating_id(agenda_item_id: str) -> str:
    """One rating per agenda item, the same id on every replica."""
    return natural_id("method-rating", agenda_item_id)


class MethodRatings:
    def __init__(self, store: Store) -> None:
        self.store = store

    def rate(self, agenda_item_id: str, score: int, note: str = "") -> None:
        """Record (or change) how the item's method went; the item must run a method."""
        if not 1 <= int(score) <= 5:
            raise ValidationError("Hodnocení metody musí být 1 až 5.")
        with self.store.unit_of_work() as session:
            item = agenda_item_of(session, agenda_item_id)
            if not item.method_id:
                raise ValidationError("Bod programu nemá metodu z katalogu; není co hodnotit.")
            meeting = session.get(Meeting, item.meeting_id)
            values = {"locality_id": meeting.locality_id, "meeting_id": meeting.id,
                      "agenda_item_id": item.id, "method_slug": item.method_id,
                      "score": int(score), "note": note.strip()}
            row = session.get(MethodRating, rating_id(item.id))
            if row is None or row.deleted:
                natural_row(session, MethodRating, rating_id(item.id), values)
            else:
                assign(row, values)

    def experience(self, locality_id: str) -> dict[str, Experience]:
        """Per method of the locality: how many times rated and the average."""
        query = (select(MethodRating.method_slug, func.count(), func.avg(MethodRating.score))
                 .where(MethodRating.locality_id == locality_id,
                        MethodRating.deleted.is_(False))
                 .group_by(MethodRating.method_slug))
        with self.store.reading() as session:
            return {slug: Experience(count, float(avg)) for slug, count, avg in
                    session.execute(query)}

    def uses(self, locality_id: str, method_id: str) -> list[MethodUseInfo]:
        """The locality's agenda items that ran the method, newest meeting first."""
        query = (select(Meeting.id, Meeting.title, Meeting.date, AgendaItem.id, AgendaItem.title,
                        MethodRating.score, MethodRating.note)
                 .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                 .outerjoin(MethodRating, (MethodRating.agenda_item_id == AgendaItem.id)
                            & MethodRating.deleted.is_(False))
                 .where(Meeting.locality_id == locality_id, Meeting.deleted.is_(False),
                        AgendaItem.deleted.is_(False), AgendaItem.method_id == method_id)
                 .order_by(Meeting.date.desc(), AgendaItem.position))
        with self.store.reading() as session:
            return [MethodUseInfo(*row[:5], row[5], row[6] or "")
                    for row in session.execute(query)]
