"""Decisions are numbered per body and year (``PS-B 2025/07``); numbers are never reused."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.errors import ValidationError


@pytest.fixture
def world(store):
    return build_world(store)


def test_numbers_run_per_body_and_year_with_two_digits(world):
    june = world.body_meeting(dt.date(2025, 6, 13))
    september = world.body_meeting(dt.date(2025, 9, 12))
    steering = world.body_meeting(dt.date(2025, 9, 1), body_id=world.other_body_id)
    next_year = world.body_meeting(dt.date(2026, 1, 20))
    decisions = world.meetings.decisions
    codes = [decisions.add(june, DecisionData("Schvaluje se program.")).code,
             decisions.add(june, DecisionData("Doporučuje se radě města …")).code,
             decisions.add(september, DecisionData("Bere se na vědomí.")).code,
             decisions.add(steering, DecisionData("Řídicí tým souhlasí.")).code,
             decisions.add(next_year, DecisionData("Nový rok.")).code]
    assert codes == ["PS-B 2025/01", "PS-B 2025/02", "PS-B 2025/03", "ŘT 2025/01",
                     "PS-B 2026/01"]
    assert decisions.preview_code(september) == "PS-B 2025/04"


def test_a_deleted_decision_keeps_its_number(world):
    meeting = world.body_meeting()
    first = world.meetings.decisions.add(meeting, DecisionData("První."))
    world.meetings.decisions.remove(first.id)
    assert world.meetings.decisions.add(meeting, DecisionData("Druhé.")).code == "PS-B 2025/02"
    assert [d.text for d in world.meetings.decisions.list(meeting)] == ["Druhé."]


def test_meetings_without_a_body_number_per_kind_and_locality(world):
    public = world.meetings.create(world.locality_id, MeetingData(
        title="Veřejné setkání", date=dt.date(2025, 4, 2), kind="public")).id
    table = world.meetings.create(world.locality_id, MeetingData(
        title="Kulatý stůl", date=dt.date(2025, 4, 9), kind="round_table")).id
    elsewhere = world.meetings.create(world.other_locality_id, MeetingData(
        title="Veřejné setkání", date=dt.date(2025, 4, 2), kind="public")).id
    add = world.meetings.decisions.add
    assert add(public, DecisionData("A")).code == "VS 2025/01"
    assert add(public, DecisionData("B")).code == "VS 2025/02"
    assert add(table, DecisionData("C")).code == "KS 2025/01"
    assert add(elsewhere, DecisionData("D")).code == "VS 2025/01"


def test_how_decided_defaults_to_the_meeting_rule_and_votes_are_kept(world):
    meeting = world.body_meeting(decision_rule="two_thirds")
    decision = world.meetings.decisions.add(meeting, DecisionData(
        "Doporučuje se zpracovat pravidla.", votes_for=7, votes_against=1, votes_abstained=0))
    assert decision.how_decided == "two_thirds"
    assert decision.how_decided_label == "dvoutřetinová většina"
    assert decision.votes_text == "pro 7, proti 1, zdrželi se 0"
    edited = world.meetings.decisions.update(decision.id, DecisionData(
        "Doporučuje se zpracovat pravidla do září.", how_decided="consensus"))
    assert edited.code == decision.code and edited.how_decided == "consensus"
    assert edited.votes_text == ""


@pytest.mark.parametrize("data, message", [
    (DecisionData(""), "musí mít text"),
    (DecisionData("X", votes_for=-1), "záporný"),
    (DecisionData("X", how_decided="coin"), "Neznámý způsob"),
])
def test_bad_decisions_are_refused_without_using_a_number(world, data, message):
    meeting = world.body_meeting()
    with pytest.raises(ValidationError, match=message):
        world.meetings.decisions.add(meeting, data)
    assert world.meetings.decisions.preview_code(meeting) == "PS-B 2025/01"


def test_a_decision_can_only_hang_on_an_item_of_its_own_meeting(world):
    from obecdesk.core.meetings.agenda_timing import AgendaItemData

    one, two = world.body_meeting(), world.body_meeting(dt.date(2025, 7, 1))
    item = world.meetings.agenda.add_item(two, AgendaItemData("Bod"))
    with pytest.raises(ValidationError, match="téhož jednání"):
        world.meetings.decisions.add(one, DecisionData("X", agenda_item_id=item.id))


def test_removing_an_agenda_item_keeps_its_decision_unattached(world):
    from obecdesk.core.meetings.agenda_timing import AgendaItemData

    meeting = world.body_meeting()
    item = world.meetings.agenda.add_item(meeting, AgendaItemData("Pravidla"))
    decision = world.meetings.decisions.add(meeting, DecisionData("X", agenda_item_id=item.id))
    world.meetings.agenda.remove_item(item.id)
    (kept,) = world.meetings.decisions.list(meeting)
    assert kept.code == decision.code and kept.agenda_item_id is None
    edited = world.meetings.decisions.update(kept.id, DecisionData("X upraveno"))
    assert edited.text == "X upraveno"


def test_a_meeting_with_decisions_cannot_move_to_another_year(world):
    meeting = world.body_meeting(dt.date(2025, 12, 18))
    world.meetings.decisions.add(meeting, DecisionData("Schvaluje plán na rok 2026."))
    data = world.meetings.get(meeting).data()
    data.date = dt.date(2026, 1, 8)
    with pytest.raises(ValidationError, match="usnesení číslovaná v roce 2025"):
        world.meetings.update(meeting, data)
    assert world.meetings.get(meeting).date == dt.date(2025, 12, 18)
    data.date = dt.date(2025, 12, 30)  # within the year is fine
    assert world.meetings.update(meeting, data).date == dt.date(2025, 12, 30)
    plain = world.body_meeting(dt.date(2025, 12, 19))
    data = world.meetings.get(plain).data()
    data.date = dt.date(2026, 1, 9)
    assert world.meetings.update(plain, data).date == dt.date(2026, 1, 9)
