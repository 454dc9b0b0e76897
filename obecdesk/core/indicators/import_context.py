"""What the rows of a plan import are matched against: the locality's current plan (measures
by title and by catalog name), its indicators, their stored values and the actors."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from obecdesk.catalog.plan_catalog import measure_areas
from obecdesk.core.stakeholders.imports.cells import normalise
from obecdesk.store import Store
from obecdesk.store.models import (
    Actor,
    Indicator,
    IndicatorValue,
    Measure,
    PlanArea,
    StrategicPlan,
)


@dataclass
class Context:
    """What rows are matched against: the locality's current plan, indicators and actors."""

    locality_id: str
    file_name: str
    plan_id: str | None
    #: normalised measure title or catalog label → lineage id
    measures: dict[str, str]
    #: normalised (area, measure title) pairs already in the plan
    planned: set[tuple[str, str]]
    indicators: dict[str, Indicator]
    values: dict[tuple[str, str], float]
    actors: dict[str, str]
    notes: list[str] = field(default_factory=list)
    seen: set[tuple[str, ...]] = field(default_factory=set)

    @classmethod
    def load(cls, store: Store, locality_id: str, file_name: str) -> Context:
        catalog = {m.code: m.label_cs for a in measure_areas() for m in a.measures}
        with store.reading() as session:
            plan_id = session.scalar(select(StrategicPlan.id).where(
                StrategicPlan.locality_id == locality_id, StrategicPlan.deleted.is_(False))
                .order_by(StrategicPlan.version.desc()).limit(1))
            measures, planned = {}, set()
            if plan_id:
                areas = dict(session.execute(select(PlanArea.id, PlanArea.title).where(
                    PlanArea.plan_id == plan_id, PlanArea.deleted.is_(False))).all())
                for m in session.scalars(select(Measure).where(
                        Measure.plan_id == plan_id, Measure.deleted.is_(False))):
                    measures[normalise(m.title)] = m.lineage_id
                    if m.catalog_code in catalog:
                        measures.setdefault(normalise(catalog[m.catalog_code]), m.lineage_id)
                    planned.add((normalise(areas.get(m.area_id, "")), normalise(m.title)))
            indicators = {}
            for ind in session.scalars(select(Indicator).where(
                    Indicator.locality_id == locality_id, Indicator.deleted.is_(False))):
                session.expunge(ind)
                indicators[normalise(ind.name)] = ind
                if ind.catalog_code:
                    indicators.setdefault(normalise(ind.catalog_code), ind)
            values = {(i, p): v for i, p, v in session.execute(
                select(IndicatorValue.indicator_id, IndicatorValue.period, IndicatorValue.value)
                .where(IndicatorValue.locality_id == locality_id,
                       IndicatorValue.deleted.is_(False)))}
            actors = {normalise(name): id_ for id_, name in session.execute(
                select(Actor.id, Actor.name).where(Actor.locality_id == locality_id,
                                                   Actor.deleted.is_(False)))}
        return cls(locality_id, file_name, plan_id, measures, planned, indicators, values,
                   actors)
