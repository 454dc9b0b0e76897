"""Backups taken before an erasure still hold the erased person's data: find them, purge them.

An erasure blanks the person in the live store only; a copy in ``backups/`` (taken before a
migration, for instance) keeps them until it is deleted. The moment an erasure reached this
replica is the local change batch that set the actor's ``erased`` field (so an erasure merged
from another replica counts from its arrival here); a store without the clock table falls back
to the erasure's own stamp. Nothing personal is recorded: only times and actor ids.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.store.backup import backup_dir
from obecdesk.store.hlc import Stamp
from obecdesk.store.models import Actor, ChangeBatch, FieldVersion

#: the command line that purges them (after ``obecdesk`` and its location options)
PURGE_ARGS = "backups purge --before-erasure"
PURGE_COMMAND = f"obecdesk {PURGE_ARGS}"
#: a backup's name carries the local time it was taken: ``obecdesk-20261130-120501-….sqlite``
_NAME_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-|$)")
#: files SQLite may leave beside a database; they go with it
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class StaleBackup:
    """A backup file older than the latest erasure, so it may still hold erased data."""

    path: Path
    taken_at: dt.datetime


def backups_dir(store: Store) -> Path | None:
    """``backups/`` beside an SQLite store file; None for other databases."""
    database = store.database_path
    return backup_dir(database) if database is not None else None


def latest_erasure(store: Store) -> dt.datetime | None:
    """When the most recent erasure reached this replica (UTC); None when nobody was erased."""
    with store.reading() as session:
        if inspect(session.connection()).has_table(FieldVersion.__tablename__):
            arrived = session.scalar(
                select(func.max(ChangeBatch.committed_at))
                .join(FieldVersion, FieldVersion.seq == ChangeBatch.seq)
                .join(Actor, Actor.id == FieldVersion.row_id)
                .where(FieldVersion.table_name == Actor.__tablename__,
                       FieldVersion.field == "erased", Actor.erased.is_(True))
            )
            if arrived:
                return dt.datetime.fromisoformat(arrived).astimezone(dt.UTC)
        stamp = session.scalar(select(func.max(Actor.updated_at)).where(Actor.erased.is_(True)))
    if not stamp:
        return None
    return dt.datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, dt.UTC)


def _taken_at(path: Path) -> dt.datetime:
    """The time in the backup's name (local time), else the file's modification time."""
    found = _NAME_STAMP.search(path.stem)
    if found:
        naive = dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
        return naive.astimezone(dt.UTC)
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def backups_holding_erased_data(store: Store) -> list[StaleBackup]:
    """Backups of this store taken no later than the latest erasure, oldest first."""
    folder = backups_dir(store)
    if folder is None or not folder.is_dir():
        return []
    erased_at = latest_erasure(store)
    if erased_at is None:
        return []
    database = Path(store.engine.url.database or "")
    stale = []
    for path in folder.glob(f"{database.stem}-*{database.suffix}"):
        if not path.is_file():
            continue
        taken = _taken_at(path)
        # the name has whole seconds: a backup of the erasure's second may predate it
        if taken <= erased_at:
            stale.append(StaleBackup(path, taken))
    return sorted(stale, key=lambda b: (b.taken_at, b.path.name))


def purge_backups_before_erasure(store: Store, *, dry_run: bool = False) -> list[StaleBackup]:
    """Delete every backup that may still hold erased data (with SQLite's side files)."""
    stale = backups_holding_erased_data(store)
    if dry_run:
        return stale
    for backup in stale:
        for path in (backup.path, *(Path(f"{backup.path}{c}") for c in _COMPANIONS)):
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise UserError(f"Zálohu {path} nelze smazat: {os_error_text(exc)}.") from exc
    return stale
