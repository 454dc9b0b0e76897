"""A replica is an installation: a copied or restored store becomes a new replica."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store import open_store
from obecdesk.store.backup import backup_sqlite


def reopen(data_dir):
    store = open_store(data_dir=data_dir)
    identity = store.identity
    store.dispose()
    return identity


def test_reopening_a_store_keeps_its_replica(tmp_path):
    first = reopen(tmp_path / "d1")
    again = reopen(tmp_path / "d1")
    assert again.replica_id == first.replica_id and not again.is_new_copy


def test_a_store_copied_to_another_installation_becomes_a_new_replica(tmp_path, monkeypatch):
    original = reopen(tmp_path / "d1")
    shutil.copytree(tmp_path / "d1", tmp_path / "d2")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "other-laptop"))
    copy = reopen(tmp_path / "d2")
    assert copy.replica_id != original.replica_id
    assert copy.ancestor_id == original.replica_id


def test_a_store_copied_to_another_folder_of_the_same_installation_is_a_new_replica(tmp_path):
    original = reopen(tmp_path / "d1")
    shutil.copytree(tmp_path / "d1", tmp_path / "d2")
    assert reopen(tmp_path / "d2").replica_id != original.replica_id
    assert reopen(tmp_path / "d1").replica_id == original.replica_id


def test_a_restored_backup_becomes_a_new_replica(tmp_path):
    data = tmp_path / "d1"
    store = open_store(data_dir=data)
    original = store.replica_id
    LocalityService(store).create(LocalityData(name="Lipník"))
    store.dispose()
    backup = backup_sqlite(data / "obecdesk.sqlite", reason="test")
    reopen(data)  # used again after the backup was taken
    shutil.copy(backup, data / "obecdesk.sqlite")
    for suffix in ("-wal", "-shm"):
        (data / f"obecdesk.sqlite{suffix}").unlink(missing_ok=True)
    restored = reopen(data)
    assert restored.replica_id != original and restored.ancestor_id == original


def test_the_store_holds_exactly_one_local_replica_row(store):
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(text("INSERT INTO local_replica (id, name, created_at, singleton, "
                          "ancestor_id, token) VALUES ('x', '', '', 1, '', '')"))
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(text("INSERT INTO local_replica (id, name, created_at, singleton, "
                          "ancestor_id, token) VALUES ('y', '', '', 2, '', '')"))


def test_check_reads_the_replica_without_binding_or_changing_it(tmp_path):
    data = tmp_path / "d1"
    original = reopen(data)
    checker = open_store(data_dir=data, upgrade=False)
    assert checker.replica_id == original.replica_id
    checker.dispose()
    assert reopen(data).replica_id == original.replica_id


def test_a_new_replica_forgets_what_peers_acknowledged_to_its_ancestor(tmp_path, monkeypatch):
    from obecdesk.sync.field_changes import acknowledge, acknowledged

    store = open_store(data_dir=tmp_path / "d1")
    acknowledge(store, "hq-replica", store.change_seq())
    assert acknowledged(store, "hq-replica") == store.change_seq()
    store.dispose()
    shutil.copytree(tmp_path / "d1", tmp_path / "d2")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "other-laptop"))
    copy = open_store(data_dir=tmp_path / "d2")
    assert acknowledged(copy, "hq-replica") == 0  # the next exchange with HQ is a full one
    copy.dispose()
