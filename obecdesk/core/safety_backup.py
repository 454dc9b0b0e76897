"""A backup before anything that writes many rows at once (imports, bundles, restores).

The laptop holds the only copy of months of work until the next bundle reaches HQ; a backup
taken just before a large change is the way back if the change turns out wrong. When the copy
cannot be written (a full disk), the change does not start.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

from obecdesk.errors import UserError
from obecdesk.store import Store
from obecdesk.store.backup import backup_sqlite, daily_backup


def backup_before(store: Store, reason: str) -> Path | None:
    """Back up an SQLite store into ``backups/``; None for a server database."""
    path = store.database_path
    if path is None:
        return None
    try:
        return backup_sqlite(path, reason=reason)
    except (OSError, sqlite3.Error) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise UserError(f"Před změnou se nepodařilo zazálohovat databázi ({detail}); "
                        "nic se nezměnilo. Uvolněte místo na disku a zkuste to znovu.") from exc


def start_daily_backup(store: Store, keep: int) -> threading.Thread | None:
    """The day's first start copies the store in the background (the window paints first) and
    rotates the automatic backups down to ``keep``; a failed copy is reported on stderr only,
    since the next write that fails for the same reason (a full disk) says so to the user."""
    path = store.database_path
    if path is None:
        return None

    def work() -> None:
        try:
            daily_backup(path, keep)
        except (OSError, sqlite3.Error) as exc:
            print(f"obecdesk: denní zálohu se nepodařilo vytvořit: {exc}", file=sys.stderr)

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread
