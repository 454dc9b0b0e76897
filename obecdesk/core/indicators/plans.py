"""The strategic plan: versions, areas, goals and measures, read as a tree.

Indicators and projects point at a measure's lineage (the id of its first version), so they
belong to every version of it (a revision: :mod:`obecdesk.core.indicators.plan_revision`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from obecdesk.core.indicators.plan_edits import checked_title, plan_values
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.indicators import MeasureStatus
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.base import new_id
from obecdesk.store.models import Measure, PlanArea, PlanGoal, StrategicPlan


@dataclass(frozen=True)
class PlanInfo:
    id: str
    locality_id: str
    title: str
    version: int
    adopted_on: dt.date | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    previous_id: str | None


@dataclass
class MeasureData:
    """What the measure form (or an imported row) says."""

    title: str
    catalog_code: str = ""
    description: str = ""
    responsible_id: str | None = None
    responsible_name: str = ""
    partners: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    budget_hal: int | None = None
    status: str = MeasureStatus.PLANNED


@dataclass
class MeasureNode:
    id: str
    lineage_id: str
    title: str
    status: str
    data: MeasureData


@dataclass
class GoalNode:
    id: str | None
    title: str
    measures: list[MeasureNode] = field(default_factory=list)


@dataclass
class AreaNode:
    id: str
    title: str
    theme: str
    goals: list[GoalNode] = field(default_factory=list)


def _plan_info(row: StrategicPlan) -> PlanInfo:
    return PlanInfo(row.id, row.locality_id, row.title, row.version, row.adopted_on,
                    row.valid_from, row.valid_to, row.previous_id)


def _measure_values(data: MeasureData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Opatření musí mít název.")
    try:
        status = MeasureStatus(data.status)
    except ValueError as exc:
        raise ValidationError(f"Neznámý stav opatření: {data.status}.") from exc
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ValidationError("Opatření nemůže skončit dřív, než začne.")
    if data.budget_hal is not None and data.budget_hal < 0:
        raise ValidationError("Rozpočet opatření nemůže být záporný.")
    return {"title": title, "catalog_code": data.catalog_code, "description": data.description,
            "responsible_id": data.responsible_id, "responsible_name": data.responsible_name,
            "partners": data.partners, "starts_on": data.starts_on, "ends_on": data.ends_on,
            "budget_hal": data.budget_hal, "status": status.value}


class PlanService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create_plan(self, *, locality_id: str, title: str, adopted_on: dt.date | None = None,
                    valid_from: dt.date | None = None, valid_to: dt.date | None = None,
                    adopted_by: str = "", version: int = 1) -> str:
        values = plan_values(title, version, adopted_on, valid_from, valid_to)
        with self.store.unit_of_work() as session:
            row = StrategicPlan(locality_id=locality_id, adopted_by=adopted_by, **values)
            session.add(row)
            session.flush()
            return row.id

    def plans(self, locality_id: str) -> list[PlanInfo]:
        """Every version of the locality's plan, newest first."""
        with self.store.reading() as session:
            rows = session.scalars(select(StrategicPlan).where(
                StrategicPlan.locality_id == locality_id, StrategicPlan.deleted.is_(False))
                .order_by(StrategicPlan.version.desc()))
            return [_plan_info(r) for r in rows]

    def current_plan(self, locality_id: str) -> PlanInfo | None:
        plans = self.plans(locality_id)
        return plans[0] if plans else None

    def add_area(self, plan_id: str, title: str, *, theme: str = "") -> str:
        with self.store.unit_of_work() as session:
            plan = get_live(session, StrategicPlan, plan_id, "Strategický plán")
            position = session.scalar(select(func.count()).where(
                PlanArea.plan_id == plan_id)) or 0
            row = PlanArea(locality_id=plan.locality_id, plan_id=plan_id,
                           title=checked_title(title, "Oblast plánu"),
                           theme=theme, position=position)
            session.add(row)
            session.flush()
            return row.id

    def add_goal(self, area_id: str, title: str) -> str:
        with self.store.unit_of_work() as session:
            area = get_live(session, PlanArea, area_id, "Oblast plánu")
            position = session.scalar(select(func.count()).where(PlanGoal.area_id == area_id)) or 0
            row = PlanGoal(locality_id=area.locality_id, plan_id=area.plan_id, area_id=area_id,
                           title=checked_title(title, "Cíl"), position=position)
            session.add(row)
            session.flush()
            return row.id

    def add_measure(self, area_id: str, data: MeasureData, *, goal_id: str | None = None) -> str:
        values = _measure_values(data)
        with self.store.unit_of_work() as session:
            area = get_live(session, PlanArea, area_id, "Oblast plánu")
            position = session.scalar(select(func.count()).where(Measure.area_id == area_id)) or 0
            id_ = new_id()
            session.add(Measure(id=id_, lineage_id=id_, locality_id=area.locality_id,
                                plan_id=area.plan_id, area_id=area_id, goal_id=goal_id,
                                position=position, **values))
            return id_

    def update_measure(self, measure_id: str, data: MeasureData) -> None:
        values = _measure_values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, Measure, measure_id, "Opatření"), values)

    def set_measure_status(self, measure_id: str, status: str) -> None:
        with self.store.unit_of_work() as session:
            row = get_live(session, Measure, measure_id, "Opatření")
            assign(row, {"status": MeasureStatus(status).value})

    def tree(self, plan_id: str) -> list[AreaNode]:
        """Areas → goals → measures of one version (measures without a goal under a goal None)."""
        with self.store.reading() as session:
            live = {"plan_id": plan_id, "deleted": False}
            areas = list(session.scalars(select(PlanArea).filter_by(**live)
                                         .order_by(PlanArea.position)))
            goals = list(session.scalars(select(PlanGoal).filter_by(**live)
                                         .order_by(PlanGoal.position)))
            measures = list(session.scalars(select(Measure).filter_by(**live)
                                            .order_by(Measure.position)))
        nodes = {a.id: AreaNode(a.id, a.title, a.theme) for a in areas}
        goal_nodes = {}
        for goal in goals:
            goal_nodes[goal.id] = GoalNode(goal.id, goal.title)
            nodes[goal.area_id].goals.append(goal_nodes[goal.id])
        loose: dict[str, GoalNode] = {}
        for m in measures:
            node = MeasureNode(m.id, m.lineage_id, m.title, m.status, MeasureData(
                m.title, m.catalog_code, m.description, m.responsible_id, m.responsible_name,
                m.partners, m.starts_on, m.ends_on, m.budget_hal, m.status))
            if m.goal_id in goal_nodes:
                goal_nodes[m.goal_id].measures.append(node)
            else:
                if m.area_id not in loose:
                    loose[m.area_id] = GoalNode(None, "")
                    nodes[m.area_id].goals.append(loose[m.area_id])
                loose[m.area_id].measures.append(node)
        return list(nodes.values())

    def revise(self, plan_id: str, **changes) -> str:
        """The next version of the plan (see :mod:`obecdesk.core.indicators.plan_revision`)."""
        from obecdesk.core.indicators.plan_revision import revise_plan

        return revise_plan(self.store, plan_id, **changes)

    def measures_by_status(self, plan_id: str) -> dict[str, int]:
        """How many measures of the version are in each status (every status, zeros included)."""
        with self.store.reading() as session:
            found = dict(session.execute(
                select(Measure.status, func.count()).where(
                    Measure.plan_id == plan_id, Measure.deleted.is_(False))
                .group_by(Measure.status)).all())
        return {status.value: found.get(status.value, 0) for status in MeasureStatus}
