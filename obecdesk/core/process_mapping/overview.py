"""Everything of one locality's process mapping, read in one go for the view and the report.

A mapping is a few agendas with tens of rows each, so it is read whole (a handful of queries)
and handed out as plain frozen values; nothing here holds a session.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from obecdesk.core.collation import collation_key
from obecdesk.core.records import get_live
from obecdesk.core.vocabulary.process_mapping import RecommendationStatus, Severity
from obecdesk.store import Store
from obecdesk.store.models import (
    Actor,
    CriticalPoint,
    Locality,
    ProcessAgenda,
    ProcessDocument,
    ProcessInterview,
    ProcessStep,
    Recommendation,
    RecommendationFollowUp,
)

SEVERITY_ORDER = {s.value: i for i, s in enumerate(Severity)}


@dataclass(frozen=True)
class StepView:
    id: str
    position: int
    name: str
    responsible: str
    formal_practice: str
    informal_practice: str


@dataclass(frozen=True)
class DocumentView:
    id: str
    title: str
    kind: str
    issued_on: dt.date | None
    note: str


@dataclass(frozen=True)
class InterviewView:
    id: str
    held_on: dt.date | None
    respondent_group: str
    respondent_code: str
    respondent_name: str
    legal_basis: str
    consent_date: dt.date | None
    purpose: str
    erased: bool
    summary: str


@dataclass(frozen=True)
class AgendaView:
    id: str
    name: str
    theme: str
    department: str
    description: str
    steps: tuple[StepView, ...]
    documents: tuple[DocumentView, ...]
    interviews: tuple[InterviewView, ...]


@dataclass(frozen=True)
class PointView:
    id: str
    agenda_id: str
    agenda_name: str
    step_id: str | None
    #: "2. Posouzení žádosti", empty when the point is not tied to a step
    step_label: str
    title: str
    concern: str
    severity: str
    description: str
    evidence: str


@dataclass(frozen=True)
class FollowUpView:
    id: str
    held_on: dt.date
    note: str


@dataclass(frozen=True)
class RecommendationView:
    id: str
    title: str
    text: str
    solution: str
    status: str
    responsible: str
    critical_point_ids: tuple[str, ...]
    referral_actor_id: str | None
    #: the actor's name, or the organisation as typed; empty without a referral
    referral_to: str
    referral_note: str
    follow_ups: tuple[FollowUpView, ...]


@dataclass(frozen=True)
class ProcessMap:
    locality_id: str
    locality_name: str
    agendas: tuple[AgendaView, ...]
    points: tuple[PointView, ...]
    recommendations: tuple[RecommendationView, ...]

    @property
    def empty(self) -> bool:
        return not (self.agendas or self.points or self.recommendations)

    def points_by_severity(self) -> dict[str, int]:
        """Counts per severity, most severe first, every severity listed."""
        counts = Counter(p.severity for p in self.points)
        return {s.value: counts.get(s.value, 0) for s in Severity}

    def recommendations_by_status(self) -> dict[str, int]:
        counts = Counter(r.status for r in self.recommendations)
        return {s.value: counts[s.value] for s in RecommendationStatus if counts[s.value]}

    def points_of(self, recommendation: RecommendationView) -> list[PointView]:
        wanted = set(recommendation.critical_point_ids)
        return [p for p in self.points if p.id in wanted]

    def recommendations_for(self, point_id: str) -> list[RecommendationView]:
        return [r for r in self.recommendations if point_id in r.critical_point_ids]


def _live(model, locality_id: str):
    return select(model).where(model.locality_id == locality_id, model.deleted.is_(False))


def process_map(store: Store, locality_id: str) -> ProcessMap:
    with store.reading() as session:
        locality = get_live(session, Locality, locality_id, "Lokalita")
        agendas = list(session.scalars(_live(ProcessAgenda, locality_id)
                                       .order_by(ProcessAgenda.position, ProcessAgenda.name)))
        children: dict[type, dict[str, list]] = {}
        for model, order in ((ProcessStep, (ProcessStep.position, ProcessStep.name)),
                             (ProcessDocument, (ProcessDocument.issued_on, ProcessDocument.title)),
                             (ProcessInterview, (ProcessInterview.held_on,
                                                 ProcessInterview.respondent_code))):
            grouped: dict[str, list] = defaultdict(list)
            for row in session.scalars(_live(model, locality_id).order_by(*order)):
                grouped[row.agenda_id].append(row)
            children[model] = grouped
        steps = {s.id: s for rows in children[ProcessStep].values() for s in rows}
        agenda_views = tuple(AgendaView(
            a.id, a.name, a.theme, a.department, a.description,
            tuple(StepView(s.id, s.position, s.name, s.responsible, s.formal_practice,
                           s.informal_practice) for s in children[ProcessStep][a.id]),
            tuple(DocumentView(d.id, d.title, d.kind, d.issued_on, d.note)
                  for d in children[ProcessDocument][a.id]),
            tuple(InterviewView(i.id, i.held_on, i.respondent_group, i.respondent_code,
                                i.respondent_name, i.legal_basis, i.consent_date, i.purpose,
                                i.erased, i.summary) for i in children[ProcessInterview][a.id]),
        ) for a in agendas)
        names = {a.id: a.name for a in agendas}
        positions = {a.id: a.position for a in agendas}
        points = []
        for p in session.scalars(_live(CriticalPoint, locality_id)):
            step = steps.get(p.step_id or "")
            label = f"{step.position}. {step.name}" if step else ""
            points.append(PointView(p.id, p.agenda_id, names.get(p.agenda_id, ""), step and step.id,
                                    label, p.title, p.concern, p.severity, p.description,
                                    p.evidence))
        points.sort(key=lambda p: (SEVERITY_ORDER.get(p.severity, 9),
                                   positions.get(p.agenda_id, 0),
                                   steps[p.step_id].position if p.step_id else 0,
                                   collation_key(p.title)))
        follow_ups: dict[str, list[FollowUpView]] = defaultdict(list)
        for f in session.scalars(_live(RecommendationFollowUp, locality_id)
                                 .order_by(RecommendationFollowUp.held_on)):
            follow_ups[f.recommendation_id].append(FollowUpView(f.id, f.held_on, f.note))
        recs = list(session.scalars(_live(Recommendation, locality_id)))
        actor_ids = {r.referral_actor_id for r in recs if r.referral_actor_id}
        actors = {actor_id: name for actor_id, name in session.execute(
            select(Actor.id, Actor.name).where(Actor.id.in_(actor_ids)))} if actor_ids else {}
        order = {p.id: i for i, p in enumerate(points)}
        live_points = set(order)
        rec_views = [RecommendationView(
            r.id, r.title, r.text, r.solution, r.status, r.responsible,
            tuple(sorted((p for p in r.critical_point_ids if p in live_points), key=order.get)),
            r.referral_actor_id, actors.get(r.referral_actor_id or "", r.referral_organisation),
            r.referral_note, tuple(follow_ups[r.id]),
        ) for r in recs]
        rec_views.sort(key=lambda r: (min((order[p] for p in r.critical_point_ids),
                                          default=len(order)), collation_key(r.title)))
        return ProcessMap(locality.id, locality.name, agenda_views, tuple(points),
                          tuple(rec_views))
