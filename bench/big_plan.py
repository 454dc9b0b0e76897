"""The strategic plan of one benchmark locality: 4 areas of 3 goals of 4 measures, indicators
reported monthly (two thirds) or quarterly as many as its share of values needs, a target each,
and 20 projects of 2 measures (``big_rows`` calls it for every locality)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from obecdesk.core.indicators.definitions import target_id
from obecdesk.core.indicators.projects import link_id
from obecdesk.core.indicators.values import value_id
from obecdesk.store.base import new_id

START = dt.date(2016, 1, 1)
THEMES = ["bydlení", "vzdělávání", "zaměstnanost", "bezpečnost"]
AREAS, GOALS, MEASURES = 4, 3, 4
PROJECTS = 20


def plan_rows(rows, rng: random.Random, loc: str, ids: list[str], count: int,
              monthly: list[str], quarterly: list[str]) -> Iterator[tuple[str, list[dict]]]:
    s = rows.stamped
    plan = new_id()
    yield "strategic_plans", [s({"id": plan, "locality_id": loc, "title": "Strategický plán",
                                 "adopted_on": START, "adopted_by": "Zastupitelstvo",
                                 "valid_from": START})]
    areas, goals, measures = [], [], []
    for a in range(AREAS):
        area = s({"id": new_id(), "locality_id": loc, "plan_id": plan, "theme": THEMES[a],
                  "title": f"Oblast {THEMES[a]}", "position": a})
        areas.append(area)
        for g in range(GOALS):
            goal = s({"id": new_id(), "locality_id": loc, "plan_id": plan, "area_id": area["id"],
                      "title": f"Cíl {a + 1}.{g + 1}", "position": g})
            goals.append(goal)
            for m in range(MEASURES):
                mid = new_id()
                measures.append(s({
                    "id": mid, "lineage_id": mid, "locality_id": loc, "plan_id": plan,
                    "area_id": area["id"], "goal_id": goal["id"],
                    "title": f"Opatření {a + 1}.{g + 1}.{m + 1}", "status": "running",
                    "responsible_id": rng.choice(ids) if ids else None,
                    "starts_on": START, "budget_hal": 10_000_000, "position": m}))
    yield "plan_areas", areas
    yield "plan_goals", goals
    yield "measures", measures
    indicators, targets, values = [], [], []
    while len(values) < count:
        k = len(indicators)
        periods = quarterly if k % 3 == 0 else monthly
        ind = new_id()
        indicators.append(s({
            "id": ind, "locality_id": loc, "measure_id": measures[k % len(measures)]["lineage_id"],
            "name": f"Ukazatel {k + 1}", "unit": "count",
            "frequency": "quarter" if k % 3 == 0 else "month", "baseline_value": 10.0,
            "baseline_date": START, "position": k}))
        year = periods[-1][:4]
        targets.append(s({"id": target_id(ind, year), "locality_id": loc, "indicator_id": ind,
                          "period": year, "value": 100.0}))
        for p, period in enumerate(periods[:count - len(values)]):
            values.append(s({"id": value_id(ind, period), "locality_id": loc,
                             "indicator_id": ind, "period": period, "value": float(10 + p),
                             "entered_by": "Jana Nováková", "entered_on": START}))
    yield "indicators", indicators
    yield "indicator_targets", targets
    yield "indicator_values", values
    projects = [s({"id": new_id(), "locality_id": loc, "title": f"Projekt {p + 1}",
                   "programme": "OP Zaměstnanost+", "status": "running",
                   "requested_hal": 500_000_000, "starts_on": START}) for p in range(PROJECTS)]
    yield "projects", projects
    yield "project_measures", [
        s({"id": link_id(p["id"], m["lineage_id"]), "locality_id": loc, "project_id": p["id"],
           "measure_id": m["lineage_id"]})
        for p in projects for m in rng.sample(measures, 2)]
