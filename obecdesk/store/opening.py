"""Opening a store from a directory or a URL, with one clear Czech sentence for every refusal."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError

from obecdesk.errors import StoreError
from obecdesk.os_errors import os_error_text
from obecdesk.store.backup import restore_hint
from obecdesk.store.database import BEGIN_MODE, Store
from obecdesk.store.migrate import NOT_OURS, upgrade_to_head
from obecdesk.store.paths import default_data_dir, sqlite_url
from obecdesk.store.write_errors import write_failure


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # the driver would begin transactions itself, lazily and only before DML, which leaves DDL
    # outside any transaction; with autocommit at driver level ``_begin`` issues BEGIN instead
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # erased personal data must not stay in the file
    cursor.execute("PRAGMA busy_timeout=3000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin(conn) -> None:
    """Begin every transaction explicitly: DDL is transactional, and read-then-write units of work
    take the write lock at their first read (``BEGIN IMMEDIATE``) instead of at their first write."""
    mode = conn.get_execution_options().get(BEGIN_MODE, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def prepare_sqlite(engine: Engine) -> None:
    """Connection settings and explicit transactions for every SQLite engine obecdesk uses."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)


def _hint(db_path: Path | None) -> str:
    return restore_hint(db_path) if db_path is not None else ""


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url!r} není adresa databáze (např. sqlite:///cesta.sqlite).") from exc


def _sqlite_path(parsed: URL) -> Path | None:
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    # absolute: the file URI of the read-only probe needs it, and the replica's recorded location
    # must not depend on the folder the command was started from
    return Path(parsed.database).absolute()


def _check_sqlite_file(db_path: Path, *, create: bool) -> None:
    if db_path.is_dir():
        raise StoreError(f"{db_path} je složka, ne soubor databáze.")
    if not db_path.parent.exists():
        raise StoreError(f"Složka {db_path.parent} neexistuje.")
    if not db_path.exists() and not create:
        raise StoreError(f"Databáze {db_path} neexistuje.")
    if not os.access(db_path.parent, os.W_OK):
        raise StoreError(f"Do složky {db_path.parent} nelze zapisovat; obecdesk v ní potřebuje "
                         "zapisovat i při pouhém čtení databáze.")


def refuse_foreign_file(db_path: Path) -> None:
    """Another program's SQLite file is refused before obecdesk's connection settings (WAL)
    touch it, so "nic v ní neměním" stays true; read-only, without creating anything."""
    try:
        if not db_path.is_file() or db_path.stat().st_size == 0:
            return
        probe = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return  # unreadable: the ordinary open says why
    try:
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError:
        return  # not a database at all: the ordinary open says so
    finally:
        probe.close()
    if tables and "local_replica" not in tables and tables != {"alembic_version"}:
        raise StoreError(NOT_OURS + _hint(db_path))


def restrict_to_owner(db_path: Path) -> None:
    """The store holds personal data: the file (and the WAL files SQLite derives from its mode)
    is readable by its owner only. A new file is created that way; an older one is tightened."""
    try:
        if not db_path.exists():
            os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        for path in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
            if path.exists() and path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
    except OSError:
        pass  # a read-only or foreign-owned file: opening it says what is wrong


def open_store(
    url: str | None = None, *, data_dir: Path | str | None = None, upgrade: bool = True
) -> Store:
    """Open the store at ``url`` or in ``data_dir``; with ``upgrade`` create or migrate it to head.

    Without ``upgrade`` an existing store is opened as it is (``obecdesk check`` looks at it
    without changing it). Raises :class:`StoreError` when the target is not a usable store.
    """
    if url is None:
        directory = Path(data_dir) if data_dir is not None else default_data_dir()
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Nelze vytvořit složku pro data {directory}: {os_error_text(exc)}.") from exc
        url = sqlite_url(directory)
    parsed = _parse(url)
    shown = parsed.render_as_string(hide_password=True)
    db_path = _sqlite_path(parsed)
    if db_path is not None:
        _check_sqlite_file(db_path, create=upgrade)
        refuse_foreign_file(db_path)
        if upgrade:
            restrict_to_owner(db_path)
    try:
        engine = create_engine(parsed, connect_args={"timeout": 3} if db_path else {})
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"Adresu databáze {shown} nelze použít: {exc}.") from exc
    prepare_sqlite(engine)
    location = str(db_path) if db_path else shown
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if db_path is not None:
                conn.execute(text("PRAGMA schema_version"))
        if upgrade:
            upgrade_to_head(engine, db_path)
        identity_key = os.path.realpath(db_path) if db_path else shown
        return Store(engine, location=location, identity_key=identity_key, bind=upgrade)
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if (failure := write_failure(exc)) is not None:
            raise failure from exc
        raise StoreError(
            f"Databázi {location} nelze otevřít: {exc.orig}.{_hint(db_path)}"
        ) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError(
            f"Soubor {location} není databáze obecdesk: {exc.orig}.{_hint(db_path)}"
        ) from exc
