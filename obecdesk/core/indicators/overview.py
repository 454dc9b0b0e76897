"""Everything the locality dashboard and the indicator report show, read in one place: the
current plan and its measures by status, every indicator with its values and progress (computed
ones included), the projects and their summary, and the phase of the cooperation (seed 003)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from obecdesk.core.indicators.computed import computed_values
from obecdesk.core.indicators.definitions import IndicatorInfo, IndicatorService
from obecdesk.core.indicators.due import latest_values, reviewed_values, values_of
from obecdesk.core.indicators.periods import parse_period
from obecdesk.core.indicators.plans import AreaNode, PlanInfo, PlanService
from obecdesk.core.indicators.progress import Progress, evaluate, judge
from obecdesk.core.indicators.projects import ProjectInfo, ProjectService, ProjectSummary
from obecdesk.core.indicators.values import ValueService
from obecdesk.core.localities import LocalityService
from obecdesk.core.phases import Phase
from obecdesk.core.review_queries import ItemReview
from obecdesk.core.reviews import ReviewService
from obecdesk.core.vocabulary.indicators import Aggregation, ProgressStatus
from obecdesk.store import Store


@dataclass(frozen=True)
class IndicatorStatus:
    info: IndicatorInfo
    #: period key → value (entered, or computed from the records); an entered indicator's are
    #: left out when read without ``series`` (``ValueService.series`` reads them)
    values: dict[str, float]
    progress: Progress
    #: the title of the measure it measures in the current plan, "" for none
    measure_title: str = ""
    #: ``values`` holds the values (False: read without the series)
    has_series: bool = True

    @property
    def computed(self) -> bool:
        return bool(self.info.data.computed)


@dataclass(frozen=True)
class LocalityIndicators:
    locality_id: str
    locality_name: str
    today: dt.date
    phases: list[Phase]
    #: every version of the plan, newest first
    plans: list[PlanInfo]
    tree: list[AreaNode]
    measures_by_status: dict[str, int]
    indicators: list[IndicatorStatus]
    projects: list[ProjectInfo]
    summary: ProjectSummary
    #: HQ's review of each reviewed item: (kind, key) → state (``core.reviews``)
    reviews: dict[tuple[str, str], ItemReview] = field(default_factory=dict)
    #: indicator id → the ids of its live values HQ reviewed
    reviewed_values: dict[str, list[str]] = field(default_factory=dict)

    def review(self, kind: str, key: str) -> ItemReview | None:
        """HQ's review of a value or project (by id) or a measure (by lineage id), if any."""
        return self.reviews.get((kind, key))

    @property
    def plan(self) -> PlanInfo | None:
        return self.plans[0] if self.plans else None

    @property
    def off_track(self) -> list[IndicatorStatus]:
        return [i for i in self.indicators if i.progress.status == ProgressStatus.OFF_TRACK]


def indicator_statuses(store: Store, locality_id: str, today: dt.date | None = None,
                       measure_titles: dict[str, str] | None = None, *,
                       series: bool = True) -> list[IndicatorStatus]:
    """Every indicator of the locality with its status. Without ``series`` the database finds
    the latest value of an indicator that takes it (``core.indicators.due``) instead of reading
    all its values: the same statuses, for a screen that charts one indicator at a time."""
    today = today or dt.date.today()
    infos = IndicatorService(store).of_locality(locality_id)
    if series:
        entered = ValueService(store).values_of_locality(locality_id)
    else:
        with store.reading() as session:
            latest, mixed = latest_values(session, locality_id, today)
            entered = values_of(session, locality_id, [
                i.id for i in infos if not i.data.computed
                and (i.data.aggregation != Aggregation.LAST or i.id in mixed)])
    result = []
    for info in infos:
        code, spec = info.data.computed, info.spec
        kept = series or bool(code) or info.id in entered
        if kept:
            values = computed_values(store, locality_id, code, today) if code \
                else entered.get(info.id, {})
            progress = evaluate(spec, values, today)
        else:  # the latest value: no values kept
            values, last = {}, latest.get(info.id)
            progress = evaluate(spec, {}, today) if last is None else judge(
                spec, parse_period(last.period), last.value, today)
        result.append(IndicatorStatus(info, values, progress,
                                      (measure_titles or {}).get(info.data.measure_id or "", ""),
                                      kept))
    return result


def locality_indicators(store: Store, locality_id: str, today: dt.date | None = None, *,
                        series: bool = True) -> LocalityIndicators:
    """Everything of the locality; ``series``: see :func:`indicator_statuses`."""
    today = today or dt.date.today()
    locality = LocalityService(store).get(locality_id)
    plans = PlanService(store)
    versions = plans.plans(locality_id)
    tree = plans.tree(versions[0].id) if versions else []
    by_status = plans.measures_by_status(versions[0].id) if versions else {}
    titles = {m.lineage_id: m.title for a in tree for g in a.goals for m in g.measures}
    projects = ProjectService(store)
    reviews = ReviewService(store).states(locality_id)
    with store.reading() as session:
        reviewed = reviewed_values(session, [key for kind, key in reviews if kind == "value"])
    return LocalityIndicators(
        locality_id, locality.name, today,
        [p for p in locality.phases if p.contains(today)], versions, tree, by_status,
        indicator_statuses(store, locality_id, today, titles, series=series),
        projects.of_locality(locality_id), projects.summary(locality_id), reviews, reviewed)
