"""Leaving no readable copy of erased data in the database files of this replica.

``PRAGMA secure_delete`` (set on every connection, see :mod:`obecdesk.store.opening`) zeroes
the space a changed or deleted row leaves behind. Two copies survive it: the full-text index,
which marks deleted words in a newer segment instead of rewriting the old one, and the
write-ahead log, which holds earlier versions of pages until a checkpoint. After an erasure
both are rewritten here: the index inside the erasure's own transaction
(:func:`merge_full_text`), so a crash cannot keep the erasure and leave the words in the index,
and the log right after it (the next start checkpoints it again if the process dies first).
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import OperationalError

from obecdesk.errors import StoreError
from obecdesk.store.database import Store

#: the full-text indexes (migrations 0003 and 0015)
FTS_TABLES = ("minutes_fts", "actors_fts")
#: the change is saved; only the rewrite of old copies failed (SQLite checkpoints the log again
#: when the last connection closes, so the next start finishes the job)
NOT_SCRUBBED = ("Změna je uložena, ale staré kopie vymazaných údajů v souborech databáze se "
                "nepodařilo přepsat (disk odmítl zápis); přepíší se při příštím spuštění, až "
                "bude na disku místo.")


def merge_full_text(conn: Connection) -> None:
    """Rewrite each full-text index as one segment, in the connection's transaction: the words
    of deleted or changed rows are dropped for good."""
    if conn.dialect.name != "sqlite":
        return
    for index in FTS_TABLES:
        if inspect(conn).has_table(index):
            conn.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")


def scrub_freed_data(store: Store, *, merged: bool = False) -> bool:
    """Merge the full-text index (unless the change ``merged`` it already) and empty the
    write-ahead log; False when a reader kept it."""
    engine = store.engine
    if engine.dialect.name != "sqlite":
        return True
    try:
        if not merged:
            with engine.begin() as conn:
                merge_full_text(conn)
        with engine.connect() as conn:
            raw = conn.connection.driver_connection  # outside any transaction, as a checkpoint is
            busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except (OperationalError, sqlite3.OperationalError) as exc:
        raise StoreError(NOT_SCRUBBED) from exc
    return busy == 0
