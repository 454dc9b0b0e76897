"""HQ's PostgreSQL indexes the actor list without unbounded text: a laptop's long actor fits

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-01

A PostgreSQL b-tree refuses an entry over 2,704 bytes. The actor list's covering indexes held
``search_text`` (name, organisation, role, e-mail and tags, only the name capped), the duplicate
key (name and organisation) and ``organisation_name``/``role`` themselves, so an actor a laptop's
SQLite stores fine (a 3,000-character organisation) made its bundle fail at HQ. On PostgreSQL
those indexes give way to ones whose entries stay bounded: the locality, ``deleted``, the bounded
sort column (sector, influence, attitude, interest, decision power, time of change) and the id;
the duplicate lookup gets a hash index (a hash entry is 4 bytes whatever the key's length); the
organisation and role orders and the search scan have none (the name index keeps the locality's
live rows at hand). ``sort_key`` stays out too: a 200-character name gives up to ~5 kB of key.
SQLite keeps its covering indexes: the 100k-actor list's speed depends on them.
"""

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

#: the list's covering indexes (0002, 0009): name → sort column (None: the Czech name order)
COVERING = {
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
#: sort columns whose values are bounded (a choice, a number, a time)
BOUNDED = ("sector", "influence", "attitude", "interest", "decision_power", "changed")
COLUMN = {"changed": "updated_at"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in (*COVERING, "ix_actors_locality_search", "ix_actors_locality_duplicate"):
        op.drop_index(name, table_name="actors")
    for name in BOUNDED:
        op.create_index(f"ix_actors_live_{name}_bounded", "actors",
                        ["locality_id", "deleted", COLUMN.get(name, name), "id"])
    op.create_index("ix_actors_duplicate_key_hash", "actors", ["duplicate_key"],
                    postgresql_using="hash")


def downgrade() -> None:
    """The covering indexes again (refused while an actor's texts are too long for them)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_actors_duplicate_key_hash", table_name="actors")
    for name in BOUNDED:
        op.drop_index(f"ix_actors_live_{name}_bounded", table_name="actors")
    for name, column in COVERING.items():
        sort = [column] if column else []
        op.create_index(name, "actors",
                        ["locality_id", "deleted", *sort, "sort_key", "id", "search_text"])
    op.create_index("ix_actors_locality_search", "actors", ["locality_id", "search_text"])
    op.create_index("ix_actors_locality_duplicate", "actors",
                    ["locality_id", "deleted", "duplicate_key", "name"])
