"""Kontrola úkolů: the reviewing meeting marks a body's open tasks done, postponed or commented."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.errors import ValidationError
from obecdesk.store.natural_keys import task_review_id


@pytest.fixture
def world(store):
    world = build_world(store)
    world.meetings = MeetingService(store)
    return world


@pytest.fixture
def tasks(world):
    """Two open tasks agreed in May, reviewed at the June meeting: (june id, task ids)."""
    may = world.body_meeting(dt.date(2025, 5, 12), title="PS Bydlení – květen")
    actions = world.meetings.actions
    first = actions.add(may, ActionItemData("Dodat přehled dluhů na nájemném",
                                            world.actors["sas"], dt.date(2025, 6, 1)))
    second = actions.add(may, ActionItemData("Připravit návrh pravidel",
                                             world.actors["radni"], dt.date(2025, 6, 10)))
    june = world.body_meeting(dt.date(2025, 6, 13))
    return june, first.id, second.id


def test_done_postponed_and_commented_change_the_tasks_and_stay_on_the_review_list(world,
                                                                                   tasks):
    june, first, second = tasks
    reviews = world.meetings.reviews
    reviews.review(june, first, "done", comment="Přehled předán radě")
    reviews.review(june, second, "postponed", new_due_date=dt.date(2025, 9, 30))
    detail = world.meetings.detail(june, today=dt.date(2025, 6, 13))
    by_id = {item.id: item for item in detail.to_review}
    assert set(by_id) == {first, second}  # the done one stays listed at this meeting
    assert by_id[first].status == "done" and by_id[first].done_on == dt.date(2025, 6, 13)
    assert by_id[second].due_date == dt.date(2025, 9, 30) and by_id[second].status == "open"
    assert detail.reviews[first].state_text == "splněno; Přehled předán radě"
    assert detail.reviews[second].state_text == "odloženo do 30. 9. 2025"
    # the next meeting no longer sees the done task, still the postponed one
    july = world.body_meeting(dt.date(2025, 7, 10), title="PS Bydlení – červenec")
    assert [i.id for i in world.meetings.detail(july).to_review] == [second]


def test_reviewing_again_replaces_the_entry_and_reopens_a_task_marked_done(world, tasks, store):
    june, first, _second = tasks
    reviews = world.meetings.reviews
    reviews.review(june, first, "done")
    reviews.review(june, first, "continues", comment="Čeká se na data z bytového odboru")
    detail = world.meetings.detail(june)
    assert detail.reviews[first].state_text == "trvá; Čeká se na data z bytového odboru"
    assert next(i for i in detail.to_review if i.id == first).status == "open"
    assert list(detail.reviews) == [first]
    from obecdesk.store.models import TaskReview
    with store.reading() as session:
        assert session.get(TaskReview, task_review_id(june, first)) is not None


def test_bad_reviews_are_refused_in_czech_and_change_nothing(world, tasks):
    june, first, _second = tasks
    reviews = world.meetings.reviews
    with pytest.raises(ValidationError, match="potřebuje nový termín"):
        reviews.review(june, first, "postponed")
    with pytest.raises(ValidationError, match="musí být po dosavadním"):
        reviews.review(june, first, "postponed", new_due_date=dt.date(2025, 5, 20))
    other = world.meetings.create(world.locality_id, world.meetings.get(june).data().__class__(
        title="Řídicí tým", date=dt.date(2025, 6, 20), body_id=world.other_body_id)).id
    with pytest.raises(ValidationError, match="téhož orgánu"):
        reviews.review(other, first, "done")
    assert world.meetings.detail(june).reviews == {}
    assert world.meetings.actions.to_review(june)[0].status == "open"
