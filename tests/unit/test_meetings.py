"""Meetings: creation with default invitees, public meetings, status steps, edit, delete."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world
from sqlalchemy import func, select

from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.errors import NotFound, ValidationError
from obecdesk.store.models import Attendance, Meeting


@pytest.fixture
def world(store):
    return build_world(store)


def test_a_body_meeting_invites_the_current_members_of_the_body(world):
    meeting_id = world.body_meeting()
    detail = world.meetings.detail(meeting_id)
    names = [a.name for a in detail.invitees]
    # the member who left in March is not invited in June; the non-member is not either
    assert names == ["Řehoř Čermák", "Mgr. Jana Šimková", "Bc. Kateřina Žáková"]  # by surname
    assert all(a.status == "unknown" for a in detail.invitees)
    assert detail.meeting.body_name == "PS Bydlení" and detail.meeting.status == "planned"
    assert detail.locality_name == "Horní Lhota"


def test_invitees_can_be_given_explicitly(world):
    meeting = world.meetings.create(world.locality_id, MeetingData(
        title="Jednání", date=dt.date(2025, 6, 1), body_id=world.body_id),
        invitee_ids=[world.actors["host"]])
    assert [a.name for a in world.meetings.detail(meeting.id).invitees] == ["Ondřej Bártů"]


def test_a_public_meeting_has_no_body_and_may_count_heads(world):
    meeting = world.meetings.create(world.locality_id, MeetingData(
        title="Veřejné setkání na Výšině", date=dt.date(2025, 9, 4), kind="public",
        head_count=48))
    detail = world.meetings.detail(meeting.id)
    assert detail.meeting.body_id is None and detail.invitees == []
    assert detail.meeting.body_or_kind == "veřejné setkání" and detail.present_count == 48
    world.meetings.attendance.set_head_count(meeting.id, 52)
    assert world.meetings.get(meeting.id).head_count == 52
    with pytest.raises(ValidationError, match="jen u veřejného setkání"):
        world.meetings.attendance.set_head_count(world.body_meeting(), 12)


@pytest.mark.parametrize("changes, message", [
    ({"title": "  "}, "musí mít název"),
    ({"body_id": None}, "vybraný orgán"),
    ({"kind": "public"}, "nekonají za orgán"),
    ({"head_count": 10}, "jen u veřejného setkání"),
    ({"end_time": dt.time(8, 0)}, "Konec jednání"),
    ({"decision_rule": "lottery"}, "Neznámý způsob rozhodování: lottery"),
    ({"kind": "party"}, "Neznámý druh jednání: party"),
])
def test_bad_meeting_input_is_refused_and_changes_nothing(world, changes, message):
    with pytest.raises(ValidationError, match=message):
        world.body_meeting(**changes)
    with world.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_a_body_of_another_locality_is_refused(world):
    with pytest.raises(ValidationError, match="jiné lokalitě"):
        world.meetings.create(world.other_locality_id, MeetingData(
            title="X", date=dt.date(2025, 1, 1), body_id=world.body_id))


def test_status_moves_forward_recording_the_date_of_each_step(world):
    meeting_id = world.body_meeting()
    steps = [("agenda_sent", dt.date(2025, 6, 6), "agenda_sent_on"),
             ("held", dt.date(2025, 6, 13), "held_on"),
             ("minutes_approved", dt.date(2025, 6, 27), "minutes_approved_on"),
             ("minutes_published", dt.date(2025, 7, 1), "minutes_published_on")]
    for status, day, column in steps:
        info = world.meetings.set_status(meeting_id, status, on=day)
        assert info.status == status and getattr(info, column) == day
    info = world.meetings.get(meeting_id)
    assert (info.agenda_sent_on, info.held_on) == (dt.date(2025, 6, 6), dt.date(2025, 6, 13))
    assert info.status_label == "zápis zveřejněn"


def test_status_cannot_go_back(world):
    meeting_id = world.body_meeting()
    world.meetings.set_status(meeting_id, "held", on=dt.date(2025, 6, 13))
    with pytest.raises(ValidationError, match="nelze vrátit z „proběhlo“ zpět na „plánováno“"):
        world.meetings.set_status(meeting_id, "planned")
    info = world.meetings.get(meeting_id)
    assert info.status == "held" and info.agenda_sent_on is None  # a skipped step has no date


def test_held_cannot_be_recorded_before_the_meeting_date(world):
    meeting_id = world.body_meeting(dt.date(2025, 6, 13))
    with pytest.raises(ValidationError, match="nemohlo proběhnout dřív než 13. 6. 2025"):
        world.meetings.set_status(meeting_id, "held", on=dt.date(2025, 6, 12))
    assert world.meetings.get(meeting_id).status == "planned"


def test_step_dates_can_be_corrected_in_order(world):
    meeting_id = world.body_meeting(dt.date(2025, 6, 13))
    meetings = world.meetings
    meetings.set_status(meeting_id, "agenda_sent", on=dt.date(2025, 6, 6))
    meetings.set_status(meeting_id, "held", on=dt.date(2025, 6, 20))
    info = meetings.set_step_date(meeting_id, status="held", on=dt.date(2025, 6, 13))
    assert info.held_on == dt.date(2025, 6, 13)
    assert meetings.set_step_date(meeting_id, status="agenda_sent",
                                  on=dt.date(2025, 6, 2)).agenda_sent_on == dt.date(2025, 6, 2)
    with pytest.raises(ValidationError, match="nemohlo proběhnout dřív než 13. 6. 2025"):
        meetings.set_step_date(meeting_id, status="held", on=dt.date(2025, 6, 10))
    with pytest.raises(ValidationError, match="„program rozeslán“ .* nemůže být po"):
        meetings.set_step_date(meeting_id, status="agenda_sent", on=dt.date(2025, 6, 14))
    with pytest.raises(ValidationError, match="ještě nenastal"):
        meetings.set_step_date(meeting_id, status="minutes_approved", on=dt.date(2025, 6, 27))
    with pytest.raises(ValidationError, match="před krokem „proběhlo“"):  # after the previous step
        meetings.set_status(meeting_id, "minutes_approved", on=dt.date(2025, 6, 12))
    info = meetings.get(meeting_id)
    assert (info.agenda_sent_on, info.held_on, info.minutes_approved_on) == (
        dt.date(2025, 6, 2), dt.date(2025, 6, 13), None)


def test_update_changes_fields_and_list_is_per_locality_and_body(world):
    first = world.body_meeting(dt.date(2025, 6, 13))
    second = world.body_meeting(dt.date(2025, 9, 12), title="PS Bydlení – září")
    other = world.body_meeting(dt.date(2025, 7, 1), body_id=world.other_body_id, title="ŘT")
    data = world.meetings.get(first).data()
    data.place = "Komunitní centrum Výšina"
    assert world.meetings.update(first, data).place == "Komunitní centrum Výšina"
    assert [m.id for m in world.meetings.list(world.locality_id)] == [second, other, first]
    assert [m.id for m in world.meetings.list(world.locality_id, body_id=world.body_id)] == [
        second, first]
    assert world.meetings.list(world.other_locality_id) == []


def test_delete_leaves_tombstones_for_the_meeting_and_its_parts(world):
    meeting_id = world.body_meeting()
    world.meetings.delete(meeting_id)
    assert world.meetings.list(world.locality_id) == []
    with pytest.raises(NotFound, match="Jednání s id"):
        world.meetings.detail(meeting_id)
    with world.store.reading() as session:
        assert session.get(Meeting, meeting_id).deleted
        flags = session.scalars(select(Attendance.deleted).where(
            Attendance.meeting_id == meeting_id)).all()
        assert flags and all(flags)


def test_attendance_marks_guests_and_invitees(world):
    meeting_id = world.body_meeting()
    world.meetings.attendance.record(
        meeting_id, present=[world.actors["radni"], world.actors["sas"]],
        excused=[world.actors["ospod"]])
    guest = world.meetings.attendance.add_guest(meeting_id, "Ing. Ilona Straková", "Krajský úřad")
    added = world.meetings.attendance.add_invitee(meeting_id, world.actors["host"])
    world.meetings.attendance.set_status(added.id, "absent")
    detail = world.meetings.detail(meeting_id)
    statuses = {a.name: a.status for a in detail.attendance}
    assert statuses == {"Mgr. Jana Šimková": "present", "Řehoř Čermák": "present",
                        "Bc. Kateřina Žáková": "excused", "Ondřej Bártů": "absent",
                        "Ing. Ilona Straková": "present"}
    assert [g.name for g in detail.guests] == ["Ing. Ilona Straková"]
    assert detail.present_count == 3
    world.meetings.attendance.remove(guest.id)
    assert world.meetings.detail(meeting_id).guests == []


def test_attendance_refuses_strangers_and_bad_states(world):
    meeting_id = world.body_meeting()
    with pytest.raises(ValidationError, match="stejné lokality"):
        world.meetings.attendance.add_invitee(meeting_id, world.actors["far"])
    with pytest.raises(ValidationError, match="není mezi pozvanými"):
        world.meetings.attendance.record(meeting_id, present=[world.actors["host"]])
    with pytest.raises(ValidationError, match="Host musí mít jméno"):
        world.meetings.attendance.add_guest(meeting_id, " ")
    entry = world.meetings.detail(meeting_id).invitees[0]
    with pytest.raises(ValidationError, match="Neznámý stav účasti"):
        world.meetings.attendance.set_status(entry.id, "asleep")
    assert all(a.status == "unknown" for a in world.meetings.detail(meeting_id).attendance)


def test_the_list_pages_for_large_localities(world):
    ids = [world.body_meeting(dt.date(2025, 1, 1) + dt.timedelta(days=7 * n)) for n in range(7)]
    newest_first = list(reversed(ids))
    assert world.meetings.count(world.locality_id) == 7
    assert world.meetings.count(world.locality_id, body_id=world.other_body_id) == 0
    first = [m.id for m in world.meetings.list(world.locality_id, limit=3)]
    rest = [m.id for m in world.meetings.list(world.locality_id, limit=3, offset=3)]
    last = [m.id for m in world.meetings.list(world.locality_id, limit=3, offset=6)]
    assert first + rest + last == newest_first


def test_an_invitee_can_be_taken_off_the_list(world):
    meeting_id = world.body_meeting()
    world.meetings.attendance.remove_invitee(meeting_id, world.actors["sas"])
    world.meetings.attendance.remove_invitee(meeting_id, world.actors["host"])  # not invited
    names = [a.name for a in world.meetings.detail(meeting_id).invitees]
    assert names == ["Mgr. Jana Šimková", "Bc. Kateřina Žáková"]


def test_the_list_filters_by_status_and_by_no_body_in_sql(world):
    june = world.body_meeting(dt.date(2025, 6, 13))
    world.body_meeting(dt.date(2025, 9, 12), title="PS Bydlení – září")
    public = world.meetings.create(world.locality_id, MeetingData(
        title="Veřejné setkání na Výšině", date=dt.date(2025, 9, 4), kind="public")).id
    table = world.meetings.create(world.locality_id, MeetingData(
        title="Kulatý stůl k bezpečnosti", date=dt.date(2025, 10, 2), kind="round_table")).id
    world.meetings.set_status(june, "held", on=dt.date(2025, 6, 13))
    world.meetings.set_status(public, "held", on=dt.date(2025, 9, 4))
    meetings = world.meetings

    def ids(**filters):
        listed = [m.id for m in meetings.list(world.locality_id, **filters)]
        assert meetings.count(world.locality_id, **filters) == len(listed)
        return listed

    assert ids(without_body=True) == [table, public]
    assert ids(status="held") == [public, june]
    assert ids(status="held", without_body=True) == [public]
    assert ids(status="held", body_id=world.body_id) == [june]
    assert ids(status="minutes_published") == []
    assert [m.id for m in meetings.list(world.locality_id, without_body=True, limit=1,
                                        offset=1)] == [public]
    assert meetings.is_listed(public, world.locality_id, status="held", without_body=True)
    assert not meetings.is_listed(june, world.locality_id, without_body=True)
    with pytest.raises(ValidationError, match="Neznámý stav jednání: asleep"):
        meetings.list(world.locality_id, status="asleep")
