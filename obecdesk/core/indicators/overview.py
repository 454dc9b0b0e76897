"""Everything the locality dashboard and the indicator report show, read in one place: the
current plan and its measures by status, every indicator with its values and progress (computed
ones included), the projects and their summary, and the phase of the cooperation (seed 003)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from obecdesk.core.indicators.computed import computed_values
from obecdesk.core.indicators.definitions import IndicatorInfo, IndicatorService
from obecdesk.core.indicators.plans import AreaNode, PlanInfo, PlanService
from obecdesk.core.indicators.progress import Progress, evaluate
from obecdesk.core.indicators.projects import ProjectInfo, ProjectService, ProjectSummary
from obecdesk.core.indicators.values import ValueService
from obecdesk.core.localities import LocalityService
from obecdesk.core.phases import Phase
from obecdesk.core.review_queries import ItemReview
from obecdesk.core.reviews import ReviewService
from obecdesk.core.vocabulary.indicators import ProgressStatus
from obecdesk.store import Store


@dataclass(frozen=True)
class IndicatorStatus:
    info: IndicatorInfo
    #: period key → value (entered, or computed from the records)
    values: dict[str, float]
    progress: Progress
    #: the title of the measure it measures in the current plan, "" for none
    measure_title: str = ""

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
                       measure_titles: dict[str, str] | None = None) -> list[IndicatorStatus]:
    today = today or dt.date.today()
    entered = ValueService(store).values_of_locality(locality_id)
    result = []
    for info in IndicatorService(store).of_locality(locality_id):
        code = info.data.computed
        values = computed_values(store, locality_id, code, today) if code \
            else entered.get(info.id, {})
        result.append(IndicatorStatus(info, values, evaluate(info.spec, values, today),
                                      (measure_titles or {}).get(info.data.measure_id or "", "")))
    return result


def locality_indicators(store: Store, locality_id: str,
                        today: dt.date | None = None) -> LocalityIndicators:
    today = today or dt.date.today()
    locality = LocalityService(store).get(locality_id)
    plans = PlanService(store)
    versions = plans.plans(locality_id)
    tree = plans.tree(versions[0].id) if versions else []
    by_status = plans.measures_by_status(versions[0].id) if versions else {}
    titles = {m.lineage_id: m.title for a in tree for g in a.goals for m in g.measures}
    projects = ProjectService(store)
    return LocalityIndicators(
        locality_id, locality.name, today,
        [p for p in locality.phases if p.contains(today)], versions, tree, by_status,
        indicator_statuses(store, locality_id, today, titles),
        projects.of_locality(locality_id), projects.summary(locality_id),
        ReviewService(store).states(locality_id))
