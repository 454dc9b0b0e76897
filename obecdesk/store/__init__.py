"""Persistence: SQLAlchemy models, the store and its units of work, Alembic migrations, paths.

``Store`` and ``open_store`` are loaded on first use: the plain modules of this package (paths,
the kinds' tables, the schema head) stay importable without SQLAlchemy, for ``obecdesk stats``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from obecdesk.store.database import Store
    from obecdesk.store.opening import open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from obecdesk.store.database import Store

        return Store
    if name == "open_store":
        from obecdesk.store.opening import open_store

        return open_store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
