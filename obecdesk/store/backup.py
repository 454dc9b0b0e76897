"""Consistent copies of a live SQLite store, taken before anything risky touches it, and the way
back to the newest one when a store cannot be opened."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

STAMP_FORMAT = "%Y%m%d-%H%M%S"


def backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy a live SQLite store (WAL included) to ``backups/`` beside it; returns the copy."""
    target_dir = backup_dir(path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(STAMP_FORMAT)
    target = target_dir / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    copy = 1
    while target.exists():  # never overwrite a copy taken in the same second
        copy += 1
        target = target_dir / f"{path.stem}-{stamp}-{reason}-{copy}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def newest_backup(path: Path) -> Path | None:
    """The newest copy of the store at ``path`` in ``backups/`` (by the time in its name)."""
    pattern = re.compile(rf"{re.escape(path.stem)}-(\d{{8}}-\d{{6}})-.*{re.escape(path.suffix)}")
    try:
        found = [(m.group(1), f.stat().st_mtime, f) for f in backup_dir(path).iterdir()
                 if (m := pattern.fullmatch(f.name)) and f.is_file()]
    except OSError:
        return None
    return max(found)[2] if found else None


def restore_hint(path: Path) -> str:
    """A sentence naming the newest backup and how to put it back; empty when there is none."""
    backup = newest_backup(path)
    if backup is None:
        return ""
    return (f" Nejnovější záloha je {backup}. Obnovíte ji tak, že zavřete obecdesk, zkopírujete "
            f"ji přes soubor {path} a smažete soubory {path.name}-wal a {path.name}-shm, pokud "
            "vedle něj jsou.")
