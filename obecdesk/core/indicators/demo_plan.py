"""The demo locality's strategic plan (v1 and its revision v2), indicators with two years of
quarterly values (one off track, one at risk), computed indicators and a dozen projects.

Called by :func:`obecdesk.core.demo.load_demo` inside its transaction; every row has a fixed id
derived from its key (``ids``), so the demo loads once. Data: ``resources/demo/plan.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy.orm import Session

from obecdesk.catalog.plan_catalog import catalog_indicator
from obecdesk.core.indicators.computed import COMPUTED
from obecdesk.core.indicators.definitions import target_id
from obecdesk.core.indicators.projects import link_id
from obecdesk.core.indicators.values import value_id
from obecdesk.resources import resource
from obecdesk.store.models import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Measure,
    PlanArea,
    PlanGoal,
    Project,
    ProjectMeasure,
    StrategicPlan,
    ValueCorrection,
)

ENTERED_BY = "Mgr. Tereza Novotná"


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _hal(czk: float | int | None) -> int | None:
    return None if czk is None else int(Decimal(str(czk)) * 100)


def add_plan_demo(session: Session, loc_id: str, ids: Callable[..., str],
                  actor_ids: dict[str, str]) -> None:
    data = json.loads(resource("demo", "plan.json").read_text(encoding="utf-8"))
    spec = data["plan"]
    revision = spec["revision"]
    v1, v2 = ids("plan", "v1"), ids("plan", "v2")
    common = {"locality_id": loc_id, "title": spec["title"], "valid_from": _day(spec["valid_from"]),
              "valid_to": _day(spec["valid_to"])}
    session.add(StrategicPlan(id=v1, version=1, adopted_on=_day(spec["adopted_on"]),
                              adopted_by=spec["adopted_by"], **common))
    session.add(StrategicPlan(id=v2, version=2, adopted_on=_day(revision["adopted_on"]),
                              adopted_by=revision["adopted_by"], previous_id=v1,
                              notes=revision["notes"], **common))
    session.flush()
    lineage: dict[str, str] = {}
    for version, plan_id in ((1, v1), (2, v2)):
        extra = revision["new"] if version == 2 else []
        for a_pos, area in enumerate(data["areas"]):
            area_id = ids("area", str(version), area["key"])
            session.add(PlanArea(id=area_id, locality_id=loc_id, plan_id=plan_id,
                                 origin_id=ids("area", "1", area["key"]) if version == 2 else None,
                                 theme=area["theme"], title=area["title"], position=a_pos))
            session.flush()  # no relationships: the unit of work does not order by foreign key
            for g_pos, goal in enumerate(area["goals"]):
                goal_id = ids("goal", str(version), goal["key"])
                session.add(PlanGoal(id=goal_id, locality_id=loc_id, plan_id=plan_id,
                                     area_id=area_id, title=goal["title"], position=g_pos,
                                     origin_id=ids("goal", "1", goal["key"]) if version == 2
                                     else None))
                session.flush()
                mine = [m for m in extra if m["goal"] == goal["key"]]
                for m_pos, m in enumerate(goal["measures"] + mine):
                    measure_id = ids("measure", str(version), m["key"])
                    lineage.setdefault(m["key"], measure_id)
                    status = revision["status"].get(m["key"], m["status"]) if version == 2 \
                        else m["status"]
                    session.add(Measure(
                        id=measure_id, locality_id=loc_id, plan_id=plan_id, area_id=area_id,
                        goal_id=goal_id, lineage_id=lineage[m["key"]],
                        origin_id=ids("measure", "1", m["key"]) if version == 2 and m not in mine
                        else None, catalog_code=m.get("catalog", ""), title=m["title"],
                        responsible_id=actor_ids.get(m.get("responsible", "")),
                        partners=m.get("partners", ""), starts_on=_day(m.get("starts")),
                        ends_on=_day(m.get("ends")), budget_hal=_hal(m.get("budget")),
                        status=status, position=m_pos))
            session.flush()
    _add_indicators(session, loc_id, ids, data, lineage)
    _add_projects(session, loc_id, ids, data["projects"], lineage)


def _add_indicators(session: Session, loc_id: str, ids, data: dict,
                    lineage: dict[str, str]) -> None:
    base_day = _day(data["baseline_date"])
    specs = data["indicators"] + [{**c, "computed": c["code"]} for c in data["computed"]]
    for position, spec in enumerate(specs):
        if spec.get("computed"):
            d = COMPUTED[spec["computed"]]
            fields = {"name": d.name, "unit": d.unit, "direction": d.direction,
                      "aggregation": d.aggregation, "result_type": d.result_type,
                      "frequency": d.frequency, "computed": d.computed, "source": d.source,
                      "min_value": d.min_value, "max_value": d.max_value}
            key = spec["computed"]
        else:
            entry = catalog_indicator(spec.get("catalog", ""))
            fields = {"name": spec.get("name") or entry.label_cs,
                      "catalog_code": spec.get("catalog", "")}
            for name in ("unit", "direction", "aggregation", "result_type", "frequency"):
                fields[name] = spec.get(name) or getattr(entry, name)
            fields.update(min_value=spec.get("min"), max_value=spec.get("max"),
                          source=spec.get("source", ""))
            key = spec["key"]
        indicator_id = ids("indicator", key)
        session.add(Indicator(
            id=indicator_id, locality_id=loc_id, measure_id=lineage.get(spec.get("measure", "")),
            baseline_value=spec.get("baseline"),
            baseline_date=_day(spec.get("baseline_date")) or base_day if "baseline" in spec
            else None, position=position, **fields))
        session.flush()
        for period, value in spec["targets"].items():
            session.add(IndicatorTarget(id=target_id(indicator_id, period), locality_id=loc_id,
                                        indicator_id=indicator_id, period=period, value=value))
        values = dict(zip(data["quarters"], spec.get("values", []), strict=False))
        values.update(spec.get("years", {}))
        follow = spec.get("follow_up", {})
        for period, value in values.items():
            entered = (_day(f"{period[:4]}-12-31") if len(period) == 4 else
                       dt.date(int(period[:4]), 3 * int(period[-1]), 28))
            session.add(IndicatorValue(
                id=value_id(indicator_id, period), locality_id=loc_id,
                indicator_id=indicator_id, period=period, value=value, source=fields["source"],
                follow_up=period in follow, follow_up_reason=follow.get(period, ""),
                entered_by=ENTERED_BY, entered_on=entered))
        if "correction" in spec:
            fix = spec["correction"]
            session.add(ValueCorrection(
                id=ids("correction", key, fix["period"]), locality_id=loc_id,
                indicator_id=indicator_id, value_id=value_id(indicator_id, fix["period"]),
                period=fix["period"], old_value=fix["from"], new_value=values[fix["period"]],
                changed_by=ENTERED_BY, changed_at="2026-04-14T09:12:00.000000+00:00",
                reason=fix["reason"]))


def _add_projects(session: Session, loc_id: str, ids, rows: list, lineage) -> None:
    for n, (title, programme, measure, status, requested, approved, people, submitted,
            decided) in enumerate(rows):
        project_id = ids("project", str(n))
        session.add(Project(
            id=project_id, locality_id=loc_id, title=title, programme=programme, status=status,
            requested_hal=_hal(requested), approved_hal=_hal(approved), people_supported=people,
            submitted_on=_day(submitted), decided_on=_day(decided)))
        session.flush()
        if measure:
            session.add(ProjectMeasure(id=link_id(project_id, lineage[measure]),
                                       locality_id=loc_id, project_id=project_id,
                                       measure_id=lineage[measure]))
