"""What a replica itself changes while it merges a bundle (a final number for a provisional
decision) is a change of its own: it reaches the replica that sent the bundle, by bundles."""

from __future__ import annotations

from bundle_support import exchange_files, field_and_hq
from meetings_world import build_world
from sqlalchemy import select

from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.store.models import ChangeBatch, Locality
from obecdesk.sync.peers import share_locality

FINAL = "PS-B 2025/01"


def _codes(store, meeting: str) -> list[str]:
    return [d.code for d in MeetingService(store).decisions.list(meeting)]


def _numbering_world(field):
    world = build_world(field)
    with field.unit_of_work() as session:  # the coordinator's laptop numbers the locality
        session.get(Locality, world.locality_id).numbering_replica_id = field.replica_id
    return world, world.body_meeting()


def test_a_final_number_given_in_a_merge_reaches_the_sender(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    _world, meeting = _numbering_world(field)
    exchange_files(field, hq, tmp_path)
    MeetingService(hq).decisions.add(meeting, DecisionData("Z centrály."))
    exchange_files(hq, field, tmp_path)  # the laptop numbers it as it merges
    assert _codes(field, meeting) == [FINAL]
    exchange_files(field, hq, tmp_path)
    assert _codes(hq, meeting) == [FINAL]
    with field.reading() as session:  # the number is a batch of the laptop's own
        origins = list(session.scalars(select(ChangeBatch.origin).order_by(ChangeBatch.seq)))
    assert origins[-2:] == [hq.replica_id, "local"]


def test_a_final_number_reaches_the_laptop_that_wrote_the_decision(tmp_path, monkeypatch):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    world, meeting = _numbering_world(one)
    exchange_files(one, hq, tmp_path)
    exchange_files(two, hq, tmp_path)
    share_locality(hq, world.locality_id, two.replica_id)
    exchange_files(hq, two, tmp_path)
    MeetingService(two).decisions.add(meeting, DecisionData("Z druhého notebooku."))
    exchange_files(two, hq, tmp_path)
    exchange_files(hq, one, tmp_path)
    assert _codes(one, meeting) == [FINAL]
    exchange_files(one, hq, tmp_path)
    exchange_files(hq, two, tmp_path)
    assert _codes(hq, meeting) == _codes(two, meeting) == [FINAL]
