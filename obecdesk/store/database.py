"""Opening a store: one call builds the engine, upgrades the schema and hands out units of work.

Nothing opens a database at import time and no module holds a global session: the CLI, the UI and
the tests each call :func:`open_store` with a directory or URL and pass the :class:`Store` on.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from obecdesk.core.errors import StoreError
from obecdesk.core.hlc import HybridClock
from obecdesk.store.base import Synced, new_id
from obecdesk.store.changes import ChangeSet, Listener
from obecdesk.store.models import SYNCED_MODELS, LocalReplica
from obecdesk.store.paths import default_data_dir, sqlite_url

MIGRATIONS = Path(__file__).parent / "migrations"
LOCKED_MESSAGE = (
    "Databáze je zamčená jiným programem (možná běží obecdesk podruhé). "
    "Zavřete ho a zkuste to znovu."
)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def _is_locked(exc: BaseException) -> bool:
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
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error, then tells listeners."""
        session = self._sessions()
        session.info["changes"] = ChangeSet()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if _is_locked(exc):
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
            if _is_locked(exc):
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


# -- opening ---------------------------------------------------------------------------------------


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=3000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


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


def _upgrade(engine: Engine, db_path: Path | None) -> None:
    head = head_revision()
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current == head:
        return
    if current is None and tables - {"alembic_version"}:
        raise StoreError("Soubor je databáze, ale ne databáze obecdesk; nic v ní neměním.")
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise StoreError(
                f"Databázi vytvořila novější verze obecdesk (schéma {current}); aktualizujte program."
            ) from exc
        if db_path is not None:
            backup_sqlite(db_path, reason=f"before-upgrade-{current}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(
    url: str | None = None, *, data_dir: Path | str | None = None, upgrade: bool = True
) -> Store:
    """Open (creating or upgrading as needed) the store at ``url`` or in ``data_dir``.

    Raises :class:`StoreError` with a Czech sentence when the target is not a usable obecdesk store.
    """
    if url is None:
        directory = Path(data_dir) if data_dir is not None else default_data_dir()
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Nelze vytvořit složku pro data {directory}: {exc.strerror}.") from exc
        url = sqlite_url(directory)
    db_path = _sqlite_path(url)
    if db_path is not None:
        if db_path.is_dir():
            raise StoreError(f"{db_path} je složka, ne soubor databáze.")
        if not db_path.parent.exists():
            raise StoreError(f"Složka {db_path.parent} neexistuje.")
    try:
        engine = create_engine(url, connect_args={"timeout": 3} if db_path else {})
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"Adresu databáze {url!r} nelze použít: {exc}.") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    location = str(db_path) if db_path else make_url(url).render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if db_path is not None:
                conn.execute(text("PRAGMA schema_version"))
        if upgrade:
            _upgrade(engine, db_path)
        return Store(engine, location=location)
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if _is_locked(exc):
            raise StoreError(LOCKED_MESSAGE) from exc
        raise StoreError(f"Databázi {location} nelze otevřít: {exc.orig}.") from exc
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError(f"Soubor {location} není databáze obecdesk: {exc.orig}.") from exc

