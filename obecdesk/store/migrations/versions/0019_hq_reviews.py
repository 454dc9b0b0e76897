"""HQ's reviews: comments, approvals and returns for correction of values, projects, measures

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30

A new table only; no store has these rows yet, so nothing is stamped here. Plain DDL through
Alembic's operations, so the step runs on SQLite and PostgreSQL alike.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

TABLE = "hq_reviews"
REFERENCES = {"locality_id": "localities", "value_id": "indicator_values",
              "project_id": "projects", "measure_id": "measures"}


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("locality_id", sa.String(36), nullable=False),
        sa.Column("item_kind", sa.String(10), nullable=False),
        sa.Column("value_id", sa.String(36), nullable=True),
        sa.Column("project_id", sa.String(36), nullable=True),
        sa.Column("measure_id", sa.String(36), nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("author_role", sa.String(10), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("updated_at", sa.String(64), nullable=False),
        sa.Column("replica_id", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        *[sa.ForeignKeyConstraint([column], [f"{parent}.id"],
                                  name=f"fk_{TABLE}_{column}_{parent}")
          for column, parent in REFERENCES.items()],
        sa.PrimaryKeyConstraint("id", name=f"pk_{TABLE}"),
    )
    for column in (*REFERENCES, "created_at", "updated_at", "deleted"):
        op.create_index(f"ix_{TABLE}_{column}", TABLE, [column])


def downgrade() -> None:
    # the clock table and the conflict log must not point at rows that go with the table
    op.execute(f"DELETE FROM field_versions WHERE table_name = '{TABLE}'")
    op.execute(f"DELETE FROM sync_conflicts WHERE table_name = '{TABLE}'")
    op.drop_table(TABLE)
