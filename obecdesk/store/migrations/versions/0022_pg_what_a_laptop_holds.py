"""what a laptop holds fits HQ's PostgreSQL: money as BIGINT, synced text without a length limit

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-01

A field laptop's SQLite keeps 64-bit integers in an INTEGER column and a string of any length in
a VARCHAR(n) one; PostgreSQL does neither. An EU project of 50 M Kč (5,000,000,000 haléře, beyond
32 bits) or an actor's name longer than its 200 characters (no form caps it) made the laptop's
bundle fail at an HQ on PostgreSQL with a database error. There the money columns become BIGINT
and every VARCHAR(n) column of a synced table that is no key becomes TEXT. Keys stay as they are:
the ids are UUIDs a bundle checks, and a referenced column's type is not worth touching. The
synced tables are the ones with the columns every synced table carries (``id``, ``updated_at``,
``replica_id``, ``deleted``), read from the schema as it is. SQLite: nothing to do.
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

#: amounts in haléře
MONEY = {"projects": ("requested_hal", "approved_hal"), "measures": ("budget_hal",)}
#: the columns of every synced table (frozen from ``obecdesk.store.base.Synced``)
SYNCED_MARK = {"id", "updated_at", "replica_id", "deleted"}


def _text_columns(bind) -> dict[str, list[str]]:
    """Table → its non-key VARCHAR(n) columns, for every synced table."""
    inspector = sa.inspect(bind)
    tables = inspector.get_table_names()
    foreign = {table: inspector.get_foreign_keys(table) for table in tables}
    keys = {(fk["referred_table"], column) for fks in foreign.values() for fk in fks
            for column in fk["referred_columns"]}
    for table, fks in foreign.items():
        keys |= {(table, column) for fk in fks for column in fk["constrained_columns"]}
        keys |= {(table, column)
                 for column in inspector.get_pk_constraint(table)["constrained_columns"]}
    found: dict[str, list[str]] = {}
    for table in tables:
        columns = inspector.get_columns(table)
        if not SYNCED_MARK.issubset(c["name"] for c in columns):
            continue
        wanted = [c["name"] for c in columns
                  if isinstance(c["type"], sa.String) and not isinstance(c["type"], sa.Text)
                  and c["type"].length and (table, c["name"]) not in keys]
        if wanted:
            found[table] = wanted
    return found


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, columns in MONEY.items():
        changes = ", ".join(f"ALTER COLUMN {c} TYPE BIGINT" for c in columns)
        op.execute(f"ALTER TABLE {table} {changes}")
    for table, columns in _text_columns(bind).items():
        changes = ", ".join(f"ALTER COLUMN {c} TYPE TEXT" for c in columns)
        op.execute(f"ALTER TABLE {table} {changes}")


def downgrade() -> None:
    """Money back to INTEGER (refused while an amount needs more); the text columns stay TEXT:
    a length limit would refuse what has arrived, and the older code reads TEXT alike."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in MONEY.items():
        changes = ", ".join(f"ALTER COLUMN {c} TYPE INTEGER" for c in columns)
        op.execute(f"ALTER TABLE {table} {changes}")
