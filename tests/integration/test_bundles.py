"""Bundles between real stores: a field laptop and HQ, then two laptops sharing a locality."""

from __future__ import annotations

import stat

import store_backends
from bundle_support import decrypted_payload, exchange_files, field_and_hq, receive, send
from sqlalchemy import select, update
from sync_support import dump

from obecdesk.core.demo import load_demo
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.models import IndicatorValue, LocalReplica, SyncConflict
from obecdesk.sync.bundle_import import ImportStatus, import_bundle
from obecdesk.sync.bundles import inspect_bundle, pending_counts
from obecdesk.sync.keys import keys_dir
from obecdesk.sync.peers import peers, share_locality

pytestmark = store_backends.BOTH  # HQ imports and merges on PostgreSQL too


def _locality(store, name="Horní Lhota", person="Tereza Nováková"):
    loc = LocalityService(store).create(LocalityData(name=name, notes="poznámka"))
    actor = ActorService(store).create(loc.id, ActorData(name=person, email="tereza@example.cz"))
    return loc.id, actor.id


def test_field_locality_reaches_hq_demo_stays_and_reimport_is_a_no_op(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    load_demo(field)
    loc, actor = _locality(field)
    path = send(field, hq, tmp_path)
    envelope = inspect_bundle(path)
    assert envelope.recipients == (hq.replica_id,) and envelope.sender == field.replica_id

    first = receive(hq, path, field)
    assert first.status is ImportStatus.IMPORTED and first.new_sender
    held = dump(hq)
    assert set(held["localities"]) == {loc} and set(held["actors"]) == {actor}
    assert held["actors"][actor]["name"] == "Tereza Nováková"

    again = import_bundle(hq, path)
    assert again.status is ImportStatus.ALREADY and "už byl načten" in again.message
    assert dump(hq) == held
    assert [p.name for p in peers(hq)] == ["Laptop 1"]


def test_private_keys_are_owner_only_and_never_in_a_bundle(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    _locality(field)
    path = send(field, hq, tmp_path)
    folder = keys_dir(field.replica_id)
    secrets = [p.read_bytes() for p in folder.iterdir()]
    for key_file in folder.iterdir():
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    payload = decrypted_payload(path, hq)
    assert b"AGE-SECRET-KEY" not in payload and b"PRIVATE KEY" not in payload
    assert all(secret not in payload for secret in secrets)


def test_payload_carries_no_derived_or_local_values_and_no_demo_rows(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    load_demo(field)
    _locality(field)
    payload = decrypted_payload(send(field, hq, tmp_path, full=True), hq).decode()
    assert "Tereza Nováková" in payload  # the payload is what the recipient reads
    assert "search_text" not in payload  # derived
    demo = dump(field)["localities"]
    demo_names = [row["name"] for row in demo.values() if row["name"] != "Horní Lhota"]
    assert demo_names and not any(name in payload for name in demo_names)
    with field.reading() as session:
        token = session.scalars(select(LocalReplica.token)).one()
    assert token not in payload


def test_delta_carries_only_unacknowledged_changes_full_carries_all(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc, actor = _locality(field)
    assert pending_counts(field) == {"actors": 1, "localities": 1}
    exchange_files(field, hq, tmp_path)
    exchange_files(hq, field, tmp_path)  # carries HQ's acknowledgement back
    assert pending_counts(field) == {}
    service = ActorService(field)
    data = service.get(actor).data()
    data.role = "starostka"
    service.update(actor, data)
    assert pending_counts(field) == {"actors": 1}
    result = exchange_files(field, hq, tmp_path)
    assert result.applied == 1 and dump(hq)["actors"][actor]["role"] == "starostka"
    full = send(field, hq, tmp_path, full=True)
    assert b'"localities"' in decrypted_payload(full, hq)


def test_two_field_laptops_share_a_locality_through_hq(tmp_path, monkeypatch):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    loc, actor = _locality(one)
    exchange_files(one, hq, tmp_path)
    exchange_files(two, hq, tmp_path)  # HQ learns of the second laptop
    exchange_files(hq, two, tmp_path)
    assert dump(two)["localities"] == {}  # not shared yet
    share_locality(hq, loc, two.replica_id)
    exchange_files(hq, two, tmp_path)
    assert set(dump(two)["actors"]) == {actor}

    for store, role in ((one, "koordinátorka"), (two, "starostka")):
        service = ActorService(store)
        data = service.get(actor).data()
        data.role = role
        service.update(actor, data)
    for _round in range(2):
        for field in (one, two):
            exchange_files(field, hq, tmp_path)
            exchange_files(hq, field, tmp_path)
    assert dump(one) == dump(two) == dump(hq)
    assert sum(store.conflict_count() for store in (one, two, hq)) >= 1


def test_a_conflict_resolved_at_hq_is_resolved_on_the_laptop_that_logged_it(
        tmp_path, monkeypatch):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    loc, actor = _locality(one)
    exchange_files(one, hq, tmp_path)
    exchange_files(two, hq, tmp_path)
    share_locality(hq, loc, two.replica_id)
    exchange_files(hq, two, tmp_path)
    for store, role in ((one, "koordinátorka"), (two, "starostka")):
        service = ActorService(store)
        data = service.get(actor).data()
        data.role = role
        service.update(actor, data)
    for field in (one, two, one, two):
        exchange_files(field, hq, tmp_path)
        exchange_files(hq, field, tmp_path)
    logged = [s for s in (one, two) if s.conflict_count()]
    assert logged and hq.conflict_count() == 1
    with hq.unit_of_work() as session:
        session.execute(update(SyncConflict).values(resolved=True))
    for field in logged:
        exchange_files(hq, field, tmp_path)
        assert field.conflict_count() == 0


def test_a_strategic_plan_with_indicator_values_reaches_hq_unchanged(tmp_path, monkeypatch):
    """Targets, baselines, values and corrections are numbers with a fraction: they travel too."""
    import uuid

    from obecdesk.core.indicators.demo_plan import add_plan_demo

    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc, _actor = _locality(field)
    namespace = uuid.uuid4()
    with field.unit_of_work() as session:
        add_plan_demo(session, loc, lambda *parts: str(uuid.uuid5(namespace, "/".join(parts))), {})
        session.flush()
        session.scalars(select(IndicatorValue)).first().value = 12.5
    result = exchange_files(field, hq, tmp_path)
    assert result.status is ImportStatus.IMPORTED, result.message
    sent, held = dump(field), dump(hq)
    for table in ("indicators", "indicator_targets", "indicator_values", "value_corrections",
                  "projects", "measures"):
        assert sent[table], table
        assert held[table] == sent[table], table
    assert 12.5 in {row["value"] for row in held["indicator_values"].values()}
