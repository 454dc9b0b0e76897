"""Consistent copies of a live SQLite store, taken before anything risky touches it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy a live SQLite store (WAL included) to ``backups/`` beside it; returns the copy."""
    target_dir = path.parent / "backups"
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target
