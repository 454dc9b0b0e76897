"""Migrations run as one transaction; a store that cannot be opened points at its newest backup."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from obecdesk.errors import StoreError
from obecdesk.store import open_store
from obecdesk.store.migrate import (
    HEAD,
    MIGRATIONS,
    alembic_config,
    head_revision,
    migration_transaction,
)
from obecdesk.store.paths import DB_FILENAME


def _store_at(directory, revision: str):
    """A store as an older obecdesk left it: ``revision`` with one locality in it."""
    directory.mkdir(exist_ok=True)
    db = directory / DB_FILENAME
    engine = create_engine(f"sqlite:///{db}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO local_replica (id, name, created_at) VALUES ('R', '', "
                          "'2025-01-01T00:00:00+00:00')"))
        conn.execute(text(
            "INSERT INTO localities (id, name, region, mode, themes, coordinator, notes, archived,"
            " updated_at, replica_id, deleted) VALUES ('L', 'Stará obec', '', 'long_term', '[]',"
            " '', '', 0, '001700000000000-000001-R', 'R', 0)"))
    engine.dispose()
    return db


def _sql(db, statement: str):
    with sqlite3.connect(db) as conn:
        return conn.execute(statement).fetchall()


def test_the_head_constant_is_the_head_of_the_migration_scripts():
    assert head_revision() == HEAD, "a new migration: set obecdesk.store.migrate.HEAD to it"


def test_a_store_at_head_opens_without_reading_the_migration_scripts(tmp_path, monkeypatch):
    open_store(data_dir=tmp_path).dispose()
    from alembic.script import ScriptDirectory

    def refuse(*_args, **_kwargs):
        raise AssertionError("the migration scripts were read for a store already at head")

    monkeypatch.setattr(ScriptDirectory, "from_config", refuse)
    store = open_store(data_dir=tmp_path)
    assert store.replica_id
    store.dispose()


def test_no_migration_uses_a_pragma_that_does_nothing_inside_a_transaction():
    """``journal_mode``, ``foreign_keys`` and the like are silently ignored inside the one
    transaction of an upgrade; a migration that needs them must not rely on them."""
    allowed = {"defer_foreign_keys", "foreign_key_check", "table_info", "index_list"}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        used = set(re.findall(r"PRAGMA\s+(?:\w+\.)?(\w+)", script.read_text(), re.IGNORECASE))
        assert used <= allowed, f"{script.name}: PRAGMA {sorted(used - allowed)}"


def test_a_failing_upgrade_leaves_the_old_revision_whole(tmp_path):
    db = _store_at(tmp_path, "0002")
    # a leftover that makes 0003 fail after it has added a column and indexes
    _sql(db, "CREATE TABLE minutes_search_keys (x INTEGER)")
    with pytest.raises(StoreError, match="already exists"):
        open_store(data_dir=tmp_path)
    assert _sql(db, "SELECT version_num FROM alembic_version") == [("0002",)]
    columns = [row[1] for row in _sql(db, "PRAGMA table_info(agenda_items)")]
    assert "minutes_text" not in columns
    assert _sql(db, "SELECT name FROM localities") == [("Stará obec",)]


def test_an_upgrade_may_rebuild_a_table_other_tables_point_at(demo_store):
    with migration_transaction(demo_store.engine) as conn:
        ops = Operations(MigrationContext.configure(conn))
        with ops.batch_alter_table("localities", recreate="always") as batch:
            batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))
    assert demo_store.check() == []
    with demo_store.engine.connect() as conn:  # the connection went back with foreign keys on
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM actors").scalar() > 0


def test_an_upgrade_that_would_break_links_is_rolled_back(demo_store):
    with demo_store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM localities").scalar()
    with (pytest.raises(StoreError, match="porušila vazby"),
          migration_transaction(demo_store.engine) as conn):
        conn.exec_driver_sql("DELETE FROM localities")
    with demo_store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM localities").scalar() == before > 0
    assert demo_store.check() == []


def test_a_half_upgraded_store_names_the_newest_backup_and_restoring_it_works(tmp_path):
    db = _store_at(tmp_path, "0002")
    open_store(data_dir=tmp_path).dispose()  # upgrades, with a backup first
    (newest,) = (tmp_path / "backups").glob("obecdesk-*-before-upgrade-0002.sqlite")
    older = tmp_path / "backups" / "obecdesk-20200101-000000-before-upgrade-0001.sqlite"
    shutil.copyfile(newest, older)
    # what an older obecdesk killed between two statements of 0003 left behind
    _sql(db, "UPDATE alembic_version SET version_num = '0002'")

    with pytest.raises(StoreError) as refused:
        open_store(data_dir=tmp_path)
    message = str(refused.value)
    assert "duplicate column name" in message and str(newest) in message
    assert str(older) not in message and f"přes soubor {db}" in message

    # the way back the message describes
    shutil.copyfile(newest, db)
    for leftover in (f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"):
        (tmp_path / leftover).unlink(missing_ok=True)
    store = open_store(data_dir=tmp_path)
    assert store.schema_version() == HEAD and store.check() == []
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM localities").all() == [("Stará obec",)]
    store.dispose()


def test_a_store_without_its_revision_names_the_newest_backup(tmp_path):
    db = _store_at(tmp_path, "0002")
    open_store(data_dir=tmp_path).dispose()
    (backup,) = (tmp_path / "backups").iterdir()
    _sql(db, "DROP TABLE alembic_version")
    with pytest.raises(StoreError, match="ne databáze obecdesk") as refused:
        open_store(data_dir=tmp_path)
    assert str(backup) in str(refused.value) and "zavřete obecdesk" in str(refused.value)


def test_a_refusal_without_any_backup_says_nothing_about_one(tmp_path):
    other = tmp_path / DB_FILENAME
    _sql(other, "CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreError) as refused:
        open_store(data_dir=tmp_path)
    assert "záloha" not in str(refused.value)



def test_the_sort_key_migration_fills_the_key_of_existing_actors(tmp_path):
    """A store from before revision 0009 lists its actors in Czech order by surname."""
    db = _store_at(tmp_path / "old", "0008")
    people = ["Marie Šťastná", "Petr Chalupa", "Ing. Jiří Čermák", "Adam Cibulka", "Eva Hruška"]
    with sqlite3.connect(db) as conn:
        for number, name in enumerate(people):
            conn.execute(
                "INSERT INTO actors (id, locality_id, kind, name, organisation_name, sector, role,"
                " email, phone, address, influence, attitude, interest, decision_power, notes,"
                " tags, legal_basis, purpose, erased, search_text, updated_at, replica_id,"
                " deleted) VALUES (?, 'L', 'person', ?, '', 'public', '', '', '', '', 3, 0, 3, 0,"
                " '', '[]', '', '', 0, '', '001700000000000-000002-R', 'R', 0)",
                (f"A{number}", name))
    from obecdesk.core.stakeholders.actor_queries import ActorFilter
    from obecdesk.core.stakeholders.actors import ActorService

    store = open_store(data_dir=db.parent)
    try:
        assert [a.name for a in ActorService(store).list(ActorFilter("L"))] == [
            "Adam Cibulka", "Ing. Jiří Čermák", "Eva Hruška", "Petr Chalupa", "Marie Šťastná"]
    finally:
        store.dispose()
    stamps = _sql(db, "SELECT DISTINCT updated_at FROM actors")
    assert stamps == [("001700000000000-000002-R",)]  # a derived key changes no sync stamp


def test_the_word_forms_migration_rebuilds_the_minutes_index(tmp_path):
    """A store from before revision 0011 finds "bytů" by "byty" once it is opened."""
    db = _store_at(tmp_path / "old", "0010")
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO meetings (id, locality_id, kind, title, date, place, facilitator,"
            " minute_taker, decision_rule, goal, status, notes, updated_at, replica_id, deleted)"
            " VALUES ('M', 'L', 'public', 'Veřejné setkání', '2025-04-02', '', '', '',"
            " 'consensus', '', 'held', '', '001700000000000-000003-R', 'R', 0)")
        conn.execute(
            "INSERT INTO agenda_items (id, meeting_id, position, title, presenter,"
            " planned_minutes, method, expected_output, minutes_html, minutes_text, updated_at,"
            " replica_id, deleted) VALUES ('G', 'M', 0, 'Bydlení', '', 30, '', '',"
            " '<p>Obec nabídne pět bytů.</p>', 'Obec nabídne pět bytů.',"
            " '001700000000000-000004-R', 'R', 0)")
    from obecdesk.core.meetings.minutes_search import MinutesSearch

    store = open_store(data_dir=db.parent)
    try:
        hits = MinutesSearch(store).search("byty")
        assert [h.ref_id for h in hits] == ["G"] and "[bytů]" in hits[0].snippet
    finally:
        store.dispose()
