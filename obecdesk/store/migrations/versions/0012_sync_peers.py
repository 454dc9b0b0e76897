"""sync bundles: a replica's role, its known peers, bundles read here, localities HQ shares

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30

Local tables only (``store/models/sync_peers.py``); nothing here travels between replicas. Every
existing store is a field replica until ``obecdesk init --role hq`` says otherwise.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("local_replica", sa.Column("role", sa.String(10), nullable=False,
                                             server_default="field"))
    op.create_table(
        "sync_peers",
        sa.Column("replica_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("sign_key", sa.String(100), nullable=False),
        sa.Column("age_recipient", sa.String(100), nullable=False),
        sa.Column("fingerprint", sa.String(60), nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("last_received_at", sa.String(40), nullable=False),
        sa.Column("last_sent_at", sa.String(40), nullable=False),
        sa.Column("last_sent_bundle", sa.String(36), nullable=False),
        sa.Column("ancestor_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("replica_id", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "received_bundles",
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("sender_id", sa.String(36), nullable=False),
        sa.Column("imported_at", sa.String(40), nullable=False),
        sa.Column("up_to_seq", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_received_bundles")),
    )
    op.create_index(op.f("ix_received_bundles_sender_id"), "received_bundles", ["sender_id"])
    op.create_table(
        "locality_shares",
        sa.Column("locality_id", sa.String(36), nullable=False),
        sa.Column("replica_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("locality_id", "replica_id", name=op.f("pk_locality_shares")),
    )


def downgrade() -> None:
    op.drop_table("locality_shares")
    op.drop_index(op.f("ix_received_bundles_sender_id"), table_name="received_bundles")
    op.drop_table("received_bundles")
    op.drop_table("sync_peers")
    with op.batch_alter_table("local_replica") as batch:
        batch.drop_column("role")
