"""Alembic, driven from code: where the migrations are, the head, upgrading an older store.

An older store is copied to ``backups/`` before the first migration step touches it; a store
from a newer obecdesk, or another program's database, is refused untouched. Creating a store and
every upgrade run in one transaction (:func:`migration_transaction`), so a crash or a kill
leaves the old schema or the new one, never a half-made one. Alembic is imported only when the
schema is not at :data:`HEAD`: an ordinary start reads one row and goes on. SQLAlchemy is imported
only inside the functions: ``obecdesk stats`` reads :data:`HEAD` without loading it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from obecdesk.errors import StoreError
from obecdesk.store.backup import backup_sqlite, restore_hint

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"
#: the newest revision in ``migrations/versions`` (a test keeps the two equal)
HEAD = "0023"
NOT_OURS = "Soubor je databáze, ale ne databáze obecdesk; nic v ní neměním."
BROKEN_LINKS = ("Aktualizace databáze by porušila vazby mezi záznamy ({count}); databáze "
                "zůstala beze změny.")
#: tables that migrations create by hand (SQLite FTS5 and its shadow tables), not from models
HAND_MADE_TABLES = ("minutes_fts", "minutes_search_keys", "actors_fts", "actor_search_keys")


def include_object(obj, name, type_, reflected, compare_to, dialect: str = "sqlite") -> bool:
    """Keep autogenerate from proposing to drop what the models do not describe on purpose, or
    to add a model's index meant for the other database (``Index.ddl_if``)."""
    if type_ == "index" and name and name.endswith("_minutes_search"):
        return False  # PostgreSQL's full-text indexes (0020), expressions no model describes
    condition = getattr(obj, "_ddl_if", None) if type_ == "index" and not reflected else None
    if condition is not None and condition.dialect not in (None, dialect):
        return False
    return not (type_ == "table" and name and name.startswith(HAND_MADE_TABLES))


def include_object_on(dialect: str):
    """:func:`include_object` for a database of ``dialect`` ("sqlite", "postgresql")."""
    return lambda *args: include_object(*args, dialect=dialect)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head as the migration scripts say (:data:`HEAD` is its cached copy)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def _at_head(conn: Connection) -> bool:
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return False
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for a whole upgrade, holding the write lock from its first statement.

    On SQLite the foreign keys are switched off for it (the pragma does nothing inside a
    transaction, so it is set before ``BEGIN``): a migration may rebuild a table that others
    point at, which SQLite cannot do with them on. Before the commit the links are checked; if
    any is broken the whole upgrade is rolled back. A second obecdesk starting at the same time
    waits for the lock and then finds the schema at head.
    """
    from obecdesk.store.database import BEGIN_MODE

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
            conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        try:
            with conn.begin():
                yield conn
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(BROKEN_LINKS.format(count=len(broken)))
        finally:
            if sqlite and not conn.invalidated:  # an invalidated connection is never reused
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


def upgrade_to_head(engine: Engine, db_path: Path | None) -> None:
    """Bring the schema to head (backing an SQLite file up first); no-op when already there."""
    with engine.connect() as conn:
        if _at_head(conn):
            return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError
    from sqlalchemy import inspect

    head = head_revision()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current == head:
        return
    not_ours = NOT_OURS + (restore_hint(db_path) if db_path is not None else "")
    if current is None and tables - {"alembic_version"}:
        raise StoreError(not_ours)
    if current is not None:
        if "local_replica" not in tables:  # another program that also uses Alembic
            raise StoreError(not_ours)
        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(current)
        except CommandError as exc:
            raise StoreError(
                f"Databázi vytvořila novější verze obecdesk (schéma {current}); aktualizujte program."
            ) from exc
    backup = None
    if current is not None and db_path is not None:
        backup = backup_sqlite(db_path, reason=f"before-upgrade-{current}")
    cfg = alembic_config()
    try:
        with migration_transaction(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except BaseException:
        if backup is not None:  # the store is as it was; the copy would only hide older ones
            backup.unlink(missing_ok=True)
        raise
