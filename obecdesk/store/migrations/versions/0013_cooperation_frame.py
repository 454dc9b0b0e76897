"""cooperation frame: the request, its conditions, the decision and the memorandum

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30

One intake per locality (``cooperations``) and one row per condition of cooperation
(``cooperation_conditions``), both new: no existing row needs a version.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("cooperations", "cooperation_conditions")


def _envelope() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("updated_at", sa.String(64), nullable=False),
        sa.Column("replica_id", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _locality(table: str) -> list:
    return [sa.Column("locality_id", sa.String(36), nullable=False),
            sa.ForeignKeyConstraint(["locality_id"], ["localities.id"],
                                    name=f"fk_{table}_locality_id_localities")]


def upgrade() -> None:
    op.create_table(
        "cooperations", *_envelope(), *_locality("cooperations"),
        sa.Column("requested_by_id", sa.String(36), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("requested_mode", sa.String(20), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("planned_end_override", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["requested_by_id"], ["actors.id"],
                                name="fk_cooperations_requested_by_id_actors"),
        sa.PrimaryKeyConstraint("id", name="pk_cooperations"),
    )
    op.create_table(
        "cooperation_conditions", *_envelope(), *_locality("cooperation_conditions"),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cooperation_conditions"),
    )
    for table in TABLES:
        for column in ("updated_at", "deleted", "locality_id"):
            op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    # the clock table and the conflict log must not point at rows that go with the tables
    for table in TABLES:
        op.execute(f"DELETE FROM field_versions WHERE table_name = '{table}'")
        op.execute(f"DELETE FROM sync_conflicts WHERE table_name = '{table}'")
    op.drop_table("cooperation_conditions")
    op.drop_table("cooperations")
