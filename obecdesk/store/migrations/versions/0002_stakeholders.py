"""stakeholders: indexes that serve the actor list's sorted and filtered pages from the index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The list view pages through up to 100,000 actors sorted by name (the folded ``search_text``)
or by a column, always filtering out tombstones. Each index below is (locality_id, deleted,
column, search_text, id), exactly the WHERE and ORDER BY of one sort, so a page and a count are
read from the index alone; the sector and attitude ones also serve the list's filters.
``bench/actors_list.py`` measures the name sort and a deep page.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


#: index name → the sort column placed before search_text and id (None: the name sort itself)
LIST_INDEXES = {
    "ix_actors_locality_live_search": None,
    "ix_actors_live_sector": "sector",
    "ix_actors_live_influence": "influence",
    "ix_actors_live_attitude": "attitude",
    "ix_actors_live_interest": "interest",
    "ix_actors_live_organisation": "organisation_name",
    "ix_actors_live_role": "role",
    "ix_actors_live_decision_power": "decision_power",
    "ix_actors_live_changed": "updated_at",
}


def upgrade() -> None:
    for name, column in LIST_INDEXES.items():
        middle = [column] if column else []
        op.create_index(name, "actors", ["locality_id", "deleted", *middle, "search_text", "id"])


def downgrade() -> None:
    for name in LIST_INDEXES:
        op.drop_index(name, table_name="actors")
