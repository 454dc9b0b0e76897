"""Consistent copies of a live SQLite store, taken before anything risky touches it, and the way
back to the newest one when a store cannot be opened."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

STAMP_FORMAT = "%Y%m%d-%H%M%S"
#: backups taken by hand (``obecdesk backup create``, the Zálohy dialog) are never rotated away
MANUAL = "manual"
#: how many automatic backups stay when no setting says otherwise
DEFAULT_KEEP = 10
#: files SQLite may leave beside a database it was writing
_COMPANIONS = ("-journal", "-wal", "-shm")


def backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy a live SQLite store (WAL included) to ``backups/`` beside it; returns the copy."""
    target_dir = backup_dir(path)
    target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(STAMP_FORMAT)
    partial = target_dir / f".{path.stem}-{stamp}-{reason}.{os.getpid()}-{threading.get_ident()}.part"
    try:
        _copy_database(path, partial)
        copy = 1
        while True:  # never overwrite a copy taken in the same second, here or by another process
            suffix = f"-{copy}" if copy > 1 else ""
            target = target_dir / f"{path.stem}-{stamp}-{reason}{suffix}{path.suffix}"
            try:
                os.link(partial, target)
                break
            except FileExistsError:
                copy += 1
    finally:  # a full disk must not leave a 0-byte "backup" that looks usable, nor its journal
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in _COMPANIONS)):
            leftover.unlink(missing_ok=True)
    return target


def _copy_database(source_path: Path, target: Path) -> None:
    """SQLite's online backup API from ``source_path`` into ``target`` (owner-only)."""
    source = sqlite3.connect(source_path)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        dest = sqlite3.connect(target)
        try:
            with dest:
                source.backup(dest)
        finally:
            dest.close()
        os.chmod(target, 0o600)
    finally:
        source.close()


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"{re.escape(path.stem)}-(\d{{8}}-\d{{6}})-(.*?)(?:-\d+)?{re.escape(path.suffix)}")


def list_backups(path: Path) -> list[Backup]:
    """Every backup of the store at ``path``, newest first."""
    pattern = _pattern(path)
    try:
        files = list(backup_dir(path).iterdir())
    except OSError:
        return []
    found = []
    for f in files:
        if (m := pattern.fullmatch(f.name)) and f.is_file():
            taken = dt.datetime.strptime(m.group(1), STAMP_FORMAT)
            found.append(Backup(f, taken, m.group(2), f.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime), reverse=True)


def rotate_backups(path: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; manual ones stay. Returns the deleted."""
    automatic = [b for b in list_backups(path) if b.reason != MANUAL]
    removed = []
    for backup in automatic[max(keep, 1):]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def daily_backup(path: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """One backup a day on start (when none was taken today), then rotation; None when not due."""
    today = dt.datetime.now().date()
    if not path.exists() or any(b.taken_at.date() == today for b in list_backups(path)):
        return None
    taken = backup_sqlite(path, reason="daily")
    rotate_backups(path, keep)
    return taken


def restore_backup(path: Path, backup: Path) -> Path:
    """Put ``backup`` back as the store at ``path`` (closed); the current state is backed up
    first, so nothing is lost. Returns that safety copy. The restored store becomes a new replica
    on its next open (``replica_identity``)."""
    check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        ok = check.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"{backup.name} není databáze obecdesk.") from exc
    finally:
        check.close()
    if not ok or ok[0] != "ok":
        raise ValueError(f"Záloha {backup.name} je poškozená ({ok[0] if ok else '?'}).")
    safety = backup_sqlite(path, reason="before-restore")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(path)
        try:
            with dest:
                source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return safety


def newest_backup(path: Path) -> Path | None:
    """The newest copy of the store at ``path`` in ``backups/`` (by the time in its name)."""
    found = list_backups(path)
    return found[0].path if found else None


def restore_hint(path: Path) -> str:
    """A sentence naming the newest backup and how to put it back; empty when there is none."""
    backup = newest_backup(path)
    if backup is None:
        return ""
    return (f" Nejnovější záloha je {backup}. Obnovíte ji tak, že zavřete obecdesk, zkopírujete "
            f"ji přes soubor {path} a smažete soubory {path.name}-wal a {path.name}-shm, pokud "
            "vedle něj jsou.")
