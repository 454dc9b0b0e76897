"""Building and pruning the plan by hand: a plan with its heading, areas, goals and measures
changed and removed as synced tombstones; indicators of a removed measure stay."""

import datetime as dt

import pytest
from sqlalchemy import select

from obecdesk.core.indicators.definitions import IndicatorData, IndicatorService
from obecdesk.core.indicators.plan_edits import PlanEditService
from obecdesk.core.indicators.plans import MeasureData, PlanService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.errors import ValidationError
from obecdesk.store.models import Measure, PlanGoal


@pytest.fixture
def plan(store):
    loc = LocalityService(store).create(LocalityData("Horní Lhota")).id
    plans = PlanService(store)
    plan_id = plans.create_plan(locality_id=loc, title="Plán 2025–2027", version=2,
                                valid_from=dt.date(2025, 1, 1), valid_to=dt.date(2027, 12, 31))
    area = plans.add_area(plan_id, "Zaměstnanost", theme="employment")
    goal = plans.add_goal(area, "Víc lidí v práci")
    firm = plans.add_measure(area, MeasureData("Sociální firma", "social_enterprise"),
                             goal_id=goal)
    loose = plans.add_measure(area, MeasureData("Poradna"))
    return loc, plan_id, area, goal, firm, loose


def test_the_plan_heading_is_checked_and_can_be_changed(store, plan):
    loc, plan_id, *_ = plan
    plans, edits = PlanService(store), PlanEditService(store)
    assert plans.current_plan(loc).version == 2
    with pytest.raises(ValidationError, match="musí mít název"):
        edits.update_plan(plan_id, title=" ", version=2)
    with pytest.raises(ValidationError, match="dřívějšího data"):
        plans.create_plan(locality_id=loc, title="X", valid_from=dt.date(2025, 2, 1),
                          valid_to=dt.date(2025, 1, 1))
    edits.update_plan(plan_id, title="Strategický plán", version=2,
                      adopted_on=dt.date(2025, 3, 12), valid_from=dt.date(2025, 1, 1))
    info = plans.current_plan(loc)
    assert (info.title, info.adopted_on, info.valid_to) == ("Strategický plán",
                                                            dt.date(2025, 3, 12), None)
    assert len(plans.plans(loc)) == 1
    v3 = plans.revise(plan_id)
    with pytest.raises(ValidationError, match="Verzi 2 už plán lokality má"):
        edits.update_plan(v3, title="Strategický plán", version=2)
    assert [p.version for p in plans.plans(loc)] == [3, 2]


def test_areas_and_goals_need_a_name_and_can_be_renamed(store, plan):
    _loc, plan_id, area, goal, *_ = plan
    plans, edits = PlanService(store), PlanEditService(store)
    with pytest.raises(ValidationError, match="Oblast plánu musí mít název"):
        plans.add_area(plan_id, "  ")
    with pytest.raises(ValidationError, match="Cíl musí mít název"):
        plans.add_goal(area, "")
    edits.update_area(area, "Práce a zaměstnanost", theme="employment")
    edits.update_goal(goal, "Víc místních lidí v práci")
    tree = plans.tree(plan_id)
    assert tree[0].title == "Práce a zaměstnanost" and tree[0].theme == "employment"
    assert tree[0].goals[0].title == "Víc místních lidí v práci"


def test_a_measure_moves_between_goals_of_its_area_only(store, plan):
    _loc, plan_id, area, goal, firm, loose = plan
    plans, edits = PlanService(store), PlanEditService(store)
    edits.move_measure(loose, goal)
    assert [m.title for m in plans.tree(plan_id)[0].goals[0].measures] == [
        "Sociální firma", "Poradna"]
    other = plans.add_goal(plans.add_area(plan_id, "Bydlení"), "Bydlet")
    with pytest.raises(ValidationError, match="své oblasti"):
        edits.move_measure(firm, other)
    edits.move_measure(firm, None)
    goals = plans.tree(plan_id)[0].goals
    assert [(g.id, [m.title for m in g.measures]) for g in goals] == [
        (goal, ["Poradna"]), (None, ["Sociální firma"])]


def test_removals_are_tombstones_that_take_the_children_and_leave_indicators(store, plan):
    loc, plan_id, area, goal, firm, loose = plan
    plans, edits = PlanService(store), PlanEditService(store)
    IndicatorService(store).create(loc, IndicatorData("Pracovní místa", measure_id=firm), {})
    scope = edits.removal_scope("area", area)
    assert (scope.title, scope.goals, scope.measures, scope.indicators) == (
        "Zaměstnanost", 1, 2, 1)
    assert edits.removal_scope("goal", goal).measures == 1

    edits.delete_measure(loose)
    assert [m.title for g in plans.tree(plan_id)[0].goals for m in g.measures] == [
        "Sociální firma"]
    edits.delete_goal(goal)
    assert plans.tree(plan_id)[0].goals == []
    edits.delete_area(area)
    assert plans.tree(plan_id) == []
    with store.reading() as session:  # tombstones, so the removal travels in the bundle
        assert all(m.deleted for m in session.scalars(select(Measure)))
        assert all(g.deleted for g in session.scalars(select(PlanGoal)))
    assert [i.name for i in IndicatorService(store).of_locality(loc)] == ["Pracovní místa"]
    assert plans.measures_by_status(plan_id)["planned"] == 0
