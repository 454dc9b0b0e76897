"""Results across localities, as the Agency publishes them (seed 004): the central office's report.

"Výsledky práce v městech a obcích spolupracujících s ASZ" counts the localities, the strategies
adopted, the projects prepared, submitted and approved, the money obtained and still in
evaluation, the people supported, and lists for each area every measure with the towns that run
it. The counting rules are the ones of the indicator screen (:mod:`obecdesk.core.vocabulary.
indicators`): "prepared" is every project past the idea stage, "in evaluation" the amount
requested by projects submitted and not yet decided, money obtained the approved amounts.

A period narrows the projects to those submitted in it (a project not yet submitted counts by
its start date) and the strategies to those adopted by its end; without a period everything
counts. A measure "runs" in a town when it is running or done in the town's current plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, or_, select

from obecdesk.catalog.plan_catalog import catalog_measure, measure_areas
from obecdesk.core.collation import czech_sorted
from obecdesk.core.indicators.projects import ProjectService, ProjectSummary
from obecdesk.errors import UserError
from obecdesk.store import Store
from obecdesk.store.models import Locality, Measure, PlanArea, Project, StrategicPlan

#: the measure statuses that mean "the town runs it"
RUNNING = ("running", "done")


@dataclass(frozen=True)
class LocalityResult:
    name: str
    mode: str
    strategy_adopted: bool
    prepared: int
    approved: int
    obtained_hal: int
    people_supported: int


@dataclass
class Results:
    localities: list[LocalityResult]
    date_from: dt.date | None
    date_to: dt.date | None
    totals: dict[str, int | Decimal] = field(default_factory=dict)
    #: area (Czech) → measure (Czech) → the names of the localities that run it
    measures: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def as_json(self) -> dict:
        """The shape ``obecdesk report results --json`` writes (crowns as numbers)."""
        totals = {k: (float(v) if isinstance(v, Decimal) else v) for k, v in self.totals.items()}
        return {"totals": totals, "measures": self.measures,
                "period": {"from": _iso(self.date_from), "to": _iso(self.date_to)},
                "localities": [loc.__dict__ for loc in self.localities]}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _chosen(session, names: list[str] | None) -> list[Locality]:
    live = session.scalars(select(Locality).where(Locality.deleted.is_(False))).all()
    if not names:
        return [loc for loc in live if not loc.archived]
    by_name = {loc.name.casefold(): loc for loc in live}
    missing = [n for n in names if n.casefold() not in by_name]
    if missing:
        raise UserError(f"Lokalita {missing[0]!r} neexistuje.")
    return [by_name[n.casefold()] for n in dict.fromkeys(names)]


def _in_period(date_from: dt.date | None, date_to: dt.date | None) -> list:
    when = func.coalesce(Project.submitted_on, Project.starts_on)
    return ([when >= date_from] if date_from else []) + ([when <= date_to] if date_to else [])


def _adopted(session, ids: list[str], date_to: dt.date | None) -> set[str]:
    query = select(StrategicPlan.locality_id).where(
        StrategicPlan.deleted.is_(False), StrategicPlan.locality_id.in_(ids),
        StrategicPlan.adopted_on.is_not(None))
    if date_to:
        query = query.where(StrategicPlan.adopted_on <= date_to)
    return set(session.scalars(query))


def _current_plans(session, ids: list[str]) -> dict[str, str]:
    """The newest live plan of each locality (a revision replaces the earlier version)."""
    plans = session.execute(select(StrategicPlan.locality_id, StrategicPlan.id).where(
        StrategicPlan.deleted.is_(False), StrategicPlan.locality_id.in_(ids),
    ).order_by(StrategicPlan.locality_id, StrategicPlan.version)).all()
    return {locality: plan for locality, plan in plans}


def _matrix(session, localities: list[Locality]) -> dict[str, dict[str, list[str]]]:
    names = {loc.id: loc.name for loc in localities}
    plans = _current_plans(session, list(names))
    area_labels = {area.code: area.label_cs for area in measure_areas()}
    rows = session.execute(
        select(Measure.locality_id, Measure.catalog_code, Measure.title, PlanArea.theme,
               PlanArea.title)
        .join(PlanArea, PlanArea.id == Measure.area_id)
        .where(Measure.deleted.is_(False), Measure.plan_id.in_(list(plans.values())),
               or_(*(Measure.status == status for status in RUNNING))))
    found: dict[str, dict[str, set[str]]] = {}
    for locality_id, code, title, theme, area_title in rows:
        known = catalog_measure(code) if code else None
        area = area_labels.get(known.area if known else theme, area_title)
        measure = known.label_cs if known else title
        found.setdefault(area, {}).setdefault(measure, set()).add(names[locality_id])
    order = list(area_labels.values())
    areas = sorted(found, key=lambda a: (order.index(a) if a in order else len(order), a))
    return {area: {measure: czech_sorted(found[area][measure])
                   for measure in czech_sorted(found[area])} for area in areas}


def results(store: Store, *, localities: list[str] | None = None,
            date_from: dt.date | None = None, date_to: dt.date | None = None) -> Results:
    """The results of the chosen localities (default: every live, unarchived one)."""
    if date_from and date_to and date_to < date_from:
        raise UserError("Konec období je dřív než jeho začátek.")
    with store.reading() as session:
        chosen = czech_sorted(_chosen(session, localities), key=lambda loc: loc.name)
        ids = [loc.id for loc in chosen]
        adopted = _adopted(session, ids, date_to)
        matrix = _matrix(session, chosen)
    projects = ProjectService(store).summaries(Project.locality_id.in_(ids),
                                               *_in_period(date_from, date_to))
    none = ProjectSummary(0, 0, 0, 0, 0, 0)
    per = []
    for loc in chosen:
        p = projects.get(loc.id, none)
        per.append(LocalityResult(loc.name, loc.mode, loc.id in adopted, p.prepared, p.approved,
                                  p.obtained_hal, p.people_supported))

    def total(field: str) -> int:
        return sum(getattr(p, field) for p in projects.values())

    totals: dict[str, int | Decimal] = {
        "localities": len(chosen), "strategies_adopted": len(adopted),
        "projects_prepared": total("prepared"), "projects_submitted": total("submitted"),
        "projects_approved": total("approved"),
        "money_obtained_czk": Decimal(total("obtained_hal")) / 100,
        "money_in_evaluation_czk": Decimal(total("in_evaluation_hal")) / 100,
        "people_supported": total("people_supported"),
    }
    return Results(per, date_from, date_to, totals, matrix)
