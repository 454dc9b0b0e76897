"""What the merge refuses or reports: stamps from the future, damaged stamps, forks; decision
numbers given by the numbering replica when a provisional decision arrives."""

from __future__ import annotations

import time

from meetings_world import build_world
from sync_support import dump, exchange, open_replicas

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.store.hlc import Stamp
from obecdesk.store.models import Locality
from obecdesk.sync.field_changes import FieldChange, changes_since
from obecdesk.sync.merge import apply_changes


def region_change(store, loc_id, value, stamp) -> FieldChange:
    return FieldChange("localities", loc_id, "region", "", value, stamp)


def setup(tmp_path, monkeypatch):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lipník"))
    exchange(a, b)
    return a, b, loc.id


def test_a_stamp_more_than_a_day_ahead_is_quarantined_and_changes_nothing(tmp_path, monkeypatch):
    a, b, loc_id = setup(tmp_path, monkeypatch)
    ahead = Stamp(int(time.time() * 1000) + 3 * 24 * 3600 * 1000, 0, a.replica_id)
    before = dump(b)
    result = apply_changes(b, [region_change(a, loc_id, "Zlínský", str(ahead))],
                           origin=a.replica_id)
    assert result.applied == 0 and "24 hodin v budoucnosti" in result.quarantined[0]
    assert dump(b) == before
    assert b.conflict_count() == 1  # the quarantined change waits in the log
    # the clock was not dragged forward: the next local stamp is from today
    LocalityService(b).update(loc_id, LocalityData(name="Lipník", region="Olomoucký"))
    assert Stamp.parse(dump(b)["localities"][loc_id]["region"] and
                       b.clock.tick()).wall_ms < ahead.wall_ms


def test_a_damaged_stamp_is_refused_without_stopping_the_rest(tmp_path, monkeypatch):
    a, b, loc_id = setup(tmp_path, monkeypatch)
    good = str(Stamp(int(time.time() * 1000), 5, a.replica_id))
    result = apply_changes(b, [
        region_change(a, loc_id, "Zlínský", "not-a-stamp"),
        region_change(a, loc_id, "4200", good)._replace(field="notes"),
    ], origin=a.replica_id)
    assert "Poškozené časové razítko" in result.quarantined[0]
    assert LocalityService(b).get(loc_id).notes == "4200"
    assert LocalityService(b).get(loc_id).region == ""


def test_changes_claiming_this_replica_that_it_never_made_are_a_fork(tmp_path, monkeypatch):
    a, b, loc_id = setup(tmp_path, monkeypatch)
    forged = str(Stamp(int(time.time() * 1000) + 1000, 0, b.replica_id))
    result = apply_changes(b, [region_change(a, loc_id, "Zlínský", forged)], origin=a.replica_id)
    assert result.forks == 1 and result.applied == 0
    assert LocalityService(b).get(loc_id).region == ""


def test_the_same_stamp_with_another_value_is_a_fork_not_a_silent_merge(tmp_path, monkeypatch):
    a, b, loc_id = setup(tmp_path, monkeypatch)
    LocalityService(a).update(loc_id, LocalityData(name="Lipník", region="Olomoucký"))
    change = next(c for c in changes_since(a).changes if c.field == "region")
    twin = change._replace(value="Zlínský")  # a clone of A wrote something else
    exchange(a, b)
    result = apply_changes(b, [twin], origin=a.replica_id)
    assert result.forks == 1
    assert LocalityService(b).get(loc_id).region == "Olomoucký"


def test_a_provisional_decision_gets_its_final_number_from_the_numbering_replica(
        tmp_path, monkeypatch):
    coordinator, hq = open_replicas(tmp_path, monkeypatch, 2)
    world = build_world(coordinator)
    with coordinator.unit_of_work() as session:  # the coordinator's laptop numbers the locality
        session.get(Locality, world.locality_id).numbering_replica_id = coordinator.replica_id
    meeting = world.body_meeting()
    exchange(coordinator, hq)
    provisional = MeetingService(hq).decisions.add(meeting, DecisionData("Z HQ."))
    assert provisional.number == 0
    exchange(hq, coordinator)
    numbered = MeetingService(coordinator).decisions.list(meeting)
    assert [d.code for d in numbered] == ["PS-B 2025/01"]
    exchange(coordinator, hq)  # the final code travels back
    assert [d.code for d in MeetingService(hq).decisions.list(meeting)] == ["PS-B 2025/01"]
    assert dump(coordinator) == dump(hq)
