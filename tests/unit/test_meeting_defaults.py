"""A body's next meeting starts from its last one: place, times, facilitator, minute-taker and
invitees (members who left are not invited again; guests are not carried over)."""

from __future__ import annotations

import datetime as dt

from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.bodies import BodyService


def body_named(store, locality_id, name):
    return next(b for b in BodyService(store).list(locality_id) if b.name == name)


def test_next_meeting_copies_the_last_ones_setup(demo_store, demo_locality_id):
    meetings, bodies = MeetingService(demo_store), BodyService(demo_store)
    body = body_named(demo_store, demo_locality_id, "PS Vzdělávání")
    last = meetings.last_of_body(body.id)
    assert last.title == "PS Vzdělávání – školní docházka"
    last_invited = {a.actor_id for a in meetings.detail(last.id).invitees}
    leaver = next(m for m in bodies.members(body.id) if m.actor_id in last_invited)
    bodies.end_membership(leaver.id, dt.date(2026, 1, 31))
    created = meetings.create(demo_locality_id, MeetingData(
        title="PS Vzdělávání – leden", date=dt.date(2027, 1, 14), body_id=body.id),
        copy_last=True)
    assert (created.place, created.facilitator, created.minute_taker) == (
        "ZŠ Dolní Bránice, sborovna", "Mgr. Tereza Novotná", "Bc. Monika Jelínková")
    assert (created.start_time, created.end_time) == (dt.time(13, 30), dt.time(15, 0))
    invited = {a.actor_id for a in meetings.detail(created.id).invitees}
    members = {m.actor_id for m in bodies.members(body.id)}
    assert invited == (last_invited | members) - {leaver.actor_id}
    assert not meetings.detail(created.id).guests  # no guests


def test_what_the_user_typed_wins_and_without_copying_nothing_is_taken(demo_store,
                                                                       demo_locality_id):
    meetings = MeetingService(demo_store)
    body = body_named(demo_store, demo_locality_id, "PS Vzdělávání")
    typed = meetings.create(demo_locality_id, MeetingData(
        title="Výjezdní", date=dt.date(2027, 2, 1), body_id=body.id, place="Knihovna",
        start_time=dt.time(16, 0), end_time=dt.time(17, 0)), copy_last=True)
    assert (typed.place, typed.start_time, typed.facilitator) == (
        "Knihovna", dt.time(16, 0), "Mgr. Tereza Novotná")
    plain = meetings.create(demo_locality_id, MeetingData(
        title="Bez kopie", date=dt.date(2027, 3, 1), body_id=body.id))
    assert (plain.place, plain.facilitator, plain.start_time) == ("", "", None)
