"""The strategic plan: a revision keeps the previous version readable; measures by status;
project summary; the demo locality's plan and computed indicators."""

import datetime as dt

from obecdesk.core.indicators.overview import locality_indicators
from obecdesk.core.indicators.plan_revision import revise_plan
from obecdesk.core.indicators.plans import MeasureData, PlanService
from obecdesk.core.indicators.projects import ProjectData, ProjectService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.vocabulary.indicators import ProgressStatus


def test_a_revision_copies_the_plan_and_leaves_the_old_version_as_it_was(store):
    loc = LocalityService(store).create(LocalityData("Horní Lhota")).id
    plans = PlanService(store)
    v1 = plans.create_plan(locality_id=loc, title="Plán 2024–2026",
                           adopted_on=dt.date(2024, 3, 1))
    area = plans.add_area(v1, "Bydlení", theme="housing")
    goal = plans.add_goal(area, "Méně vystěhování")
    measure = plans.add_measure(area, MeasureData("Prevence ztráty bydlení"), goal_id=goal)
    v2 = revise_plan(store, v1, adopted_on=dt.date(2025, 9, 1))
    new_measure = plans.tree(v2)[0].goals[0].measures[0]
    plans.set_measure_status(new_measure.id, "dropped")
    assert [p.version for p in plans.plans(loc)] == [2, 1]
    old = plans.tree(v1)[0].goals[0].measures[0]
    assert old.id == measure and old.status == "planned"
    assert new_measure.lineage_id == measure and new_measure.id != measure
    assert plans.measures_by_status(v2)["dropped"] == 1
    assert plans.measures_by_status(v1)["planned"] == 1


def test_project_summary_counts_what_hq_reports(store):
    loc = LocalityService(store).create(LocalityData("Horní Lhota")).id
    projects = ProjectService(store)
    for title, status, requested, approved, people in [
            ("A", "idea", None, None, None), ("B", "preparation", 100_00, None, None),
            ("C", "submitted", 2_000_000_00, None, None),
            ("D", "approved", 1_500_000_00, 1_200_000_00, 12),
            ("E", "finished", 3_600_000_00, 3_456_789_50, 85),
            ("F", "rejected", 500_000_00, None, None), ("G", "withdrawn", 10_00, None, None)]:
        projects.create(loc, ProjectData(title, status=status, requested_hal=requested,
                                         approved_hal=approved, people_supported=people))
    s = projects.summary(loc)
    assert (s.prepared, s.submitted, s.approved) == (6, 4, 2)
    assert s.obtained_hal == 4_656_789_50 and s.in_evaluation_hal == 2_000_000_00
    assert s.people_supported == 97


def test_the_demo_plan_has_two_versions_indicators_with_values_and_one_off_track(
        demo_store, demo_locality_id):
    data = locality_indicators(demo_store, demo_locality_id, dt.date(2026, 11, 30))
    assert [p.version for p in data.plans] == [2, 1]
    entered = [i for i in data.indicators if not i.computed]
    assert len(entered) >= 8
    quarterly = [i for i in entered if len(i.values) == 8]
    assert len(quarterly) >= 8
    off = [i.info.name for i in data.off_track if not i.computed]
    assert off == ["Pracovní místa v sociální firmě"]
    assert "v 3. čtvrtletí 2026 čekáno 8,5, dosaženo 4" in data.off_track[0].progress.reason
    computed = {i.info.data.computed: i for i in data.indicators if i.computed}
    assert computed["meetings_held"].values and sum(computed["meetings_held"].values.values()) == 4
    assert data.measures_by_status["dropped"] == 1 and len(data.projects) == 12
    assert data.summary.in_evaluation_hal == 12_500_000_00
    assert {i.progress.status for i in data.indicators} >= {
        ProgressStatus.ON_TRACK, ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK}
