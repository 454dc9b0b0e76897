"""HQ's review rules on one store: what needs a comment, who may do what, the order of the
notes, and a measure's notes following it into the next version of the plan."""

import pytest
from sqlalchemy import update

from obecdesk.core.indicators.plans import MeasureData, PlanService
from obecdesk.core.indicators.projects import ProjectData, ProjectService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.reviews import ReviewService
from obecdesk.errors import NotFound, ValidationError
from obecdesk.store.models import LocalReplica

pytestmark = pytest.mark.backends  # HQ's store may be PostgreSQL


def _role(store, role):
    with store.unit_of_work() as session:
        session.execute(update(LocalReplica).values(role=role, name=f"replika {role}"))


@pytest.fixture
def world(store):
    loc = LocalityService(store).create(LocalityData("Horní Lhota")).id
    plans = PlanService(store)
    plan = plans.create_plan(locality_id=loc, title="Plán")
    area = plans.add_area(plan, "Bydlení", theme="housing")
    measure = plans.add_measure(area, MeasureData("Krizové bydlení"))
    projects = ProjectService(store)
    first = projects.create(loc, ProjectData("Azylový byt"))
    second = projects.create(loc, ProjectData("Sociální realitní agentura"))
    _role(store, "hq")
    return store, loc, plan, measure, first, second


def test_returning_needs_a_comment_and_an_answer_needs_a_returned_item(world):
    store, loc, _, _, project, _ = world
    reviews = ReviewService(store)
    with pytest.raises(ValidationError, match="potřebuje komentář"):
        reviews.review("project", project, "returned", "  ")
    with pytest.raises(ValidationError, match="Neznámý druh"):
        reviews.review("activity", project, "comment", "x")
    with pytest.raises(ValidationError, match="Neznámý stav"):
        reviews.review("project", project, "rejected", "x")
    with pytest.raises(NotFound, match="Projekt s id nic neexistuje"):
        reviews.review("project", "nic", "approved")
    _role(store, "field")
    with pytest.raises(ValidationError, match="není vrácena"):
        reviews.review("project", project, "corrected", "hotovo")
    assert reviews.notes(loc) == []


def test_notes_put_returned_items_first_and_comments_keep_the_state(world):
    store, loc, _, measure, first, second = world
    reviews = ReviewService(store)
    reviews.review("project", first, "approved")
    reviews.review("project", second, "returned", "Chybí částka.")
    reviews.review("measure", measure, "comment", "Pěkné.")
    reviews.review("project", second, "comment", "Termín výzvy je 30. 6.")
    notes = reviews.notes(loc)
    assert [(n.label, n.review.state) for n in notes] == [
        ("Sociální realitní agentura", "returned"), ("Krizové bydlení", "comment"),
        ("Azylový byt", "approved")]
    assert notes[0].review.comment == "Chybí částka."
    assert notes[0].review.last_comment == "Termín výzvy je 30. 6."
    assert notes[0].review.entries == 2 and notes[0].locality == "Horní Lhota"


def test_a_measure_keeps_its_notes_in_the_next_version_of_the_plan(world):
    store, loc, plan, measure, *_ = world
    reviews = ReviewService(store)
    reviews.review("measure", measure, "returned", "Doplňte rozpočet.")
    plans = PlanService(store)
    new_plan = plans.revise(plan)
    copy = next(m for a in plans.tree(new_plan) for g in a.goals for m in g.measures)
    assert copy.id != measure
    assert [e.comment for e in reviews.history("measure", copy.id)] == ["Doplňte rozpočet."]
    assert reviews.states(loc)[("measure", copy.lineage_id)].state == "returned"
