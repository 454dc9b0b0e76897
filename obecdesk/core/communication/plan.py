"""The communication plan of a locality (key messages, the spokesperson, channels, holding
statements) and the communication recommendations whose implementation the team supervises
(seed 000: "Supervize a podpora při implementaci komunikačních doporučení").

One plan per locality, under a natural-key id, so two replicas that start it apart land on one
row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.communication import RecommendationStatus
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import CommunicationPlan, CommunicationRecommendation
from obecdesk.store.natural_keys import natural_id


def plan_id(locality_id: str) -> str:
    return natural_id("communication_plan", locality_id)


@dataclass
class PlanData:
    key_messages: str = ""
    spokesperson_id: str | None = None
    channels: str = ""
    holding_statements: str = ""

    @property
    def empty(self) -> bool:
        return not (self.key_messages or self.spokesperson_id or self.channels
                    or self.holding_statements)


@dataclass
class RecommendationData:
    title: str
    given_on: dt.date | None = None
    status: str = RecommendationStatus.PROPOSED
    responsible_id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class RecommendationInfo:
    id: str
    data: RecommendationData


def _checked(data: RecommendationData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Doporučení musí mít text.")
    if data.status not in set(RecommendationStatus):
        raise ValidationError(f"Neznámý stav doporučení: {data.status}.")
    return {"title": title, "given_on": data.given_on, "status": str(data.status),
            "responsible_id": data.responsible_id or None, "note": data.note.strip()}


class CommunicationPlanService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def plan(self, locality_id: str) -> PlanData:
        with self.store.reading() as session:
            row = session.get(CommunicationPlan, plan_id(locality_id))
            if row is None or row.deleted:
                return PlanData()
            return PlanData(row.key_messages, row.spokesperson_id, row.channels,
                            row.holding_statements)

    def save_plan(self, locality_id: str, data: PlanData) -> None:
        values = {"key_messages": data.key_messages.strip(),
                  "spokesperson_id": data.spokesperson_id or None,
                  "channels": data.channels.strip(),
                  "holding_statements": data.holding_statements.strip(), "deleted": False}
        with self.store.unit_of_work() as session:
            row = session.get(CommunicationPlan, plan_id(locality_id))
            if row is None:
                session.add(CommunicationPlan(id=plan_id(locality_id), locality_id=locality_id,
                                              **values))
            else:
                assign(row, values)

    def add_recommendation(self, locality_id: str, data: RecommendationData) -> str:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            row = CommunicationRecommendation(locality_id=locality_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update_recommendation(self, recommendation_id: str, data: RecommendationData) -> None:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, CommunicationRecommendation, recommendation_id,
                            "Doporučení"), values)

    def remove_recommendation(self, recommendation_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, CommunicationRecommendation, recommendation_id,
                     "Doporučení").deleted = True

    def recommendations(self, locality_id: str) -> list[RecommendationInfo]:
        """In the order they were given (undated last)."""
        query = (select(CommunicationRecommendation)
                 .where(CommunicationRecommendation.locality_id == locality_id,
                        CommunicationRecommendation.deleted.is_(False))
                 .order_by(CommunicationRecommendation.given_on.is_(None),
                           CommunicationRecommendation.given_on,
                           CommunicationRecommendation.title))
        with self.store.reading() as session:
            return [RecommendationInfo(r.id, RecommendationData(
                r.title, r.given_on, r.status, r.responsible_id, r.note))
                for r in session.scalars(query)]
