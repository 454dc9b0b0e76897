"""Hostile and damaged bundle files (P4, P5, P6, P9): each is refused in one Czech sentence and
the store's whole content — every table, local ones included — is exactly as before."""

from __future__ import annotations

import struct
import uuid
import zipfile
import zlib

import pyrage
import pytest
from bundle_support import exchange_files, field_and_hq, send
from sqlalchemy import select

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.base import Base
from obecdesk.sync import bundle_format
from obecdesk.sync.bundle_format import FORMAT_VERSION, Envelope, read_sealed, seal
from obecdesk.sync.bundle_import import ImportStatus, import_bundle
from obecdesk.sync.bundles import build_payload, recipient, select_changes
from obecdesk.sync.keys import PublicKeys, ReplicaKeys, replica_keys
from obecdesk.sync.peers import now_text, own_card


def whole_store(store) -> dict:
    with store.reading() as session:
        return {t.name: sorted(map(tuple, session.execute(select(t)).all()), key=repr)
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def world(tmp_path, monkeypatch):
    """A field replica that HQ already knows (one bundle read), with a fresh edit pending."""
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc = LocalityService(field).create(LocalityData(name="Horní Lhota"))
    ActorService(field).create(loc.id, ActorData(name="Tereza Nováková"))
    exchange_files(field, hq, tmp_path)
    ActorService(field).create(loc.id, ActorData(name="Jan Král"))
    yield field, hq, loc.id
    for store in (field, hq):
        store.dispose()


def refused(hq, path, accept=None) -> str:
    before = whole_store(hq)
    result = import_bundle(hq, path, accept_new_sender=accept)
    assert result.status is ImportStatus.REFUSED, result.message
    assert whole_store(hq) == before
    message = result.message
    assert message.endswith(".") and "Traceback" not in message and message.count(". ") <= 2
    return message


def forge(field, hq, path, mutate=lambda payload: None, *, keys: ReplicaKeys | None = None,
          envelope_keys: PublicKeys | None = None, version: int = FORMAT_VERSION):
    """A bundle built like the real export, then changed before it is signed."""
    peer = recipient(field, hq.replica_id)
    keys = keys or replica_keys(field.replica_id)
    bundle_id = str(uuid.uuid4())
    payload = build_payload(field, peer, select_changes(field, peer), bundle_id, now_text(),
                            full=False)
    mutate(payload)
    envelope = Envelope(version, bundle_id, field.replica_id, (hq.replica_id,), now_text(),
                        envelope_keys or keys.public)
    path.write_bytes(seal(envelope, payload, keys, [own_card(hq).keys]))
    return path


@pytest.mark.usefixtures("backend")
@pytest.mark.backends
def test_a_sound_forged_bundle_is_read(world, tmp_path):
    field, hq, _loc = world  # the forging helper itself makes readable bundles
    assert import_bundle(hq, forge(field, hq, tmp_path / "ok.obecbundle")).status == "imported"


@pytest.mark.parametrize("cut", [5, 20, 200, -1, -40])
def test_truncated(world, tmp_path, cut):
    field, hq, _loc = world
    data = send(field, hq, tmp_path).read_bytes()
    bad = tmp_path / "cut.obecbundle"
    bad.write_bytes(data[:cut])
    refused(hq, bad)


@pytest.mark.parametrize("where", ["envelope", "payload", "middle"])
def test_bit_flipped(world, tmp_path, where):
    field, hq, _loc = world
    data = bytearray(send(field, hq, tmp_path).read_bytes())
    length = struct.unpack(">I", data[9:13])[0]
    index = {"envelope": 13 + length // 2, "payload": len(data) - 30,
             "middle": 13 + length + (len(data) - 13 - length) // 2}[where]
    data[index] ^= 0x40
    bad = tmp_path / "flipped.obecbundle"
    bad.write_bytes(bytes(data))
    refused(hq, bad)


def test_wrong_recipient(world, tmp_path):
    field, hq, _loc = world
    path = send(hq, field, tmp_path)  # for the field replica, not for HQ
    assert "jiné replice" in refused(hq, path)


@pytest.mark.usefixtures("backend")
@pytest.mark.backends
def test_replayed_bundle_changes_nothing(world, tmp_path):
    field, hq, _loc = world
    path = send(field, hq, tmp_path)
    assert import_bundle(hq, path).status is ImportStatus.IMPORTED
    before = whole_store(hq)
    again = import_bundle(hq, path)
    assert again.status is ImportStatus.ALREADY and whole_store(hq) == before


def test_future_format_version(world, tmp_path):
    field, hq, _loc = world
    path = forge(field, hq, tmp_path / "future.obecbundle", version=FORMAT_VERSION + 1)
    assert "aktualizujte obecdesk" in refused(hq, path)


def test_zip_bomb_and_path_traversal_are_not_bundles(world, tmp_path):
    _field, hq, _loc = world
    bomb = tmp_path / "bomb.obecbundle"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("payload.json", b"0" * 50_000_000)
    traversal = tmp_path / "inner" / "evil.obecbundle"
    traversal.parent.mkdir()
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("../../escaped.txt", b"gotcha")
    assert "není balíček" in refused(hq, bomb)
    refused(hq, traversal)
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_payload_that_inflates_beyond_the_limit(world, tmp_path, monkeypatch):
    field, hq, _loc = world
    monkeypatch.setattr(bundle_format, "MAX_PAYLOAD", 100_000)
    path = forge(field, hq, tmp_path / "inflates.obecbundle",
                 lambda payload: payload.update(padding="0" * 1_000_000))
    assert "rozbalení větší" in refused(hq, path)


def test_oversized_envelope_and_file(world, tmp_path):
    field, hq, _loc = world
    huge = tmp_path / "envelope.obecbundle"
    huge.write_bytes(struct.pack(">8sBI", b"OBECBNDL", 1, 10_000_000) + b"{" * 10_000_000)
    assert "příliš velká" in refused(hq, huge)
    sparse = tmp_path / "sparse.obecbundle"
    with sparse.open("wb") as handle:
        handle.truncate(bundle_format.MAX_FILE + 1)
    assert "větší než" in refused(hq, sparse)


@pytest.mark.usefixtures("backend")
@pytest.mark.backends
def test_records_referencing_missing_rows(world, tmp_path):
    field, hq, _loc = world
    orphan = str(uuid.uuid4())

    def mutate(payload):
        for record in payload["changes"]:
            if record[0] == "actors" and record[2] == "locality_id":
                record[4] = orphan
    assert "odkazuje na záznamy" in refused(hq, forge(field, hq, tmp_path / "o.obecbundle",
                                                      mutate))


@pytest.mark.parametrize("damage", ["json", "record", "type", "field", "future"])
def test_malformed_payload_signed_by_the_known_sender(world, tmp_path, damage):
    field, hq, _loc = world
    path = tmp_path / f"{damage}.obecbundle"
    if damage == "json":  # signed and encrypted properly, but not JSON inside
        sealed = read_sealed(forge(field, hq, path))
        compressed = zlib.compress(b"{not json")
        keys = replica_keys(field.replica_id)
        signature = keys.sign(bundle_format._signed_message(sealed.envelope_bytes, compressed))
        body = pyrage.encrypt(bundle_format.SIGNED_MAGIC + signature + compressed,
                              [own_card(hq).keys.recipient()])
        path.write_bytes(path.read_bytes()[:13 + len(sealed.envelope_bytes)] + body)
        assert "JSON" in refused(hq, path)
        return
    mutations = {
        "record": lambda p: p["changes"].append(["actors", "x"]),
        "type": lambda p: p["changes"][0].__setitem__(4, {"nested": True}),
        "field": lambda p: p["changes"][0].__setitem__(2, "search_text"),
        "future": lambda p: p["changes"][0].__setitem__(
            5, "999999999999999-000000-" + field.replica_id),
    }
    refused(hq, forge(field, hq, path, mutations[damage]))


def test_valid_signature_by_an_unknown_key_claiming_a_known_sender(world, tmp_path, monkeypatch):
    field, hq, _loc = world
    with monkeypatch.context() as another_laptop:
        another_laptop.setenv("XDG_DATA_HOME", str(tmp_path / "another-laptop"))
        stranger = replica_keys(field.replica_id)  # same replica id, other keys
    path = forge(field, hq, tmp_path / "stranger.obecbundle", keys=stranger)
    assert "jiným klíčem" in refused(hq, path, accept=stranger.public.fingerprint)


def test_bad_signature_under_the_known_senders_keys(world, tmp_path, monkeypatch):
    field, hq, _loc = world
    with monkeypatch.context() as another_laptop:
        another_laptop.setenv("XDG_DATA_HOME", str(tmp_path / "another-laptop"))
        stranger = replica_keys(str(uuid.uuid4()))
    path = forge(field, hq, tmp_path / "forged.obecbundle", keys=stranger,
                 envelope_keys=replica_keys(field.replica_id).public)
    assert "Podpis" in refused(hq, path)


def test_new_sender_needs_the_right_fingerprint(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    LocalityService(field).create(LocalityData(name="Horní Lhota"))
    path = send(field, hq, tmp_path)
    assert "--accept-new-sender" in refused(hq, path)
    assert "ne 0000" in refused(hq, path, accept="0000 0000 0000 0000 0000 0000 0000 0000")
    ok = import_bundle(hq, path, accept_new_sender=own_card(field).keys.fingerprint.lower())
    assert ok.status is ImportStatus.IMPORTED
