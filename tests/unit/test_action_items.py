"""Action items: carried into the body's next meeting ("kontrola úkolů"), "my open tasks"."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.errors import ValidationError


@pytest.fixture
def world(store):
    return build_world(store)


def test_open_items_are_carried_into_the_next_meeting_of_the_body(world):
    june = world.body_meeting(dt.date(2025, 6, 13))
    actions = world.meetings.actions
    open_item = actions.add(june, ActionItemData(
        "Dodat přehled dluhů na nájemném", world.actors["sas"], dt.date(2025, 7, 15)))
    done = actions.add(june, ActionItemData("Rozeslat zápis", world.actors["radni"],
                                            dt.date(2025, 6, 20)))
    actions.set_status(done.id, "done", on=dt.date(2025, 6, 18))
    steering = world.body_meeting(dt.date(2025, 6, 20), body_id=world.other_body_id)
    actions.add(steering, ActionItemData("Úkol řídicího týmu"))

    september = world.body_meeting(dt.date(2025, 9, 12))
    detail = world.meetings.detail(september, today=dt.date(2025, 9, 1))
    assert [(i.text, i.owner_name, i.overdue) for i in detail.to_review] == [
        ("Dodat přehled dluhů na nájemném", "Řehoř Čermák", True)]
    assert detail.agenda.items[0].title == REVIEW_TITLE  # the agenda opens with the review
    assert detail.to_review[0].id == open_item.id
    # a body without open items gets no review item
    later = world.body_meeting(dt.date(2025, 10, 1), body_id=world.other_body_id)
    world.meetings.actions.set_status(
        world.meetings.actions.to_review(later)[0].id, "cancelled")
    fresh = world.body_meeting(dt.date(2025, 11, 1), body_id=world.other_body_id)
    assert world.meetings.detail(fresh).agenda.items == []


def test_done_records_the_day_and_reopening_clears_it(world):
    meeting = world.body_meeting()
    item = world.meetings.actions.add(meeting, ActionItemData("Svolat PS"))
    done = world.meetings.actions.set_status(item.id, "done", on=dt.date(2025, 6, 30))
    assert done.status_label == "splněný" and done.done_on == dt.date(2025, 6, 30)
    assert world.meetings.actions.set_status(item.id, "open").done_on is None


def test_my_open_tasks_span_localities_and_flag_overdue(world):
    here = world.body_meeting(dt.date(2025, 6, 13))
    there = world.meetings.create(world.other_locality_id, MeetingData(
        title="Kulatý stůl v Újezdě", date=dt.date(2025, 5, 1), kind="round_table")).id
    actions = world.meetings.actions
    actions.add(here, ActionItemData("Pozdě", due_date=dt.date(2025, 6, 30)))
    actions.add(there, ActionItemData("Včas", world.actors["far"], dt.date(2025, 8, 31)))
    actions.add(here, ActionItemData("Bez termínu"))
    cancelled = actions.add(here, ActionItemData("Zrušený", due_date=dt.date(2025, 1, 1)))
    actions.set_status(cancelled.id, "cancelled")

    today = dt.date(2025, 7, 10)
    tasks = actions.open_tasks(today)
    assert [(t.text, t.locality_name, t.overdue) for t in tasks] == [
        ("Pozdě", "Horní Lhota", True), ("Včas", "Dolní Újezd", False),
        ("Bez termínu", "Horní Lhota", False)]
    assert [t.text for t in actions.open_tasks(today, overdue_only=True)] == ["Pozdě"]
    assert [t.text for t in actions.open_tasks(today, locality_id=world.other_locality_id)] == [
        "Včas"]
    world.meetings.delete(there)
    assert "Včas" not in [t.text for t in actions.open_tasks(today)]


def test_bad_action_items_are_refused(world):
    meeting = world.body_meeting()
    with pytest.raises(ValidationError, match="musí mít popis"):
        world.meetings.actions.add(meeting, ActionItemData(" "))
    with pytest.raises(ValidationError, match="téže lokality"):
        world.meetings.actions.add(meeting, ActionItemData("X", world.actors["far"]))
    item = world.meetings.actions.add(meeting, ActionItemData("Y"))
    with pytest.raises(ValidationError, match="Neznámý stav úkolu"):
        world.meetings.actions.set_status(item.id, "maybe")
    assert [i.text for i in world.meetings.actions.list(meeting)] == ["Y"]


def test_changing_the_meeting_body_moves_its_action_items(world):
    june = world.body_meeting(dt.date(2025, 6, 13))
    item = world.meetings.actions.add(june, ActionItemData(
        "Dodat přehled dluhů na nájemném", world.actors["sas"], dt.date(2025, 7, 15)))
    stamp_before = _stamp(world, item.id)
    info = world.meetings.get(june)
    data = MeetingData(title=info.title, date=info.date, body_id=world.other_body_id,
                       start_time=info.start_time, end_time=info.end_time)
    world.meetings.update(june, data)
    assert _stamp(world, item.id) > stamp_before  # a synced edit like any other

    steering = world.body_meeting(dt.date(2025, 9, 1), body_id=world.other_body_id)
    detail = world.meetings.detail(steering, today=dt.date(2025, 8, 1))
    assert [i.text for i in detail.to_review] == ["Dodat přehled dluhů na nájemném"]
    assert detail.agenda.items[0].title == REVIEW_TITLE
    housing = world.body_meeting(dt.date(2025, 9, 2))
    assert world.meetings.detail(housing).to_review == []


def _stamp(world, item_id: str) -> str:
    from obecdesk.store.models import ActionItem

    with world.store.reading() as session:
        return session.get(ActionItem, item_id).updated_at
