"""Backups of the store as the user handles them: list, make one now, put one back.

Shared by ``obecdesk backup …`` and the Zálohy dialog. Copies live in ``backups/`` beside an
SQLite store (:mod:`obecdesk.store.backup`); a server database is backed up by its server.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.store.backup import (
    MANUAL,
    Backup,
    backup_dir,
    backup_sqlite,
    daily_backup,
    list_backups,
    restore_backup,
)

SERVER_DATABASE = ("Zálohy ve složce backups/ má jen databáze SQLite; databázi na serveru "
                   "zálohuje její správce nástroji serveru (např. pg_dump).")


def _why(exc: BaseException) -> str:
    return os_error_text(exc) if isinstance(exc, OSError) else str(exc)


class BackupService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def available(self) -> bool:
        return self.store.database_path is not None

    def database(self) -> Path:
        path = self.store.database_path
        if path is None:
            raise UserError(SERVER_DATABASE)
        return path

    def list(self) -> list[Backup]:
        """Every backup, newest first."""
        return list_backups(self.database())

    def create(self) -> Path:
        """A manual backup now (never rotated away)."""
        try:
            return backup_sqlite(self.database(), reason=MANUAL)
        except (OSError, sqlite3.Error) as exc:
            raise UserError(f"Zálohu nelze vytvořit: {_why(exc)}.") from exc

    def find(self, name: str) -> Path:
        """A backup given by its name in ``backups/`` or by a path."""
        given = Path(name)
        for candidate in (given, backup_dir(self.database()) / name):
            if candidate.is_file():
                return candidate
        raise UserError(f"Záloha {name} neexistuje; názvy vypíše `obecdesk backup list`.")

    def start_daily(self, keep: int) -> threading.Thread | None:
        """The day's first start copies the store in the background (the window paints first)
        and rotates the automatic backups down to ``keep``; a failed copy is reported on stderr
        only, since the next write that fails for the same reason (a full disk) says so."""
        path = self.store.database_path
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

    def restore(self, name: str) -> Path:
        """Put a backup back; the store is closed first and must not be used afterwards (open
        it again: it becomes a new replica). Returns the copy of the state before the restore."""
        chosen, database = self.find(name), self.database()
        self.store.dispose()
        try:
            return restore_backup(database, chosen)
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        except (OSError, sqlite3.Error) as exc:
            raise UserError(f"Zálohu nelze obnovit: {_why(exc)}.") from exc
