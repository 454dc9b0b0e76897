"""actor duplicate key: the key an import looks up, stored and indexed with the actor

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30

An import of actors compares every row with the locality's actors (same name and organisation,
whatever the titles, case, diacritics and word order). It recomputed that key for every actor of
the locality in Python, twice per import: 100,000 actors made a small import slow. The key is now
a derived column (recomputed on every write, never synced). This revision only adds the column
and its index; rows written before it get their key at the next import into their locality or at
their next edit, so the upgrade itself reads no actor.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("actors", sa.Column("duplicate_key", sa.String(length=700), nullable=False,
                                      server_default=""))
    op.create_index("ix_actors_locality_duplicate", "actors",
                    ["locality_id", "deleted", "duplicate_key", "name"])


def downgrade() -> None:
    op.drop_index("ix_actors_locality_duplicate", table_name="actors")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("duplicate_key")
