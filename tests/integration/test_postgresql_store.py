"""HQ's store on a real PostgreSQL server: migrations from empty to head, health check, reopening."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from obecdesk.errors import StoreError
from obecdesk.store import open_store
from obecdesk.store.migrate import MIGRATIONS, head_revision


def test_an_empty_postgresql_database_is_migrated_to_head_and_passes_the_check(pg_server):
    url = pg_server.new_database(migrated=False)
    store = open_store(url)
    try:
        assert store.engine.dialect.name == "postgresql"
        assert store.schema_version() == head_revision()
        assert store.check() == []
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            # a bundle's rows arrive in any order: every link is checked at commit
            links = conn.execute(text("SELECT count(*), count(*) FILTER (WHERE condeferrable) "
                                      "FROM pg_constraint WHERE contype = 'f'")).one()
        assert {"localities", "actors", "meetings", "field_versions", "local_replica"} <= tables
        assert links[0] > 20 and links[0] == links[1]
        replica = store.replica_id
    finally:
        store.dispose()
    again = open_store(url)  # at head: opens without migrating, the same replica
    try:
        assert again.replica_id == replica
        assert again.check() == []
    finally:
        again.dispose()
    pg_server.drop_database(url)


def test_another_programs_postgresql_database_is_refused_and_left_alone(pg_server):
    url = pg_server.new_database(migrated=False)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE recipes (name text)"))
    with pytest.raises(StoreError, match="ne databáze obecdesk"):
        open_store(url)
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["recipes"]
    engine.dispose()
    pg_server.drop_database(url)


def test_no_migration_imports_live_application_code():
    """A migration runs as written forever: what it needs of obecdesk is frozen inside it."""
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        tree = ast.parse(script.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] == "obecdesk" for n in names), Path(script).name


def test_the_minutes_search_reads_its_gin_indexes(pg_server):
    """The query's expressions are the indexed ones: with sequential scans off (the tables are
    tiny) PostgreSQL answers from ``ix_agenda_items_minutes_search`` and its decisions twin."""
    from obecdesk.store.minutes_index_pg import _SEARCH

    url = pg_server.new_database()
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            conn.execute(text("SET enable_seqscan = off"))
            plan = "\n".join(conn.execute(
                text(f"EXPLAIN {_SEARCH.text}"),
                {"query": "'zapis':*A", "locality_id": None, "limit": 10}).scalars())
        assert "ix_agenda_items_minutes_search" in plan
        assert "ix_decisions_minutes_search" in plan
    finally:
        store.dispose()
        pg_server.drop_database(url)


def test_a_server_store_is_one_replica_for_every_workstation_and_a_copy_is_a_new_one(
        pg_server, tmp_path, monkeypatch):
    """HQ's staff open the one server database from several installations: it keeps its replica
    id (field laptops keep their acknowledgements); a copy in another database forks."""
    url = pg_server.new_database()
    replicas = []
    for workstation in ("a", "b", "a"):
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / workstation))
        store = open_store(url)
        replicas.append(store.replica_id)
        assert not store.identity.is_new_copy
        store.dispose()
    assert len(set(replicas)) == 1
    source = url.split("?")[0].rsplit("/", 1)[1]
    copy = url.replace(f"/{source}?", f"/{source}_copy?")
    engine = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {source}_copy TEMPLATE {source}"))
    engine.dispose()
    copied = open_store(copy)
    assert copied.identity.ancestor_id == replicas[0] and copied.replica_id != replicas[0]
    copied.dispose()
    for name in (url, copy):
        pg_server.drop_database(name)


def test_two_processes_numbering_decisions_on_the_server_get_distinct_numbers(pg_server, tmp_path):
    """Two HQ workstations adding decisions at once: the read-then-write unit of work holds the
    store's advisory lock, so the second waits and takes the next number (as on SQLite)."""
    import datetime as dt
    import subprocess
    import sys
    import time

    from meetings_world import build_world
    from test_concurrent_writes import ADD_DECISIONS, _env

    url = pg_server.new_database()
    store = open_store(url)
    world = build_world(store)
    meetings = [world.body_meeting(dt.date(2025, 6, 13)), world.body_meeting(dt.date(2025, 9, 12))]
    store.dispose()
    start = tmp_path / "start"
    script = ADD_DECISIONS.replace("open_store(data_dir=data_dir)", "open_store(data_dir)")
    processes = [subprocess.Popen(
        [sys.executable, "-c", script, url, meeting, str(start), name],
        env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) for meeting, name in zip(meetings, "AB", strict=True)]
    time.sleep(1.0)
    start.touch()
    outputs = [process.communicate(timeout=300) for process in processes]
    for process, (_out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
    codes = sorted(code for out, _err in outputs for code in out.split()[1::2])
    assert codes == [f"2025/{n:02d}" for n in range(1, 31)]
    pg_server.drop_database(url)


def test_models_and_migrations_describe_the_same_schema_on_postgresql(pg_server):
    """Autogenerate on HQ's server proposes nothing but what PostgreSQL has on purpose: foreign
    keys that are deferrable (the models leave that to the dialect)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from obecdesk.store.migrate import include_object_on
    from obecdesk.store.models import Base

    url = pg_server.new_database()
    engine = create_engine(url)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object_on("postgresql")})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    pg_server.drop_database(url)
    steps = [step for entry in diff for step in (entry if isinstance(entry, list) else [entry])]
    removed = {step[1].name for step in steps if step[0] == "remove_fk"}
    added = {step[1].name for step in steps if step[0] == "add_fk"}
    others = [step for step in steps if step[0] not in ("remove_fk", "add_fk")]
    assert others == [] and removed == added
    assert all(step[1].deferrable for step in steps if step[0] == "remove_fk")
