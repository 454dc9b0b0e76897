"""What the Synchronizace screen does, on real stores exchanging real bundle files."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest
from bundle_support import field_and_hq, receive, send

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.errors import UserError
from obecdesk.sync.bundle_import import ImportStatus
from obecdesk.sync.peers import own_card
from obecdesk.sync.sync_desk import SyncDesk


def locality(store, name="Horní Lhota"):
    loc = LocalityService(store).create(LocalityData(name=name))
    ActorService(store).create(loc.id, ActorData(name="Tereza Nováková"))
    return loc.id


def test_a_field_laptop_prepares_a_bundle_and_its_mail_for_hq(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    locality(field)
    desk = SyncDesk(field)
    state = desk.state()
    assert state.me.role == "field" and state.hq.peer.name == "Centrála"
    assert state.hq.pending == {"actors": 1, "localities": 1}
    out = tmp_path / "out"
    out.mkdir()
    prepared = desk.prepare_for_hq(out, hq_email="sync@aszcr.example")
    bundle = prepared.summary.path
    assert bundle.parent == out and bundle.name.startswith("Laptop-1-pro-Centrála-")
    mail = BytesParser(policy=policy.default).parsebytes(prepared.eml.read_bytes())
    assert mail["To"].addresses[0].domain == "aszcr.example" and mail["X-Unsent"] == "1"
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_content() == bundle.read_bytes()
    assert desk.state().hq.peer.last_sent_at  # the screen shows when it was sent
    result = receive(hq, bundle, field)
    assert result.status is ImportStatus.IMPORTED


def test_without_hqs_card_there_is_nothing_to_send_to(tmp_path, monkeypatch):
    from sync_support import open_replicas

    (field,) = open_replicas(tmp_path, monkeypatch, 1)
    with pytest.raises(UserError, match="adresní kartu centrály"):
        SyncDesk(field).prepare_for_hq(tmp_path)
    assert list(tmp_path.glob("*.obecbundle")) == []


def test_hq_reads_a_folder_and_answers_each_field_replica(tmp_path, monkeypatch):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    locality(one, "Horní Lhota")
    locality(two, "Dolní Lhota")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = send(one, hq, inbox)
    send(two, hq, inbox)
    (inbox / "poznámky.obecbundle").write_bytes(b"not a bundle")
    desk = SyncDesk(hq)
    entries = desk.scan_folder(inbox)
    assert [e.known_sender for e in entries if e.envelope] == [False, False]
    accepted = {own_card(one).keys.fingerprint}  # the operator accepts only the first laptop
    seen = []
    done = desk.import_entries(entries, accepted=accepted, progress=seen.append)
    assert seen == [1, 2, 3]
    by_file = {r.path.name: r for r in done.results}
    assert by_file[first.name].status is ImportStatus.IMPORTED
    refused = [r for r in done.results if r.status is ImportStatus.REFUSED]
    assert len(refused) == 2 and any("nepřijali" in r.message for r in refused)
    assert any("není balíček" in r.message for r in refused)
    again = desk.import_entries(desk.scan_folder(inbox), accepted=accepted)
    assert again.count(ImportStatus.ALREADY) == 1
    names = [loc.name for loc in LocalityService(hq).list()]
    assert names == ["Horní Lhota"]

    outbox = tmp_path / "outbox"
    outbox.mkdir()
    [summary] = desk.return_bundles(outbox)  # only the accepted laptop is known
    assert summary.recipient_id == one.replica_id
    assert receive(one, summary.path).status is ImportStatus.IMPORTED


def test_a_field_replica_cannot_send_return_bundles(tmp_path, monkeypatch):
    (field,), _hq = field_and_hq(tmp_path, monkeypatch)
    with pytest.raises(UserError, match="jen centrála"):
        SyncDesk(field).return_bundles(tmp_path)


def test_an_address_card_saved_at_hq_is_read_on_a_new_laptop(tmp_path, monkeypatch):
    from sync_support import open_replicas

    laptop, hq = open_replicas(tmp_path, monkeypatch, 2)
    SyncDesk(hq).set_role("hq", "Centrála ASZ")
    card = SyncDesk(hq).export_card(tmp_path / "centrala.obeccard")
    peer = SyncDesk(laptop).import_card(card)
    assert peer.name == "Centrála ASZ" and peer.fingerprint == own_card(hq).keys.fingerprint
    assert SyncDesk(laptop).state().hq.peer.replica_id == hq.replica_id


def test_a_conflict_names_its_writers_and_its_resolution_travels_in_bundles(tmp_path,
                                                                            monkeypatch):
    from bundle_support import exchange_files

    from obecdesk.sync.conflict_review import ConflictReview

    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc_id = locality(field)
    exchange_files(field, hq, tmp_path)
    exchange_files(hq, field, tmp_path)
    for store, region in ((hq, "Olomoucký kraj"), (field, "Ústecký kraj")):
        service = LocalityService(store)
        data = service.get(loc_id).data()
        data.region = region
        service.update(loc_id, data)
    exchange_files(field, hq, tmp_path)  # the laptop's later value wins at HQ
    exchange_files(hq, field, tmp_path)
    [at_hq] = ConflictReview(hq).list()
    assert (at_hq.kept.replica_name, at_hq.lost.replica_name) == ("Laptop 1", "Centrála")
    assert at_hq.lost.mine and not at_hq.kept.mine
    ConflictReview(hq).resolve(at_hq.id, keep="mine")  # HQ brings its value back
    exchange_files(hq, field, tmp_path)
    assert LocalityService(field).get(loc_id).region == "Olomoucký kraj"
    assert field.conflict_count() == 0  # a later edit made after seeing the laptop's value
    exchange_files(field, hq, tmp_path)
    assert hq.conflict_count() == 0 and LocalityService(hq).get(loc_id).region == "Olomoucký kraj"


def test_stopping_a_folder_import_keeps_what_was_read_and_reads_no_more(tmp_path, monkeypatch):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    locality(one, "Horní Lhota")
    locality(two, "Dolní Lhota")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    send(one, hq, inbox)
    send(two, hq, inbox)
    desk = SyncDesk(hq)
    entries = desk.scan_folder(inbox)
    accepted = {own_card(s).keys.fingerprint for s in (one, two)}
    read: list[int] = []
    done = desk.import_entries(entries, accepted=accepted, progress=read.append,
                               cancelled=lambda: len(read) == 1)  # the user stops after one
    assert done.cancelled and len(done.results) == 1
    assert done.results[0].status is ImportStatus.IMPORTED
    assert len(LocalityService(hq).list()) == 1  # the first file whole, nothing of the second


def test_a_folder_read_in_one_go_takes_one_backup_that_holds_the_store_before_all_of_it(
        tmp_path, monkeypatch):
    import sqlite3

    from obecdesk.store.backup import list_backups

    fields, hq = field_and_hq(tmp_path, monkeypatch, fields=3)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, field in enumerate(fields):
        locality(field, f"Obec {n}")
        send(field, hq, inbox)
    desk = SyncDesk(hq)
    accepted = {own_card(field).keys.fingerprint for field in fields}
    done = desk.import_entries(desk.scan_folder(inbox), accepted=accepted)
    assert done.count(ImportStatus.IMPORTED) == 3
    db = hq.database_path
    [backup] = [b for b in list_backups(db) if b.reason == "before-bundle"]
    before = sqlite3.connect(backup.path)
    try:
        assert before.execute("SELECT count(*) FROM localities").fetchone() == (0,)
    finally:
        before.close()
