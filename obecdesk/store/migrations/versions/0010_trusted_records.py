"""records that can be trusted: minutes versions, task reviews, verifier, project strip

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30

Approved minutes are corrected only with a reason, and the text before each correction is kept
(``minutes_versions``); the meeting that reviews an open action item records what it decided
(``task_reviews``). Meetings get a verifier of the minutes (ověřovatel), localities the number
and publicity line of a funded project. The new fields of existing rows get their version at the
row's stamp, in a change batch of its own, so the next exchange carries them (as in 0006).
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
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
NEW_FIELDS = {"meetings": ("verifier",), "localities": ("project_number", "publicity_text")}


def _envelope() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("updated_at", sa.String(64), nullable=False),
        sa.Column("replica_id", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _version_new_fields() -> None:
    bind = op.get_bind()
    if not any(bind.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
               for table in NEW_FIELDS):
        return
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    bind.execute(sa.text("INSERT INTO change_batches (origin, committed_at) "
                         "VALUES ('migration', :now)"), {"now": now})
    seq = bind.execute(sa.text("SELECT max(seq) FROM change_batches")).scalar()
    for table, fields in NEW_FIELDS.items():
        for field in fields:
            _insert_or_ignore(bind, (
                "INSERT OR IGNORE INTO field_versions (table_name, row_id, field, element, stamp, "
                f"base, seq, removed) SELECT '{table}', id, '{field}', '', {_stamp(bind)}, '', :seq, FALSE "
                f"FROM {table}"), {"seq": seq})


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("verifier", sa.String(200), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("localities") as batch:
        batch.add_column(sa.Column("project_number", sa.String(100), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("publicity_text", sa.Text(), nullable=False,
                                   server_default=""))
    op.create_table(
        "minutes_versions", *_envelope(),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("corrected_at", sa.String(40), nullable=False),
        sa.Column("corrected_by", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("previous_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"],
                                name="fk_minutes_versions_meeting_id_meetings"),
        sa.PrimaryKeyConstraint("id", name="pk_minutes_versions"),
    )
    op.create_table(
        "task_reviews", *_envelope(),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("action_item_id", sa.String(36), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("new_due_date", sa.Date(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"],
                                name="fk_task_reviews_meeting_id_meetings"),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_items.id"],
                                name="fk_task_reviews_action_item_id_action_items"),
        sa.PrimaryKeyConstraint("id", name="pk_task_reviews"),
    )
    for table in ("minutes_versions", "task_reviews"):
        for column in ("updated_at", "deleted", "meeting_id"):
            op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_index("ix_task_reviews_action_item_id", "task_reviews", ["action_item_id"])
    _version_new_fields()


def downgrade() -> None:
    # the clock table and the conflict log must not point at rows that go with the tables
    for table in ("minutes_versions", "task_reviews"):
        op.execute(f"DELETE FROM field_versions WHERE table_name = '{table}'")
        op.execute(f"DELETE FROM sync_conflicts WHERE table_name = '{table}'")
    op.drop_table("task_reviews")
    op.drop_table("minutes_versions")
    for table, fields in NEW_FIELDS.items():
        for field in fields:
            op.execute(f"DELETE FROM field_versions WHERE table_name = '{table}' "
                       f"AND field = '{field}'")
            op.execute(f"DELETE FROM sync_conflicts WHERE table_name = '{table}' "
                       f"AND field = '{field}'")
        with op.batch_alter_table(table) as batch:
            for field in fields:
                batch.drop_column(field)
