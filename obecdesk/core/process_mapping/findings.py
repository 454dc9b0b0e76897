"""Critical points of the mapped processes and the recommendations negotiated for them.

A critical point is a step where the practice creates unequal access or tension, with the
evidence for it and a severity. A recommendation answers one or more critical points (a set
column: links made on two laptops both survive), records the solution negotiated with the
municipality and its implementation status, the follow-up consultations, and a referral to a
third party (an actor of the map or an organisation as typed) where the office needs one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlalchemy import select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.process_mapping import Concern, RecommendationStatus, Severity
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import (
    Actor,
    CriticalPoint,
    Locality,
    ProcessAgenda,
    ProcessStep,
    Recommendation,
    RecommendationFollowUp,
)


@dataclass
class CriticalPointData:
    agenda_id: str
    title: str
    step_id: str | None = None
    severity: str = Severity.MEDIUM
    concern: str = Concern.UNEQUAL_ACCESS
    description: str = ""
    evidence: str = ""


@dataclass
class RecommendationData:
    title: str
    critical_point_ids: list[str] = field(default_factory=list)
    text: str = ""
    solution: str = ""
    status: str = RecommendationStatus.PROPOSED
    responsible: str = ""
    referral_actor_id: str | None = None
    referral_organisation: str = ""
    referral_note: str = ""


def _title(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(f"{what} musí mít název.")
    if len(value) > 300:
        raise ValidationError(f"{what}: název může mít nejvýše 300 znaků.")
    return value


def _point_values(session, locality_id: str, data: CriticalPointData) -> dict:
    for vocabulary, value, what in ((Severity, data.severity, "závažnost"),
                                    (Concern, data.concern, "druh dopadu")):
        if value not in set(vocabulary):
            raise ValidationError(f"Neznámá hodnota pole {what}: {value}.")
    agenda = get_live(session, ProcessAgenda, data.agenda_id, "Agenda")
    if agenda.locality_id != locality_id:
        raise ValidationError("Agenda patří jiné lokalitě.")
    if data.step_id:
        step = get_live(session, ProcessStep, data.step_id, "Krok postupu")
        if step.agenda_id != agenda.id:
            raise ValidationError(f"Krok „{step.name}“ nepatří do agendy „{agenda.name}“.")
    return {**asdict(data), "title": _title(data.title, "Kritické místo"),
            "step_id": data.step_id or None}


def _recommendation_values(session, locality_id: str, data: RecommendationData) -> dict:
    try:
        status = RecommendationStatus(data.status)
    except ValueError as exc:
        raise ValidationError(f"Neznámý stav doporučení: {data.status}.") from exc
    points = list(dict.fromkeys(data.critical_point_ids))
    if not points:
        raise ValidationError("Doporučení musí navazovat aspoň na jedno kritické místo.")
    found = set(session.scalars(select(CriticalPoint.id).where(
        CriticalPoint.id.in_(points), CriticalPoint.locality_id == locality_id,
        CriticalPoint.deleted.is_(False))))
    if found != set(points):
        raise ValidationError("Některé z vybraných kritických míst neexistuje nebo patří jiné "
                              "lokalitě.")
    if data.referral_actor_id:
        get_live(session, Actor, data.referral_actor_id, "Aktér")
    return {**asdict(data), "title": _title(data.title, "Doporučení"), "status": status.value,
            "critical_point_ids": sorted(points), "responsible": data.responsible.strip(),
            "referral_actor_id": data.referral_actor_id or None,
            "referral_organisation": data.referral_organisation.strip()}


class FindingsService:
    """Critical points, recommendations and follow-ups; each call is one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add_critical_point(self, locality_id: str, data: CriticalPointData) -> str:
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            row = CriticalPoint(locality_id=locality_id,
                                **_point_values(session, locality_id, data))
            session.add(row)
            session.flush()
            return row.id

    def update_critical_point(self, point_id: str, data: CriticalPointData) -> None:
        with self.store.unit_of_work() as session:
            row = get_live(session, CriticalPoint, point_id, "Kritické místo")
            assign(row, _point_values(session, row.locality_id, data))

    def delete_critical_point(self, point_id: str) -> None:
        """Remove a critical point; refused while a recommendation answers only it."""
        with self.store.unit_of_work() as session:
            row = get_live(session, CriticalPoint, point_id, "Kritické místo")
            for rec in session.scalars(select(Recommendation).where(
                    Recommendation.locality_id == row.locality_id,
                    Recommendation.deleted.is_(False))):
                if point_id in rec.critical_point_ids:
                    if len(rec.critical_point_ids) == 1:
                        raise ValidationError(f"Na kritické místo navazuje doporučení "
                                              f"„{rec.title}“; odstraňte nejdřív je.")
                    rec.critical_point_ids = [p for p in rec.critical_point_ids if p != point_id]
            row.deleted = True

    def add_recommendation(self, locality_id: str, data: RecommendationData) -> str:
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            row = Recommendation(locality_id=locality_id,
                                 **_recommendation_values(session, locality_id, data))
            session.add(row)
            session.flush()
            return row.id

    def update_recommendation(self, recommendation_id: str, data: RecommendationData) -> None:
        with self.store.unit_of_work() as session:
            row = get_live(session, Recommendation, recommendation_id, "Doporučení")
            assign(row, _recommendation_values(session, row.locality_id, data))

    def set_status(self, recommendation_id: str, status: str) -> None:
        """Only the implementation status (the follow-up's usual outcome)."""
        try:
            value = RecommendationStatus(status).value
        except ValueError as exc:
            known = ", ".join(s.value for s in RecommendationStatus)
            raise ValidationError(f"Neznámý stav doporučení: {status}; známé jsou: {known}.") \
                from exc
        with self.store.unit_of_work() as session:
            assign(get_live(session, Recommendation, recommendation_id, "Doporučení"),
                   {"status": value})

    def delete_recommendation(self, recommendation_id: str) -> None:
        with self.store.unit_of_work() as session:
            row = get_live(session, Recommendation, recommendation_id, "Doporučení")
            for follow_up in session.scalars(select(RecommendationFollowUp).where(
                    RecommendationFollowUp.recommendation_id == recommendation_id,
                    RecommendationFollowUp.deleted.is_(False))):
                follow_up.deleted = True
            row.deleted = True

    def add_follow_up(self, recommendation_id: str, held_on: dt.date, note: str) -> str:
        """A follow-up consultation with the municipality on the recommendation."""
        if held_on is None:
            raise ValidationError("Konzultace musí mít datum.")
        if not note.strip():
            raise ValidationError("Zapište, co konzultace přinesla.")
        with self.store.unit_of_work() as session:
            rec = get_live(session, Recommendation, recommendation_id, "Doporučení")
            row = RecommendationFollowUp(locality_id=rec.locality_id,
                                         recommendation_id=recommendation_id,
                                         held_on=held_on, note=note.strip())
            session.add(row)
            session.flush()
            return row.id

    def delete_follow_up(self, follow_up_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, RecommendationFollowUp, follow_up_id, "Konzultace").deleted = True
