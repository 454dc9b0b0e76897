"""A revision of the strategic plan (v2 after the evaluation phase, seed 003) that keeps v1.

The areas, goals and measures of a version are copied into the next version; the old version
stays as it was, readable and printable. A copied row remembers its ``origin_id``; a measure keeps
its ``lineage_id``, so its indicators and projects belong to both versions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from obecdesk.core.records import get_live
from obecdesk.store import Store
from obecdesk.store.base import new_id
from obecdesk.store.models import Measure, PlanArea, PlanGoal, StrategicPlan


def revise_plan(store: Store, plan_id: str, *, title: str | None = None,
                adopted_on: dt.date | None = None, valid_from: dt.date | None = None,
                valid_to: dt.date | None = None) -> str:
    """The next version of the plan: a copy of its tree; the revised version stays as it was."""
    with store.unit_of_work(immediate=True) as session:
        old = get_live(session, StrategicPlan, plan_id, "Strategický plán")
        newest = session.scalar(select(func.max(StrategicPlan.version)).where(
            StrategicPlan.locality_id == old.locality_id, StrategicPlan.deleted.is_(False)))
        plan = StrategicPlan(
            id=new_id(), locality_id=old.locality_id, title=title or old.title,
            version=(newest or old.version) + 1, adopted_on=adopted_on,
            adopted_by=old.adopted_by, valid_from=valid_from or old.valid_from,
            valid_to=valid_to or old.valid_to, previous_id=old.id)
        live = {"plan_id": plan_id, "deleted": False}
        old_areas = list(session.scalars(select(PlanArea).filter_by(**live)))
        old_goals = list(session.scalars(select(PlanGoal).filter_by(**live)))
        old_measures = list(session.scalars(select(Measure).filter_by(**live)))
        session.add(plan)
        session.flush()  # no relationships: the unit of work does not order by foreign key
        areas = {a.id: new_id() for a in old_areas}
        goals = {g.id: new_id() for g in old_goals}
        session.add_all(PlanArea(id=areas[a.id], locality_id=a.locality_id, plan_id=plan.id,
                                 origin_id=a.id, theme=a.theme, title=a.title,
                                 position=a.position) for a in old_areas)
        session.flush()
        session.add_all(PlanGoal(id=goals[g.id], locality_id=g.locality_id, plan_id=plan.id,
                                 area_id=areas[g.area_id], origin_id=g.id, title=g.title,
                                 position=g.position) for g in old_goals)
        session.flush()
        session.add_all(Measure(
            id=new_id(), locality_id=m.locality_id, plan_id=plan.id, area_id=areas[m.area_id],
            goal_id=goals.get(m.goal_id or ""), origin_id=m.id, lineage_id=m.lineage_id,
            catalog_code=m.catalog_code, title=m.title, description=m.description,
            responsible_id=m.responsible_id, responsible_name=m.responsible_name,
            partners=m.partners, starts_on=m.starts_on, ends_on=m.ends_on,
            budget_hal=m.budget_hal, status=m.status, position=m.position) for m in old_measures)
        session.flush()
        return plan.id
