"""The small rules the meeting screens ask the core: status steps, head counts, overdue items."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.action_items import is_overdue
from obecdesk.core.meetings.attendance import check_head_count, counts_heads
from obecdesk.core.meetings.meeting_status import DATED_STEPS, STEP_DATES, next_status
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.errors import ValidationError

TODAY = dt.date(2026, 11, 30)


def test_the_status_chain_moves_one_step_at_a_time_and_ends_at_publishing():
    chain, status = ["planned"], "planned"
    while (status := next_status(status)) is not None:
        chain.append(status)
    assert chain == ["planned", "agenda_sent", "held", "minutes_approved", "minutes_published"]
    assert next_status("no-such-status") is None


def test_every_step_but_planning_records_its_date_in_its_own_column():
    assert [s.value for s in DATED_STEPS] == ["agenda_sent", "held", "minutes_approved",
                                              "minutes_published"]
    assert [STEP_DATES[s.value] for s in DATED_STEPS] == [
        "agenda_sent_on", "held_on", "minutes_approved_on", "minutes_published_on"]


def test_a_stored_meeting_reports_its_step_dates_by_status(store):
    world = build_world(store)
    meeting_id = world.body_meeting(dt.date(2025, 6, 13))
    world.meetings.set_status(meeting_id, "held", on=dt.date(2025, 6, 13))
    assert world.meetings.get(meeting_id).step_dates() == {
        "agenda_sent": None, "held": dt.date(2025, 6, 13), "minutes_approved": None,
        "minutes_published": None}


@pytest.mark.parametrize("kind, counts", [("public", True), ("round_table", True),
                                          ("body", False)])
def test_only_public_meetings_and_round_tables_count_heads(kind, counts):
    assert counts_heads(kind) is counts
    check_head_count(kind, None)  # not recording a count is always fine
    if counts:
        check_head_count(kind, 40)
    else:
        with pytest.raises(ValidationError, match="jen u veřejného setkání"):
            check_head_count(kind, 40)


def test_a_head_count_is_never_negative():
    with pytest.raises(ValidationError, match="záporný"):
        check_head_count("public", -1)


def test_the_head_count_of_a_stored_meeting_goes_by_its_kind(store):
    world = build_world(store)
    round_table = world.meetings.create(world.locality_id, MeetingData(
        title="Kulatý stůl k zaměstnanosti", date=dt.date(2025, 9, 4), kind="round_table"))
    world.meetings.attendance.set_head_count(round_table.id, 23)
    assert world.meetings.get(round_table.id).head_count == 23


@pytest.mark.parametrize("status, due, overdue", [
    ("open", TODAY - dt.timedelta(days=1), True),
    ("open", TODAY, False),  # due today is not late yet
    ("open", None, False),
    ("done", TODAY - dt.timedelta(days=30), False),
    ("cancelled", TODAY - dt.timedelta(days=30), False),
])
def test_an_item_is_overdue_only_while_open_after_its_due_date(status, due, overdue):
    assert is_overdue(status, due, TODAY) is overdue
