"""Proposals and comments collected at participation events, and what became of each.

The disposition is what the municipality publishes ("what happened to your proposal"): waiting
for an answer, accepted, in progress, or rejected — and a rejection always says why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.participation import Disposition, ProposalKind
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import ParticipationEvent, Proposal


@dataclass
class ProposalData:
    text: str
    kind: str = ProposalKind.PROPOSAL
    author: str = ""
    disposition: str = Disposition.OPEN
    #: why it was rejected (required for a rejection)
    reason: str = ""
    #: what happened with it, in words for the public
    response: str = ""
    decided_on: dt.date | None = None


@dataclass(frozen=True)
class ProposalInfo:
    id: str
    event_id: str
    #: the event's title and date, for the published list
    event_title: str
    event_date: dt.date | None
    data: ProposalData


def _values(data: ProposalData) -> dict:
    text = data.text.strip()
    if not text:
        raise ValidationError("Návrh nebo připomínka musí mít text.")
    try:
        kind = ProposalKind(data.kind)
        disposition = Disposition(data.disposition)
    except ValueError:
        raise ValidationError(f"Neznámý druh nebo vyřízení návrhu: {data.kind}, "
                              f"{data.disposition}.") from None
    reason = data.reason.strip()
    if disposition is Disposition.REJECTED and not reason:
        raise ValidationError("Zamítnutý návrh musí mít uvedený důvod.")
    values = {f.name: getattr(data, f.name) for f in fields(ProposalData)}
    values.update(text=text, kind=kind.value, disposition=disposition.value, reason=reason,
                  author=data.author.strip(), response=data.response.strip())
    return values


class ProposalService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, event_id: str, data: ProposalData) -> str:
        values = _values(data)
        with self.store.unit_of_work() as session:
            event = get_live(session, ParticipationEvent, event_id, "Akce")
            position = session.scalar(select(func.count()).select_from(Proposal).where(
                Proposal.event_id == event_id)) or 0
            row = Proposal(locality_id=event.locality_id, event_id=event_id,
                           position=position, **values)
            session.add(row)
            session.flush()
            return row.id

    def update(self, proposal_id: str, data: ProposalData) -> None:
        values = _values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, Proposal, proposal_id, "Návrh"), values)

    def remove(self, proposal_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, Proposal, proposal_id, "Návrh").deleted = True

    def of_locality(self, locality_id: str, *, event_id: str | None = None,
                    disposition: str | None = None) -> list[ProposalInfo]:
        """The proposals of the locality (or of one event, or of one disposition), by event
        date and then in the order they were written down."""
        query = (select(Proposal, ParticipationEvent.title, ParticipationEvent.date)
                 .join(ParticipationEvent, ParticipationEvent.id == Proposal.event_id)
                 .where(Proposal.locality_id == locality_id, Proposal.deleted.is_(False),
                        ParticipationEvent.deleted.is_(False))
                 .order_by(ParticipationEvent.date.nulls_last(), ParticipationEvent.title,
                           Proposal.position, Proposal.id))
        if event_id:
            query = query.where(Proposal.event_id == event_id)
        if disposition:
            query = query.where(Proposal.disposition == disposition)
        with self.store.reading() as session:
            return [ProposalInfo(row.id, row.event_id, title, date, ProposalData(
                        **{f.name: getattr(row, f.name) for f in fields(ProposalData)}))
                    for row, title, date in session.execute(query)]

    def by_disposition(self, locality_id: str) -> dict[str, int]:
        """How many proposals of the locality have each disposition (every one named)."""
        query = (select(Proposal.disposition, func.count())
                 .join(ParticipationEvent, ParticipationEvent.id == Proposal.event_id)
                 .where(Proposal.locality_id == locality_id, Proposal.deleted.is_(False),
                        ParticipationEvent.deleted.is_(False))
                 .group_by(Proposal.disposition))
        with self.store.reading() as session:
            found = dict(session.execute(query).all())
        return {d.value: int(found.get(d.value, 0)) for d in Disposition}
