"""A field recipient's feed read by the database (only the versions of its localities' rows)
holds exactly what the whole feed filtered row by row in Python holds."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import store_backends
from bundle_support import decrypted_payload, exchange_files, field_and_hq, receive, send
from meetings_world import build_world
from sqlalchemy import select
from sync_support import dump

from obecdesk.core.demo import demo_locality_ids, load_demo
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.store.models import FieldVersion, Locality, StoredMethod
from obecdesk.sync import bundle_scope
from obecdesk.sync.bundle_scope import for_recipient, recipient_rows
from obecdesk.sync.field_changes import changes_since
from obecdesk.sync.peers import share_locality

pytestmark = store_backends.BOTH


def _world(store) -> dict[str, str]:
    """The demo's two localities (meetings, agenda items, memberships, plans, indicator values,
    corrections, HQ reviews, mediation, …) and two more: a body meeting, a deleted and an erased
    person, and methods of a locality and of none (catalog rows)."""
    load_demo(store)
    world = build_world(store)
    world.body_meeting()
    actors = ActorService(store)
    actors.delete(world.actors["host"])
    erased = actors.create(world.locality_id, ActorData(name="Marie Svobodová"))
    PersonalDataService(store).erase(erased.id, today=dt.date(2025, 6, 20))
    with store.unit_of_work() as session:
        session.add_all([StoredMethod(slug="mapa", locality_id=world.locality_id),
                         StoredMethod(slug="katalog", locality_id=None)])
    long_term, acute = sorted(demo_locality_ids())
    return {"demo": long_term, "acute": acute, "here": world.locality_id,
            "there": world.other_locality_id}


def _records(changes) -> list[str]:
    return sorted(map(repr, changes))


def _compare(store, shared: set[str], after: int = 0) -> int:
    """The scoped feed against the whole feed filtered in Python; how many records it holds."""
    whole = changes_since(store, after).changes
    with store.reading() as session:
        filtered = for_recipient(session, whole, shared=shared)
    scoped = changes_since(store, after, rows=recipient_rows(shared)).changes
    assert _records(scoped) == _records(filtered)
    return len(scoped)


@pytest.mark.parametrize("demo_is_private", [True, False])
def test_the_scoped_feed_holds_what_the_python_filter_keeps(store, monkeypatch, demo_is_private):
    ids = _world(store)
    if not demo_is_private:  # the demo's rich localities counted as ordinary ones
        monkeypatch.setattr(bundle_scope, "demo_locality_ids", frozenset)
    sizes = {}
    for name, shared in {"none": set(), "demo": {ids["demo"]}, "here": {ids["here"]},
                         "two": {ids["here"], ids["acute"]}, "all": set(ids.values()),
                         "unknown": {"no-such-locality"}}.items():
        sizes[name] = _compare(store, shared)
    with store.reading() as session:
        catalog = session.scalars(select(StoredMethod.id).where(
            StoredMethod.locality_id.is_(None))).one()
    scoped = changes_since(store, rows=recipient_rows(set())).changes
    assert {c.table for c in scoped} == {"methods"} and {c.row_id for c in scoped} == {catalog}
    assert sizes["none"] == sizes["unknown"] < sizes["here"] < sizes["all"]
    if demo_is_private:
        assert sizes["demo"] == sizes["none"]
    else:
        assert sizes["demo"] > sizes["none"] and sizes["two"] > sizes["here"]

    # a delta: what changed after a sequence, tombstones and erasures included
    with store.reading() as session:
        after = max(session.scalars(select(FieldVersion.seq)))
    actors = ActorService(store)
    person = actors.create(ids["here"], ActorData(name="Karel Dvořák"))
    PersonalDataService(store).erase(person.id, today=dt.date(2025, 7, 1))
    far = actors.create(ids["there"], ActorData(name="Eva Malá"))
    actors.delete(far.id)
    with store.unit_of_work() as session:
        session.get(Locality, ids["there"]).notes = "změna"
    assert _compare(store, {ids["here"]}, after) > 0
    assert _compare(store, {ids["there"]}, after) > 0
    assert _compare(store, set(), after) == 0


def test_a_full_bundle_to_a_field_replica_is_the_same_read_either_way(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    exchange_files(field, hq, tmp_path)  # HQ learns of the laptop
    world = build_world(hq)
    world.body_meeting()
    ActorService(hq).delete(world.actors["host"])
    share_locality(hq, world.locality_id, field.replica_id)

    def changes(scoped_from: int) -> list[str]:
        monkeypatch.setattr(bundle_scope, "SCOPED_FROM", scoped_from)
        payload = json.loads(decrypted_payload(send(hq, field, tmp_path, full=True), field))
        return sorted(map(repr, payload["changes"]))

    assert changes(1) == changes(10**9)  # read from the rows / by sequence and filtered
    receive(field, send(hq, field, tmp_path, full=True), hq)
    held = dump(field)
    assert set(held["localities"]) == {world.locality_id}
    assert world.actors["far"] not in held["actors"]
    assert world.actors["host"] in held["actors"] and held["actors"][world.actors["host"]][
        "deleted"]
