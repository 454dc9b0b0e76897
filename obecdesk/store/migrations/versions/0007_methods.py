"""methods: agenda items as method blocks (method, steps, facilitator note, materials), stored
methods (a coordinator's own, HQ's updates of the catalog) and ratings of how a method went

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

The agenda's new columns are added in place (``ALTER TABLE … ADD COLUMN``): rebuilding the table
would drop the triggers that keep the minutes index current. Existing items get a version of
each new field at the row's stamp, in a change batch of their own, so ``check`` finds every
field versioned and the next exchange carries them.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NEW_ITEM_FIELDS = ("method_id", "method_steps", "facilitator_note", "materials")
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


def _envelope() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=64), nullable=False),
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in ("deleted", "updated_at", *columns):
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.add_column("agenda_items", sa.Column("method_id", sa.String(length=80), nullable=False,
                                            server_default=""))
    for name in NEW_ITEM_FIELDS[1:]:
        op.add_column("agenda_items", sa.Column(name, sa.Text(), nullable=False,
                                                server_default=""))
    op.create_table(
        "methods",
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("locality_id", sa.String(length=36), nullable=True),
        sa.Column("definition", sa.Text(), nullable=False),
        *_envelope(),
        sa.ForeignKeyConstraint(["locality_id"], ["localities.id"],
                                name="fk_methods_locality_id_localities"),
        sa.PrimaryKeyConstraint("id", name="pk_methods"),
    )
    _indexes("methods", "slug", "locality_id")
    op.create_table(
        "method_ratings",
        sa.Column("locality_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column("method_slug", sa.String(length=80), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_envelope(),
        sa.ForeignKeyConstraint(["locality_id"], ["localities.id"],
                                name="fk_method_ratings_locality_id_localities"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"],
                                name="fk_method_ratings_meeting_id_meetings"),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"],
                                name="fk_method_ratings_agenda_item_id_agenda_items"),
        sa.PrimaryKeyConstraint("id", name="pk_method_ratings"),
    )
    _indexes("method_ratings", "meeting_id", "agenda_item_id")
    op.create_index("ix_method_ratings_locality_method", "method_ratings",
                    ["locality_id", "method_slug"])
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT count(*) FROM agenda_items")).scalar():
        return
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    bind.execute(sa.text("INSERT INTO change_batches (origin, committed_at) "
                         "VALUES ('migration', :now)"), {"now": now})
    seq = bind.execute(sa.text("SELECT max(seq) FROM change_batches")).scalar()
    for name in NEW_ITEM_FIELDS:
        _insert_or_ignore(bind, (
            "INSERT OR IGNORE INTO field_versions (table_name, row_id, field, element, stamp, "
            f"base, seq, removed) SELECT 'agenda_items', id, '{name}', '', {_stamp(bind)}, '', :seq, FALSE "
            "FROM agenda_items"), {"seq": seq})


def downgrade() -> None:
    op.drop_table("method_ratings")
    op.drop_table("methods")
    op.execute("DELETE FROM field_versions WHERE table_name IN ('methods', 'method_ratings') "
               "OR (table_name = 'agenda_items' AND field IN "
               "('method_id', 'method_steps', 'facilitator_note', 'materials'))")
    for name in NEW_ITEM_FIELDS:  # in place, keeping the minutes index triggers
        op.execute(f"ALTER TABLE agenda_items DROP COLUMN {name}")
