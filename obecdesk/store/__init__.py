"""Persistence: SQLAlchemy models, engine and unit of work, Alembic migrations, user paths."""

from obecdesk.store.database import Store, open_store

__all__ = ["Store", "open_store"]
