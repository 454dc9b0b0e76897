"""The merge between real stores: per-field last writer wins, a conflict log, one-way fields."""

from __future__ import annotations

import datetime as dt

import store_backends
from sync_support import conflict_values, dump, exchange, open_replicas

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME, PersonalDataService
from obecdesk.core.vocabulary.meetings import MeetingKind, MeetingStatus

pytestmark = store_backends.BOTH  # HQ imports and merges on PostgreSQL too


def two(tmp_path, monkeypatch):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lipník", themes=["housing"]))
    exchange(a, b)
    return a, b, loc.id


def edit_locality(store, loc_id, **changes):
    service = LocalityService(store)
    data = service.get(loc_id).data()
    for key, value in changes.items():
        setattr(data, key, value)
    service.update(loc_id, data)


def test_a_new_row_arrives_whole_and_a_second_exchange_changes_nothing(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    actor = ActorService(a).create(loc_id, ActorData(name="Mgr. Jana Čurejová", tags=["škola"]))
    exchange(a, b)
    assert dump(a, derived=True) == dump(b, derived=True)  # the search key is computed on B
    assert ActorService(b).get(actor.id).name == "Mgr. Jana Čurejová"
    seq = b.change_seq()
    again = exchange(a, b)
    assert again.applied == 0 and b.change_seq() == seq


def test_reapplying_the_same_changes_is_a_no_op(tmp_path, monkeypatch):
    from obecdesk.sync.field_changes import changes_since
    from obecdesk.sync.merge import apply_changes

    a, b, loc_id = two(tmp_path, monkeypatch)
    edit_locality(a, loc_id, region="Olomoucký")
    feed = changes_since(a)
    apply_changes(b, feed.changes, origin=a.replica_id)
    before, seq = dump(b), b.change_seq()
    result = apply_changes(b, feed.changes, origin=a.replica_id)
    assert result.applied == 0 and result.conflicts == 0
    assert dump(b) == before and b.change_seq() == seq


def test_concurrent_edits_of_one_field_converge_and_the_loser_is_logged(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    edit_locality(a, loc_id, region="Olomoucký")
    edit_locality(b, loc_id, region="Zlínský")  # later stamp: wins
    exchange(a, b)
    exchange(b, a)
    assert dump(a) == dump(b)
    assert LocalityService(a).get(loc_id).region == "Zlínský"
    for store in (a, b):
        assert ("concurrent", "region", "Zlínský", "Olomoucký") in conflict_values(store)
    assert a.conflict_count() == 1


def test_edits_of_different_fields_both_survive_without_a_conflict(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    edit_locality(a, loc_id, region="Olomoucký")
    edit_locality(b, loc_id, population=4200)
    exchange(a, b)
    exchange(b, a)
    info = LocalityService(a).get(loc_id)
    assert (info.region, info.population) == ("Olomoucký", 4200)
    assert dump(a) == dump(b) and a.conflict_count() == b.conflict_count() == 0


def test_a_later_edit_made_after_seeing_the_first_is_no_conflict(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    edit_locality(a, loc_id, region="Olomoucký")
    exchange(a, b)
    edit_locality(b, loc_id, region="Zlínský")
    exchange(b, a)
    assert LocalityService(a).get(loc_id).region == "Zlínský"
    assert a.conflict_count() == b.conflict_count() == 0


def test_sets_merge_element_by_element(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    edit_locality(a, loc_id, themes=["housing", "debt"])   # adds debt
    edit_locality(b, loc_id, themes=[])                    # removes housing
    exchange(a, b)
    exchange(b, a)
    assert sorted(LocalityService(a).get(loc_id).themes) == ["debt"]
    assert dump(a) == dump(b)


def test_a_deletion_wins_over_a_later_edit_on_another_replica(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    actor = ActorService(a).create(loc_id, ActorData(name="Petr Novák"))
    exchange(a, b)
    ActorService(a).delete(actor.id)
    data = ActorService(b).get(actor.id).data()
    data.role = "ředitel"
    ActorService(b).update(actor.id, data)
    exchange(b, a)
    exchange(a, b)
    assert dump(a) == dump(b)
    assert dump(a)["actors"][actor.id]["deleted"] is True


def test_the_meeting_status_only_moves_forward(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    meeting = MeetingService(a).create(loc_id, MeetingData(
        title="Veřejné setkání", date=dt.date(2025, 6, 13), kind=MeetingKind.PUBLIC))
    exchange(a, b)
    MeetingService(a).set_status(meeting.id, MeetingStatus.AGENDA_SENT,
                                 on=dt.date(2025, 6, 1))
    MeetingService(b).update(meeting.id, MeetingData(
        title="Veřejné setkání v Lipníku", date=dt.date(2025, 6, 13), kind=MeetingKind.PUBLIC))
    exchange(b, a)
    exchange(a, b)
    assert dump(a) == dump(b)
    assert dump(b)["meetings"][meeting.id]["status"] == MeetingStatus.AGENDA_SENT


def test_erasure_wins_and_the_conflict_log_keeps_no_erased_value(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    actor = ActorService(a).create(loc_id, ActorData(name="Jana Čurejová",
                                                     email="jana@example.cz"))
    exchange(a, b)
    data = ActorService(b).get(actor.id).data()
    data.name, data.email = "Jana Čurejová-Nová", "nova@example.cz"
    ActorService(b).update(actor.id, data)
    PersonalDataService(a).erase(actor.id)  # erased on A while B was editing
    exchange(a, b)
    exchange(b, a)
    assert dump(a) == dump(b)
    for store in (a, b):
        row = dump(store)["actors"][actor.id]
        assert row["name"] == ANONYMOUS_NAME and row["email"] == "" and row["erased"] is True
        for _kind, _field, kept, lost in conflict_values(store):
            assert "Čurejová" not in str(kept) + str(lost) and "example.cz" not in str(lost)


def test_a_relay_passes_on_rows_with_old_stamps(tmp_path, monkeypatch):
    a, b, c = open_replicas(tmp_path, monkeypatch, 3)
    exchange(b, c)  # C has acknowledged B's early changes
    loc = LocalityService(a).create(LocalityData(name="Lipník"))
    exchange(a, b)
    exchange(b, c)  # A's rows reach C through B, with A's older stamps
    assert LocalityService(c).get(loc.id).name == "Lipník"
    assert dump(a) == dump(b) == dump(c)


def test_the_local_clock_moves_past_every_applied_stamp(tmp_path, monkeypatch):
    from obecdesk.store.hlc import HybridClock

    a, b, loc_id = two(tmp_path, monkeypatch)
    ahead = HybridClock(a.replica_id, now_ms=lambda: int(dt.datetime.now().timestamp() * 1000)
                        + 3_600_000)
    a.clock = ahead  # A's laptop is an hour ahead
    edit_locality(a, loc_id, region="Olomoucký")
    exchange(a, b)
    edit_locality(b, loc_id, region="Zlínský")  # B's user edits after seeing A's value
    exchange(b, a)
    assert LocalityService(a).get(loc_id).region == "Zlínský"


def test_erasing_a_person_blanks_their_values_in_the_conflict_log(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    actor = ActorService(a).create(loc_id, ActorData(name="Jana Čurejová", role="ředitelka"))
    exchange(a, b)
    for store, role in ((a, "zástupkyně ředitele"), (b, "učitelka")):
        data = ActorService(store).get(actor.id).data()
        data.role = role
        ActorService(store).update(actor.id, data)
    exchange(b, a)
    assert ("concurrent", "role", "učitelka", "zástupkyně ředitele") in conflict_values(a)
    PersonalDataService(a).erase(actor.id)
    assert conflict_values(a) == [("concurrent", "role", None, None)]
