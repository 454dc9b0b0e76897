"""Alembic, driven from code: where the migrations are, the head, upgrading an older store.

An older store is copied to ``backups/`` before the first migration step touches it; a store
from a newer obecdesk, or another program's database, is refused untouched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect

from obecdesk.errors import StoreError
from obecdesk.store.backup import backup_sqlite

MIGRATIONS = Path(__file__).parent / "migrations"
NOT_OURS = "Soubor je databáze, ale ne databáze obecdesk; nic v ní neměním."
#: tables that migrations create by hand (SQLite FTS5 and its shadow tables), not from models
HAND_MADE_TABLES = ("minutes_fts", "minutes_search_keys")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Keep autogenerate from proposing to drop what the models do not describe on purpose."""
    return not (type_ == "table" and name and name.startswith(HAND_MADE_TABLES))


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def upgrade_to_head(engine: Engine, db_path: Path | None) -> None:
    """Bring the schema to head (backing an SQLite file up first); no-op when already there."""
    head = head_revision()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current == head:
        return
    if current is None and tables - {"alembic_version"}:
        raise StoreError(NOT_OURS)
    if current is not None:
        if "local_replica" not in tables:  # another program that also uses Alembic
            raise StoreError(NOT_OURS)
        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(current)
        except CommandError as exc:
            raise StoreError(
                f"Databázi vytvořila novější verze obecdesk (schéma {current}); aktualizujte program."
            ) from exc
        if db_path is not None:
            backup_sqlite(db_path, reason=f"before-upgrade-{current}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
