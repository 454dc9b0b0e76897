"""The figures of ``obecdesk stats`` read with the standard ``sqlite3`` module alone.

Opening a store loads SQLAlchemy, Alembic's paths and every model: most of what a script waits
for when it only asks for counts. When the file already is what an open leaves behind (an
obecdesk store at the schema head, in WAL mode, owner-only, whose replica this installation
made at this very location), the open would change nothing but the replica's token, which only
marks the last open so that a copy or a restored backup is told apart; a read that writes
nothing cannot make a backup differ from the store. Then the figures come from one read-only
transaction that writes nothing. In every other case (a new store, an older schema, a copy, a file that cannot be
read or is locked) :func:`read_stats` returns None, and the caller opens the store as usual, so
its upgrade, its new replica id or its one Czech sentence stay exactly as they were.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from obecdesk.store.kinds import CHANGE_BATCHES, KIND_TABLES, LOCAL_REPLICA, SYNC_CONFLICTS
from obecdesk.store.migrate import HEAD
from obecdesk.store.replica_registry import bound_in, config_path, read_bindings

#: live rows of every kind in one statement (``deleted IS 0`` as the ORM's ``is_(False)``)
COUNTS = "SELECT " + ", ".join(
    f'(SELECT count(*) FROM "{table}" WHERE deleted IS 0)' for table in KIND_TABLES.values())


def _as_an_open_leaves_it(db_path: Path) -> bool:
    """A regular file in a writable folder, readable and writable, and owner-only with its WAL
    files (an open would tighten them): the checks of ``open_store`` that could refuse or
    change something."""
    try:
        if not stat.S_ISREG(db_path.stat().st_mode):
            return False
        for path in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
            if path.exists() and path.stat().st_mode & 0o077:
                return False
    except OSError:
        return False
    return os.access(db_path.parent, os.W_OK) and os.access(db_path, os.R_OK | os.W_OK)


def _figures(conn: sqlite3.Connection, location: str) -> dict[str, object] | None:
    if conn.execute("PRAGMA journal_mode").fetchall() != [("wal",)]:
        return None
    if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD,)]:
        return None
    replicas = conn.execute(f"SELECT id, token FROM {LOCAL_REPLICA}").fetchall()
    if len(replicas) != 1 or not bound_in(read_bindings(config_path()), *replicas[0], location):
        return None
    data: dict[str, object] = dict(zip(KIND_TABLES, conn.execute(COUNTS).fetchone(), strict=True))
    data["schema_version"] = HEAD
    data["replica_id"] = replicas[0][0]
    data["change_seq"] = conn.execute(f"SELECT max(seq) FROM {CHANGE_BATCHES}").fetchone()[0] or 0
    data["conflicts"] = conn.execute(
        f"SELECT count(id) FROM {SYNC_CONFLICTS} WHERE resolved IS 0").fetchone()[0]
    return data


def read_stats(db_path: Path) -> dict[str, object] | None:
    """Live rows per kind, schema version, replica id, change number and unresolved conflicts
    of the store in ``db_path`` (absolute), as ``Store`` reports them; None when only a real
    open can answer."""
    if not _as_an_open_leaves_it(db_path):
        return None
    try:
        # read-write (never creating) but refusing every write: a read-only connection could
        # not remove the WAL files it creates when it closes, as every other reader does
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=rw", uri=True, timeout=1,
                               isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.execute("BEGIN")  # one snapshot for every figure
        return _figures(conn, os.path.realpath(db_path))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
