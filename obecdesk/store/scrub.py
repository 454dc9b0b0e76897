"""Leaving no readable copy of erased data in the database files of this replica.

``PRAGMA secure_delete`` (set on every connection, see :mod:`obecdesk.store.opening`) zeroes
the space a changed or deleted row leaves behind. Two copies survive it: the full-text index,
which marks deleted words in a newer segment instead of rewriting the old one, and the
write-ahead log, which holds earlier versions of pages until a checkpoint. After an erasure
both are rewritten here.
"""

from __future__ import annotations

from sqlalchemy import inspect

from obecdesk.store.database import Store

FTS_TABLE = "minutes_fts"


def scrub_freed_data(store: Store) -> bool:
    """Merge the full-text index and empty the write-ahead log; False when a reader kept it."""
    engine = store.engine
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        has_index = inspect(conn).has_table(FTS_TABLE)
    if has_index:
        with engine.begin() as conn:
            # one merged segment: the words of deleted or changed rows are dropped for good
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    with engine.connect() as conn:
        raw = conn.connection.driver_connection  # outside any transaction, as a checkpoint must be
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0
