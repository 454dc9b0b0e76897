"""Mediation cases: the conflict, its parties (groups and the actors who represent them), the
mediators, the rules of negotiation agreed in advance, sessions and the result.

A case ends with an agreement, a partial agreement or none; an agreement of either kind is
written down, so the text is required for it. The notes of a case are ``notes.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.core.mediation.notes import forget
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.participation import MediationResult
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import (
    MediationCase,
    MediationNote,
    MediationParty,
    MediationSession,
)


@dataclass
class CaseData:
    title: str
    conflict: str = ""
    mediators: str = ""
    rules: str = ""
    opened_on: dt.date | None = None
    closed_on: dt.date | None = None
    result: str = MediationResult.OPEN
    agreement_text: str = ""


@dataclass
class PartyData:
    name: str
    #: actor ids of the group's representatives
    representatives: list[str] = field(default_factory=list)


@dataclass
class SessionData:
    date: dt.date
    attended: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class PartyInfo:
    id: str
    data: PartyData


@dataclass(frozen=True)
class SessionInfo:
    id: str
    data: SessionData


@dataclass(frozen=True)
class CaseInfo:
    id: str
    locality_id: str
    data: CaseData
    parties: list[PartyInfo]
    sessions: list[SessionInfo]


def _case_values(data: CaseData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Mediace musí mít název.")
    try:
        result = MediationResult(data.result)
    except ValueError:
        raise ValidationError(f"Neznámý výsledek mediace: {data.result}.") from None
    agreement = data.agreement_text.strip()
    if result in (MediationResult.AGREEMENT, MediationResult.PARTIAL) and not agreement:
        raise ValidationError("Dohoda (i částečná) musí mít zapsané znění.")
    if data.opened_on and data.closed_on and data.closed_on < data.opened_on:
        raise ValidationError("Mediace nemůže skončit dřív, než začala.")
    values = {f.name: getattr(data, f.name) for f in fields(CaseData)}
    values.update(title=title, result=result.value, agreement_text=agreement,
                  conflict=data.conflict.strip(), mediators=data.mediators.strip(),
                  rules=data.rules.strip())
    return values


def _party_values(data: PartyData) -> dict:
    name = data.name.strip()
    if not name:
        raise ValidationError("Strana sporu musí mít název skupiny.")
    return {"name": name, "representatives": sorted(set(data.representatives))}


def _session_values(data: SessionData) -> dict:
    if data.date is None:
        raise ValidationError("Setkání mediace musí mít datum.")
    return {"date": data.date, "attended": data.attended.strip(), "outcome": data.outcome.strip()}


def parties_represented(session: Session, actor_id: str, locality_id: str) -> list[dict]:
    """The mediation parties ``actor_id`` speaks for, with their case (right of access)."""
    rows = session.execute(
        select(MediationParty.name, MediationParty.representatives, MediationCase.title)
        .join(MediationCase, MediationCase.id == MediationParty.case_id)
        .where(MediationParty.locality_id == locality_id, MediationParty.deleted.is_(False),
               MediationCase.deleted.is_(False)).order_by(MediationCase.title))
    return [{"case": title, "party": name} for name, representatives, title in rows
            if actor_id in (representatives or [])]


class MediationService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create_case(self, locality_id: str, data: CaseData,
                    parties: list[PartyData] = ()) -> str:  # type: ignore[assignment]
        values = _case_values(data)
        party_values = [_party_values(p) for p in parties]
        with self.store.unit_of_work() as session:
            case = MediationCase(locality_id=locality_id, **values)
            session.add(case)
            session.flush()
            for position, party in enumerate(party_values):
                session.add(MediationParty(locality_id=locality_id, case_id=case.id,
                                           position=position, **party))
            return case.id

    def update_case(self, case_id: str, data: CaseData) -> None:
        values = _case_values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, MediationCase, case_id, "Mediace"), values)

    def remove_case(self, case_id: str) -> None:
        """The case with its parties, sessions and notes (whose texts are forgotten here too)."""
        with self.store.unit_of_work() as session:
            get_live(session, MediationCase, case_id, "Mediace").deleted = True
            for model in (MediationParty, MediationSession):
                for row in session.scalars(select(model).where(model.case_id == case_id,
                                                               model.deleted.is_(False))):
                    row.deleted = True
            for note in session.scalars(select(MediationNote).where(
                    MediationNote.case_id == case_id, MediationNote.deleted.is_(False))):
                forget(note)

    def add_party(self, case_id: str, data: PartyData) -> str:
        values = _party_values(data)
        with self.store.unit_of_work() as session:
            case = get_live(session, MediationCase, case_id, "Mediace")
            count = len(list(session.scalars(select(MediationParty.id).where(
                MediationParty.case_id == case_id))))
            party = MediationParty(locality_id=case.locality_id, case_id=case_id,
                                   position=count, **values)
            session.add(party)
            session.flush()
            return party.id

    def update_party(self, party_id: str, data: PartyData) -> None:
        values = _party_values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, MediationParty, party_id, "Strana sporu"), values)

    def remove_party(self, party_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, MediationParty, party_id, "Strana sporu").deleted = True

    def add_session(self, case_id: str, data: SessionData) -> str:
        values = _session_values(data)
        with self.store.unit_of_work() as session:
            case = get_live(session, MediationCase, case_id, "Mediace")
            row = MediationSession(locality_id=case.locality_id, case_id=case_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update_session(self, session_id: str, data: SessionData) -> None:
        values = _session_values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, MediationSession, session_id, "Setkání mediace"), values)

    def remove_session(self, session_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, MediationSession, session_id, "Setkání mediace").deleted = True

    def cases(self, locality_id: str) -> list[CaseInfo]:
        """The locality's cases, the newest first, with parties and sessions (by date)."""
        with self.store.reading() as session:
            rows = list(session.scalars(select(MediationCase).where(
                MediationCase.locality_id == locality_id, MediationCase.deleted.is_(False))
                .order_by(MediationCase.opened_on.desc().nulls_first(), MediationCase.title)))
            parties = list(session.scalars(select(MediationParty).where(
                MediationParty.locality_id == locality_id, MediationParty.deleted.is_(False))
                .order_by(MediationParty.position, MediationParty.name)))
            meetings = list(session.scalars(select(MediationSession).where(
                MediationSession.locality_id == locality_id,
                MediationSession.deleted.is_(False)).order_by(MediationSession.date)))
            return [CaseInfo(
                r.id, r.locality_id, CaseData(**{f.name: getattr(r, f.name) for f in fields(CaseData)}),
                [PartyInfo(p.id, PartyData(p.name, list(p.representatives or [])))
                 for p in parties if p.case_id == r.id],
                [SessionInfo(s.id, SessionData(s.date, s.attended, s.outcome))
                 for s in meetings if s.case_id == r.id],
            ) for r in rows]

    def case(self, case_id: str) -> CaseInfo:
        with self.store.reading() as session:
            locality_id = get_live(session, MediationCase, case_id, "Mediace").locality_id
        return next(c for c in self.cases(locality_id) if c.id == case_id)
