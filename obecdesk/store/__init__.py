"""Persistence: SQLAlchemy models, the store and its units of work, Alembic migrations, paths."""

from obecdesk.store.database import Store
from obecdesk.store.opening import open_store

__all__ = ["Store", "open_store"]
