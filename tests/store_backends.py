"""The store a test runs on: a SQLite file in ``tmp_path`` (the default) or a PostgreSQL database.

Tests marked ``@pytest.mark.backends`` run once on each (see ``conftest.py``); the support
modules (``sync_support.open_replicas``) open their stores through :func:`open_fresh`, so a
sync test's replicas all live on the backend the test runs on.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from obecdesk.store import Store, open_store

BACKENDS = ("sqlite", "postgresql")


class SqliteStores:
    name = "sqlite"

    def __init__(self) -> None:
        self._template: Path | None = None

    def open_fresh(self, folder: Path) -> Store:
        """A migrated empty store in ``folder`` (a copy of one migrated per test folder)."""
        if self._template is None or not self._template.exists():
            self._template = folder.parent / "template"
            open_store(data_dir=self._template).dispose()
        shutil.copytree(self._template, folder)
        return open_store(data_dir=folder)


class PostgresStores:
    name = "postgresql"

    def __init__(self, server) -> None:
        self.server = server
        self.urls: list[str] = []

    def open_fresh(self, folder: Path) -> Store:
        """A migrated empty database of its own (``folder`` is only where backups would go)."""
        url = self.server.new_database()
        self.urls.append(url)
        return open_store(url, data_dir=folder)

    def drop_all(self) -> None:
        for url in self.urls:
            self.server.drop_database(url)
        self.urls.clear()


#: the backend of the running test (set by the ``backend`` fixture)
active: SqliteStores | PostgresStores = SqliteStores()


def open_fresh(folder: Path) -> Store:
    return active.open_fresh(folder)


#: marks for a test or module that opens its stores through the support modules (no ``store``
#: fixture): ``pytestmark = store_backends.BOTH`` runs each of its tests on both backends
BOTH = [pytest.mark.usefixtures("backend"), pytest.mark.backends]
