"""Participation events of a locality (public meeting, round table, planning meeting,
neighbourhood walk, survey): when and where, the method of the catalog, how many came — in all
and from the target or vulnerable groups — and how those groups were reached."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.participation import EventKind
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import ParticipationEvent, Proposal


@dataclass
class EventData:
    title: str
    kind: str = EventKind.PUBLIC_MEETING
    date: dt.date | None = None
    place: str = ""
    #: the catalog id of the method used, "" for none
    method_id: str = ""
    attendance_total: int | None = None
    attendance_target: int | None = None
    outreach: str = ""
    notes: str = ""


@dataclass(frozen=True)
class EventInfo:
    id: str
    locality_id: str
    data: EventData
    #: proposals and comments collected at it
    proposals: int


def _values(data: EventData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Akce musí mít název.")
    try:
        kind = EventKind(data.kind)
    except ValueError:
        raise ValidationError(f"Neznámý druh akce: {data.kind}.") from None
    total, target = data.attendance_total, data.attendance_target
    if (total is not None and total < 0) or (target is not None and target < 0):
        raise ValidationError("Počet účastníků nemůže být záporný.")
    if total is not None and target is not None and target > total:
        raise ValidationError("Účastníků z cílových skupin nemůže být víc než všech účastníků.")
    values = {f.name: getattr(data, f.name) for f in fields(EventData)}
    values.update(title=title, kind=kind.value, place=data.place.strip(),
                  outreach=data.outreach.strip(), notes=data.notes.strip(),
                  method_id=data.method_id.strip())
    return values


class EventService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, locality_id: str, data: EventData) -> str:
        values = _values(data)
        with self.store.unit_of_work() as session:
            row = ParticipationEvent(locality_id=locality_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update(self, event_id: str, data: EventData) -> None:
        values = _values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, ParticipationEvent, event_id, "Akce"), values)

    def remove(self, event_id: str) -> None:
        """The event and the proposals collected at it."""
        with self.store.unit_of_work() as session:
            get_live(session, ParticipationEvent, event_id, "Akce").deleted = True
            for proposal in session.scalars(select(Proposal).where(
                    Proposal.event_id == event_id, Proposal.deleted.is_(False))):
                proposal.deleted = True

    def of_locality(self, locality_id: str) -> list[EventInfo]:
        """The locality's events, the newest first (undated ones on top: still being planned)."""
        counted = (select(Proposal.event_id, func.count().label("n"))
                   .where(Proposal.deleted.is_(False)).group_by(Proposal.event_id).subquery())
        query = (select(ParticipationEvent, func.coalesce(counted.c.n, 0))
                 .outerjoin(counted, counted.c.event_id == ParticipationEvent.id)
                 .where(ParticipationEvent.locality_id == locality_id,
                        ParticipationEvent.deleted.is_(False))
                 .order_by(ParticipationEvent.date.desc().nulls_first(),
                           ParticipationEvent.title))
        with self.store.reading() as session:
            return [EventInfo(row.id, row.locality_id,
                              EventData(**{f.name: getattr(row, f.name) for f in fields(EventData)}),
                              count)
                    for row, count in session.execute(query)]
