"""A backup before anything that writes many rows at once (imports, bundles, restores).

The laptop holds the only copy of months of work until the next bundle reaches HQ; a backup
taken just before a large change is the way back if the change turns out wrong. When the copy
cannot be written (a full disk), the change does not start.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.store.backup import backup_sqlite


def backup_before(store: Store, reason: str) -> Path | None:
    """Back up an SQLite store into ``backups/``; None for a server database."""
    path = store.database_path
    if path is None:
        return None
    try:
        return backup_sqlite(path, reason=reason)
    except (OSError, sqlite3.Error) as exc:
        detail = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
        raise UserError(f"Před změnou se nepodařilo zazálohovat databázi ({detail}); "
                        "nic se nezměnilo. Uvolněte místo na disku a zkuste to znovu.") from exc

