"""stakeholders: an index that serves the actor list's sorted pages from the index alone

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The list view pages through up to 100,000 actors sorted by name (the folded ``search_text``),
always filtering out tombstones. With (locality_id, deleted, search_text, id) the page query and
the count are answered from this one covering index; ``bench/actors_list.py`` measures it.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_actors_locality_live_search", "actors",
        ["locality_id", "deleted", "search_text", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_actors_locality_live_search", table_name="actors")
