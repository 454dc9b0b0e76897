"""decisions: every locality names the replica that gives its final decision numbers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

A number printed in published minutes never changes and never points at two decisions, so only
one replica per locality gives final numbers; any other gives provisional ones
(``core/meetings/decision_numbers.py``, ``docs/decision-numbers.md``). Every store so far has
been the only replica of the localities it holds, so each of its localities is numbered by the
store's own replica. The rows keep their sync stamps (the value is what was true all along);
the new field gets its version at the row's stamp, in a change batch of its own, so the next
exchange carries it.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: a row's stamp if it is well formed, else the oldest possible stamp of the row's replica
#: (as in 0005, repeated here so that this step never changes)
STAMP = ("CASE WHEN updated_at GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]"
         "[0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-?*' THEN updated_at "
         "ELSE '000000000000000-000000-' || replica_id END")


def _stamp(bind) -> str:
    """:data:`STAMP` in the database's own dialect (PostgreSQL has no GLOB)."""
    if bind.dialect.name == "sqlite":
        return STAMP
    return ("CASE WHEN updated_at ~ '^[0-9]{15}-[0-9]{6}-.' THEN updated_at "
            "ELSE '000000000000000-000000-' || replica_id END")


def _insert_or_ignore(bind, sql: str, params: dict) -> None:
    """SQLite's ``INSERT OR IGNORE`` as PostgreSQL's ``ON CONFLICT DO NOTHING`` there."""
    if bind.dialect.name != "sqlite":
        sql = sql.replace("INSERT OR IGNORE INTO", "INSERT INTO") + " ON CONFLICT DO NOTHING"
    bind.execute(sa.text(sql), params)


def upgrade() -> None:
    op.add_column("localities", sa.Column("numbering_replica_id", sa.String(36),
                                          nullable=False, server_default=""))
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE localities SET numbering_replica_id = "
                         "COALESCE((SELECT id FROM local_replica LIMIT 1), '')"))
    if not bind.execute(sa.text("SELECT count(*) FROM localities")).scalar():
        return
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    bind.execute(sa.text("INSERT INTO change_batches (origin, committed_at) "
                         "VALUES ('migration', :now)"), {"now": now})
    seq = bind.execute(sa.text("SELECT max(seq) FROM change_batches")).scalar()
    _insert_or_ignore(bind, (
        "INSERT OR IGNORE INTO field_versions (table_name, row_id, field, element, stamp, base, "
        f"seq, removed) SELECT 'localities', id, 'numbering_replica_id', '', {_stamp(bind)}, '', :seq, FALSE "
        "FROM localities"), {"seq": seq})


def downgrade() -> None:
    op.execute("DELETE FROM field_versions WHERE table_name = 'localities' "
               "AND field = 'numbering_replica_id'")
    with op.batch_alter_table("localities") as batch:
        batch.drop_column("numbering_replica_id")
