"""An opened store: units of work that stamp synced rows and tell listeners what changed.

Nothing opens a database at import time and no module holds a global session: the CLI, the UI and
the tests each call :func:`obecdesk.store.open_store` and pass the :class:`Store` on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from obecdesk.errors import StoreError
from obecdesk.store.base import Synced, new_id
from obecdesk.store.changes import ChangeSet, Listener
from obecdesk.store.hlc import HybridClock
from obecdesk.store.migrate import head_revision
from obecdesk.store.models import SYNCED_MODELS, LocalReplica

LOCKED_MESSAGE = (
    "Databáze je zamčená jiným programem (možná běží obecdesk podruhé). "
    "Zavřete ho a zkuste to znovu."
)

#: execution option that makes a transaction start with ``BEGIN IMMEDIATE`` on SQLite
BEGIN_MODE = "obecdesk_begin"


def is_locked(exc: BaseException) -> bool:
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


class Store:
    """An opened store: engine, session factory, this replica's clock, change listeners."""

    def __init__(self, engine: Engine, *, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Listener] = []
        self.replica_id = self._ensure_replica()
        self.clock = HybridClock(self.replica_id)
        last = self._last_stamp()
        if last:
            self.clock.observe(last)
        event.listen(self._sessions, "before_flush", self._stamp_changes)

    # -- units of work -------------------------------------------------------------------------

    @contextmanager
    def unit_of_work(
        self, *, keep_stamps: bool = False, immediate: bool = False
    ) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error, then tells listeners.

        Local edits get a new clock stamp and this replica's id; ``keep_stamps`` is for applying
        changes that come from another replica, whose stamps must stay as they were made.
        ``immediate`` is for writes that read first (the next decision number, "already a
        member", the import's duplicate check): the write lock is taken before the first read,
        so a second process waits instead of deciding on the same stale reading.
        """
        session = self._sessions()
        session.info["changes"] = ChangeSet()
        session.info["keep_stamps"] = keep_stamps
        try:
            if immediate and self.engine.dialect.name == "sqlite":
                session.connection(execution_options={BEGIN_MODE: "IMMEDIATE"})
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if is_locked(exc):
                raise StoreError(LOCKED_MESSAGE) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        changes: ChangeSet = session.info["changes"]
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session that is closed (never committed) afterwards."""
        session = self._sessions()
        try:
            yield session
        except OperationalError as exc:
            if is_locked(exc):
                raise StoreError(LOCKED_MESSAGE) from exc
            raise
        finally:
            session.close()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _stamp_changes(self, session: Session, _ctx, _instances) -> None:
        changes: ChangeSet = session.info.setdefault("changes", ChangeSet())
        for obj in list(session.new) + list(session.dirty):
            if not isinstance(obj, Synced):
                continue
            if obj in session.dirty and not session.is_modified(obj):
                continue
            if obj.id is None:
                obj.id = new_id()
            if not session.info.get("keep_stamps"):
                obj.updated_at = self.clock.tick()
                obj.replica_id = self.replica_id
            changes.add(obj.__kind__, obj.id)
        for obj in session.deleted:
            if isinstance(obj, Synced):
                changes.add(obj.__kind__, obj.id)

    # -- identity and health -------------------------------------------------------------------

    def _ensure_replica(self) -> str:
        with self._sessions.begin() as session:
            replica = session.scalars(select(LocalReplica)).first()
            if replica is None:
                replica = LocalReplica(
                    id=new_id(), created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                )
                session.add(replica)
            return replica.id

    def _last_stamp(self) -> str:
        with self.reading() as session:
            stamps = [
                session.scalar(select(func.max(model.updated_at))) for model in SYNCED_MODELS
            ]
        return max((s for s in stamps if s), default="")

    def schema_version(self) -> str:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision() or ""

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and the schema check; empty when healthy."""
        problems: list[str] = []
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
                if rows != ["ok"]:
                    problems.extend(f"Integrita SQLite: {r}" for r in rows)
                fk = list(conn.execute(text("PRAGMA foreign_key_check")))
                if fk:
                    problems.append(f"Porušené cizí klíče: {len(fk)} řádků.")
        current, head = self.schema_version(), head_revision()
        if current != head:
            problems.append(f"Schéma je ve verzi {current or 'žádné'}, očekává se {head}.")
        return problems

    def dispose(self) -> None:
        self.engine.dispose()
