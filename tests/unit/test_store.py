"""Opening stores: migration to head, upgrade with a backup first, clear refusals of bad files."""

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from obecdesk.errors import StoreError
from obecdesk.store import open_store
from obecdesk.store.migrate import alembic_config, head_revision
from obecdesk.store.paths import DB_FILENAME


def test_an_empty_directory_becomes_a_store_at_head_with_wal_and_foreign_keys(tmp_path):
    store = open_store(data_dir=tmp_path / "new")
    assert store.schema_version() == head_revision()
    assert store.check() == []
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.dispose()


def test_the_replica_id_is_stable_across_openings(tmp_path):
    first = open_store(data_dir=tmp_path)
    replica = first.replica_id
    first.dispose()
    again = open_store(data_dir=tmp_path)
    assert again.replica_id == replica
    again.dispose()


def test_an_older_store_is_backed_up_then_upgraded(tmp_path):
    db = tmp_path / DB_FILENAME
    old = create_engine(f"sqlite:///{db}")
    cfg = alembic_config()
    with old.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with old.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO localities (id, name, region, mode, themes, coordinator, notes, archived,"
            " updated_at, replica_id, deleted) VALUES ('x', 'Stará obec', '', 'long_term', '[]',"
            " '', '', 0, '', '', 0)"
        )
    old.dispose()

    store = open_store(data_dir=tmp_path)
    assert store.schema_version() == head_revision()
    backups = list((tmp_path / "backups").glob("*before-upgrade-0001*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT name FROM localities").fetchall() == [("Stará obec",)]
    store.dispose()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    with pytest.raises(StoreError, match="není databáze"):
        open_store(f"sqlite:///{bad}")
    assert bad.read_text() == "not a database"


def test_someone_elses_sqlite_database_is_refused_and_left_alone(tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreError, match="ne databáze obecdesk"):
        open_store(f"sqlite:///{other}")
    with sqlite3.connect(other) as conn:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        journal = conn.execute("PRAGMA journal_mode").fetchone()
    assert tables == [("recipes",)]
    assert journal == ("delete",)  # not switched to WAL: truly left alone
    with pytest.raises(StoreError, match="ne databáze obecdesk"):
        open_store(f"sqlite:///{other}", upgrade=False)  # obecdesk check does not touch it either
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    store = open_store(data_dir=tmp_path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.dispose()
    with pytest.raises(StoreError, match="novější verze"):
        open_store(data_dir=tmp_path)


def test_a_locked_store_gives_a_clear_message(tmp_path):
    store = open_store(data_dir=tmp_path)
    locker = sqlite3.connect(tmp_path / DB_FILENAME, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        from obecdesk.core.localities import LocalityData, LocalityService

        with pytest.raises(StoreError, match="zamčená"):
            LocalityService(store).create(LocalityData(name="Obec"))
    finally:
        locker.rollback()
        locker.close()
    assert LocalityService(store).list() == []
    store.dispose()


def test_check_reports_a_schema_behind_head(tmp_path):
    store = open_store(data_dir=tmp_path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    assert any("0001" in problem for problem in store.check())
    store.dispose()


def test_an_address_that_is_no_url_is_refused_in_czech(tmp_path):
    with pytest.raises(StoreError, match="není adresa databáze"):
        open_store("notaurl")


def test_a_password_in_the_address_is_never_shown(tmp_path):
    with pytest.raises(StoreError) as refused:
        open_store("postgresql+nosuchdriver://user:tajne-heslo@localhost/obecdesk")
    assert "tajne-heslo" not in str(refused.value)


def test_another_programs_alembic_database_is_not_taken_for_a_newer_obecdesk(tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="ne databáze obecdesk"):
        open_store(f"sqlite:///{other}")


def test_a_read_only_directory_is_refused_in_czech_and_left_unchanged(tmp_path, monkeypatch):
    """Root may write anywhere, so the folder is made read-only where the opening asks the system;
    an older store in it is neither backed up nor migrated."""
    import os

    from alembic import command
    from sqlalchemy import create_engine

    from obecdesk.store import opening
    from obecdesk.store.migrate import alembic_config
    from obecdesk.store.paths import sqlite_url

    folder = tmp_path / "ro"
    folder.mkdir()
    engine, cfg = create_engine(sqlite_url(folder)), alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    engine.dispose()
    def contents() -> dict[str, bytes | None]:
        return {str(path.relative_to(folder)): path.read_bytes() if path.is_file() else None
                for path in folder.rglob("*")}

    before = contents()
    real_access = os.access

    def read_only(path, mode, *args, **kwargs):
        if mode & os.W_OK and os.path.realpath(path) == os.path.realpath(folder):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(opening.os, "access", read_only)
    with pytest.raises(StoreError, match="nelze zapisovat") as refused:
        open_store(data_dir=folder)
    assert str(folder) in str(refused.value)
    with pytest.raises(StoreError, match="nelze zapisovat"):
        open_store(data_dir=folder, upgrade=False)
    assert contents() == before


def test_opening_without_upgrade_leaves_an_older_store_as_it_is(tmp_path):
    store = open_store(data_dir=tmp_path)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    store.dispose()
    looked_at = open_store(data_dir=tmp_path, upgrade=False)
    assert looked_at.schema_version() == "0001"
    assert any("0001" in problem for problem in looked_at.check())
    looked_at.dispose()
    assert not (tmp_path / "backups").exists()


def test_changes_from_another_replica_keep_their_stamps(store):
    from obecdesk.store.models import Locality

    remote_stamp = "001700000000000-000003-remote-replica"
    with store.unit_of_work(keep_stamps=True) as session:
        session.add(Locality(id="x", name="Odjinud", updated_at=remote_stamp,
                             replica_id="remote-replica"))
    with store.reading() as session:
        row = session.get(Locality, "x")
        assert (row.updated_at, row.replica_id) == (remote_stamp, "remote-replica")


def test_models_and_migrations_describe_the_same_schema(store):
    """A migrated store matches the models, so the next autogenerate proposes nothing."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from obecdesk.store.migrate import include_object
    from obecdesk.store.models import Base

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
