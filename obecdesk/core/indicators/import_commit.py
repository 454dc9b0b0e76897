"""Writing a previewed plan import: projects and measures in one transaction each import;
values through the value service, so a correction of an earlier value lands in the history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from obecdesk.core.indicators.projects import ProjectData, ProjectService
from obecdesk.core.indicators.values import ValueEntry, ValueService
from obecdesk.core.stakeholders.imports.cells import normalise
from obecdesk.store import Store
from obecdesk.store.base import new_id
from obecdesk.store.models import Measure, PlanArea, PlanGoal, StrategicPlan

if TYPE_CHECKING:
    from obecdesk.core.indicators.imports import PlanImportPreview

DEFAULT_PLAN_TITLE = "Strategický plán"


def commit_rows(store: Store, preview: PlanImportPreview) -> int:
    if not preview.rows:
        return 0
    if preview.kind == "projects":
        ProjectService(store).create_many(
            preview.locality_id, [ProjectData(**row.values) for row in preview.rows])
    elif preview.kind == "measures":
        _commit_measures(store, preview)
    else:
        values = ValueService(store)
        reason = f"import ze souboru {preview.file_name}"
        for row in preview.rows:
            v = dict(row.values)
            values.set_value(v.pop("indicator_id"), ValueEntry(**v), reason=reason)
    return len(preview.rows)


def _commit_measures(store: Store, preview: PlanImportPreview) -> None:
    loc = preview.locality_id
    with store.unit_of_work(immediate=True) as session:
        plan_id = session.scalar(select(StrategicPlan.id).where(
            StrategicPlan.locality_id == loc, StrategicPlan.deleted.is_(False))
            .order_by(StrategicPlan.version.desc()).limit(1))
        if plan_id is None:
            plan_id = new_id()
            session.add(StrategicPlan(id=plan_id, locality_id=loc, title=DEFAULT_PLAN_TITLE))
            session.flush()
        live = {"plan_id": plan_id, "deleted": False}
        areas = {normalise(a.title): a.id for a in session.scalars(
            select(PlanArea).filter_by(**live))}
        goals = {(g.area_id, normalise(g.title)): g.id for g in session.scalars(
            select(PlanGoal).filter_by(**live))}
        counts: dict[str, int] = {}
        for row in preview.rows:
            v = dict(row.values)
            area_key = normalise(v["area"])
            if area_key not in areas:
                areas[area_key] = new_id()
                session.add(PlanArea(id=areas[area_key], locality_id=loc, plan_id=plan_id,
                                     title=v["area"], theme=v["theme"], position=len(areas)))
                session.flush()
            area_id = areas[area_key]
            goal_id = None
            if v["goal"]:
                key = (area_id, normalise(v["goal"]))
                if key not in goals:
                    goals[key] = new_id()
                    session.add(PlanGoal(id=goals[key], locality_id=loc, plan_id=plan_id,
                                         area_id=area_id, title=v["goal"]))
                    session.flush()
                goal_id = goals[key]
            if area_id not in counts:
                counts[area_id] = session.scalar(select(func.count()).where(
                    Measure.area_id == area_id)) or 0
            id_ = new_id()
            for key in ("area", "theme", "goal"):
                v.pop(key)
            session.add(Measure(id=id_, lineage_id=id_, locality_id=loc, plan_id=plan_id,
                                area_id=area_id, goal_id=goal_id, position=counts[area_id],
                                **v))
            counts[area_id] += 1
