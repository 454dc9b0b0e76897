"""An opened store: units of work that stamp synced rows and tell listeners what changed.

Nothing opens a database at import time and no module holds a global session: the CLI, the UI and
the tests each call :func:`obecdesk.store.open_store` and pass the :class:`Store` on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event, func, inspect, select, text, union_all
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from obecdesk.errors import StoreError
from obecdesk.store.base import Synced, new_id
from obecdesk.store.changes import ChangeSet, Listener
from obecdesk.store.clock_check import clock_problems, sync_reports
from obecdesk.store.hlc import HybridClock, Stamp
from obecdesk.store.migrate import head_revision
from obecdesk.store.models import SYNCED_MODELS, ChangeBatch, SyncConflict
from obecdesk.store.replica_identity import ReplicaIdentity, bind_replica
from obecdesk.store.versions import HardDeleteRefused, local_versions, write_versions
from obecdesk.store.write_errors import LOCKED_MESSAGE, is_locked, write_failure

#: execution option that makes a transaction start with ``BEGIN IMMEDIATE`` on SQLite
BEGIN_MODE = "obecdesk_begin"


class Store:
    """An opened store: engine, session factory, this replica's clock, change listeners."""

    def __init__(self, engine: Engine, *, location: str, identity_key: str = "",
                 bind: bool = True) -> None:
        """``bind`` ties the store's replica to this installation (see ``replica_identity``);
        without it (``obecdesk check``) the replica id is only read and nothing is written."""
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Listener] = []
        self.identity = self._bind(identity_key or location) if bind else self._read_identity()
        self.replica_id = self.identity.replica_id
        self.clock = HybridClock(self.replica_id)
        for stamp in self._last_stamps():
            self.clock.observe(stamp)
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
        member", the import's duplicate check): the write lock (PostgreSQL: an advisory one) is
        taken before the first read, so a second process waits for it.
        """
        session = self._sessions()
        session.info["changes"] = ChangeSet()
        session.info["keep_stamps"] = keep_stamps
        try:
            if immediate and self.engine.dialect.name == "sqlite":
                session.connection(execution_options={BEGIN_MODE: "IMMEDIATE"})
            elif immediate:
                session.execute(text("SELECT pg_advisory_xact_lock(20260522)"))
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if (failure := write_failure(exc)) is not None:
                raise failure from exc
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
        """Stamp local edits and record a version for every field they change.

        Rows applied by the merge (``keep_stamps``) carry the versions they came with; the merge
        records those itself.
        """
        refused = [obj for obj in session.deleted if isinstance(obj, Synced)]
        if refused:
            raise HardDeleteRefused(
                f"{type(refused[0]).__name__} {refused[0].id}: synced rows are never deleted, "
                "set deleted=True (a tombstone) so that other replicas hear of it"
            )
        changes: ChangeSet = session.info.setdefault("changes", ChangeSet())
        local = not session.info.get("keep_stamps")
        versions: list[dict] = []
        new = session.new  # an IdentitySet built anew on every access: once per flush
        for obj in list(new) + list(session.dirty):
            if not isinstance(obj, Synced):
                continue
            is_new = obj in new
            if not is_new and not session.is_modified(obj):
                continue
            if obj.id is None:
                obj.id = new_id()
            if local:
                stamp = self.clock.tick()
                obj.updated_at = stamp
                obj.replica_id = self.replica_id
                versions += local_versions(session, obj, stamp, is_new)
            changes.add(obj.__kind__, obj.id)
        write_versions(session, versions)

    # -- identity and health -------------------------------------------------------------------

    def _bind(self, location: str) -> ReplicaIdentity:
        with self.unit_of_work(immediate=True) as session:
            return bind_replica(session, location)

    def _read_identity(self) -> ReplicaIdentity:
        with self.engine.connect() as conn:
            replica = conn.execute(text("SELECT id FROM local_replica")).scalar()
        return ReplicaIdentity(replica or "")

    def _last_stamps(self) -> list[str]:
        """The newest well-formed stamps in the store, for the clock to start past them.

        A malformed stamp (a damaged row, a hand edit) never stops opening; ``check`` reports it.
        """
        with self.reading() as session:
            # every stamp written here or merged in also raised its row's ``updated_at``, which
            # is indexed: no need to scan the (much larger, unindexed by stamp) clock table
            stamps = session.scalars(union_all(
                *(select(func.max(model.updated_at)) for model in SYNCED_MODELS))).all()
        good = []
        for stamp in stamps:
            try:
                if stamp:
                    Stamp.parse(stamp)
                    good.append(stamp)
            except ValueError:
                continue
        return good

    # -- sync state ----------------------------------------------------------------------------

    def change_seq(self) -> int:
        """The number of the last committed transaction that changed synced data here."""
        with self.reading() as session:
            return session.scalar(select(func.max(ChangeBatch.seq))) or 0

    def conflict_count(self, *, unresolved: bool = True) -> int:
        with self.reading() as session:
            query = select(func.count(SyncConflict.id))
            if unresolved:
                query = query.where(SyncConflict.resolved.is_(False))
            return session.scalar(query) or 0

    def schema_version(self) -> str:
        """The stored Alembic revision, read directly: no need to load Alembic to show it."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return ""
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check, the schema check and the clock table
        (rows without versions, bad stamps, forks, quarantined changes); empty when healthy."""
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
        with self.engine.connect() as conn:
            problems += clock_problems(conn) + sync_reports(conn)
        return problems

    @property
    def database_path(self) -> Path | None:
        """The SQLite file behind the store; None for a server or in-memory database."""
        database = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
            return None
        return Path(database)

    def dispose(self) -> None:
        self.engine.dispose()
