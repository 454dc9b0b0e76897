"""Recording "pozvánky rozeslány" moves a planned meeting on, so the date and status agree."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.meeting_changes import MeetingChanges
from obecdesk.core.meetings.service import MeetingService


@pytest.fixture
def world(store):
    world = build_world(store)
    world.meetings = MeetingService(store)
    return world


@pytest.mark.parametrize("record", ["service", "save"])
def test_sending_the_invitations_moves_a_planned_meeting_to_agenda_sent(world, record):
    meeting_id = world.body_meeting()
    assert world.meetings.get(meeting_id).status == "planned"
    day = dt.date(2025, 6, 3)
    if record == "service":
        world.meetings.set_invitations_sent(meeting_id, day)
    else:
        world.meetings.save(meeting_id, MeetingChanges(invitations_sent_on=day))
    info = world.meetings.get(meeting_id)
    assert (info.status, info.agenda_sent_on, info.invitations_sent_on) == (
        "agenda_sent", day, day)
    # clearing the date again does not move the status back (it only moves forward)
    world.meetings.set_invitations_sent(meeting_id, None)
    assert world.meetings.get(meeting_id).status == "agenda_sent"


def test_a_meeting_already_held_keeps_its_status_and_step_dates(world):
    meeting_id = world.body_meeting()
    world.meetings.set_status(meeting_id, "held", on=dt.date(2025, 6, 13))
    world.meetings.set_invitations_sent(meeting_id, dt.date(2025, 6, 1))
    info = world.meetings.get(meeting_id)
    assert (info.status, info.agenda_sent_on) == ("held", None)


def test_the_demo_never_has_invitations_sent_for_a_meeting_still_planned(demo_store):
    meetings = MeetingService(demo_store)
    from obecdesk.core.localities import LocalityService
    for locality in LocalityService(demo_store).list(include_archived=True):
        for meeting in meetings.list(locality.id):
            if meeting.invitations_sent_on is not None:
                assert meeting.status != "planned", meeting.title
                assert meeting.agenda_sent_on is not None, meeting.title
