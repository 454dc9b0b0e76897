"""Changing and removing the parts of the strategic plan a coordinator builds by hand.

A removal is a tombstone (``deleted``), synced like every other one: an area takes its goals
and measures with it, a goal its measures. Indicators and projects point at a measure's lineage,
not at the row, so they stay: the measure lives on in the earlier versions of the plan, and in
this version its indicators are listed outside the measures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from obecdesk.core.records import assign, get_live
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Indicator, Measure, PlanArea, PlanGoal, StrategicPlan


@dataclass(frozen=True)
class RemovalScope:
    """What removing an area, goal or measure takes with it (the question asks about it)."""

    title: str
    goals: int
    measures: int
    #: live indicators of the removed measures (they stay, outside the measures)
    indicators: int


def plan_values(title: str, version: int, adopted_on: dt.date | None,
                valid_from: dt.date | None, valid_to: dt.date | None) -> dict:
    """The checked fields of a plan's heading (a new plan and an edited one alike)."""
    if not title.strip():
        raise ValidationError("Strategický plán musí mít název.")
    if version < 1:
        raise ValidationError("Verze plánu musí být kladné číslo.")
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError("Plán nemůže platit do dřívějšího data, než od kterého platí.")
    return {"title": title.strip(), "version": version, "adopted_on": adopted_on,
            "valid_from": valid_from, "valid_to": valid_to}


def checked_title(title: str, what: str) -> str:
    if not title.strip():
        raise ValidationError(f"{what} musí mít název.")
    return title.strip()


class PlanEditService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def update_plan(self, plan_id: str, *, title: str, version: int,
                    adopted_on: dt.date | None = None, valid_from: dt.date | None = None,
                    valid_to: dt.date | None = None) -> None:
        values = plan_values(title, version, adopted_on, valid_from, valid_to)
        with self.store.unit_of_work() as session:
            plan = get_live(session, StrategicPlan, plan_id, "Strategický plán")
            taken = session.scalar(select(func.count()).where(
                StrategicPlan.locality_id == plan.locality_id, StrategicPlan.id != plan_id,
                StrategicPlan.version == version, StrategicPlan.deleted.is_(False)))
            if taken:
                raise ValidationError(f"Verzi {version} už plán lokality má.")
            assign(plan, values)

    def update_area(self, area_id: str, title: str, *, theme: str = "") -> None:
        values = {"title": checked_title(title, "Oblast plánu"), "theme": theme}
        with self.store.unit_of_work() as session:
            assign(get_live(session, PlanArea, area_id, "Oblast plánu"), values)

    def update_goal(self, goal_id: str, title: str) -> None:
        values = {"title": checked_title(title, "Cíl")}
        with self.store.unit_of_work() as session:
            assign(get_live(session, PlanGoal, goal_id, "Cíl"), values)

    def move_measure(self, measure_id: str, goal_id: str | None) -> None:
        """Put the measure under another goal of its area (``None``: directly under the area)."""
        with self.store.unit_of_work() as session:
            measure = get_live(session, Measure, measure_id, "Opatření")
            if goal_id is not None:
                goal = get_live(session, PlanGoal, goal_id, "Cíl")
                if goal.area_id != measure.area_id:
                    raise ValidationError("Opatření lze přesunout jen pod cíl své oblasti.")
            assign(measure, {"goal_id": goal_id})

    def _measures(self, column, id_: str):
        return select(Measure).where(column == id_, Measure.deleted.is_(False))

    def removal_scope(self, kind: str, id_: str) -> RemovalScope:
        """``kind`` is ``area``, ``goal`` or ``measure``."""
        model, column, what = {"area": (PlanArea, Measure.area_id, "Oblast plánu"),
                               "goal": (PlanGoal, Measure.goal_id, "Cíl"),
                               "measure": (Measure, Measure.id, "Opatření")}[kind]
        with self.store.reading() as session:
            title = get_live(session, model, id_, what).title
            lineages = list(session.scalars(self._measures(column, id_)
                                            .with_only_columns(Measure.lineage_id)))
            goals = session.scalar(select(func.count()).where(
                PlanGoal.area_id == id_, PlanGoal.deleted.is_(False))) if kind == "area" else 0
            indicators = session.scalar(select(func.count()).where(
                Indicator.measure_id.in_(lineages), Indicator.deleted.is_(False))) or 0
        return RemovalScope(title, goals or 0, len(lineages), indicators)

    def delete_measure(self, measure_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, Measure, measure_id, "Opatření").deleted = True

    def delete_goal(self, goal_id: str) -> None:
        """Tombstone the goal and its measures."""
        with self.store.unit_of_work() as session:
            get_live(session, PlanGoal, goal_id, "Cíl").deleted = True
            for measure in session.scalars(self._measures(Measure.goal_id, goal_id)):
                measure.deleted = True

    def delete_area(self, area_id: str) -> None:
        """Tombstone the area, its goals and its measures."""
        with self.store.unit_of_work() as session:
            get_live(session, PlanArea, area_id, "Oblast plánu").deleted = True
            for goal in session.scalars(select(PlanGoal).where(
                    PlanGoal.area_id == area_id, PlanGoal.deleted.is_(False))):
                goal.deleted = True
            for measure in session.scalars(self._measures(Measure.area_id, area_id)):
                measure.deleted = True
