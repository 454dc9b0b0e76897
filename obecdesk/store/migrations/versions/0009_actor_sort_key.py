"""stakeholders: actors carry a Czech alphabetical sort key, and the list's indexes use it

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30

The list sorted by the folded ``search_text`` put "Čermák" among the C's and "Chalupa" before
"Hruška", and persons by first name. ``sort_key`` is the ``czech-sort`` byte key of the name,
persons as "surname given names" without titles; it is derived (recomputed on every write and
on each replica, never synced), so the rows keep their stamps. The covering indexes of 0002 are
rebuilt as (locality_id, deleted, [column], sort_key, id, search_text): the ORDER BY, then
the searched text, so a searched page is still read from the index alone. The composition of the
key is frozen below, so a later change to the live one never changes what this revision does.
"""

import re

import czech_sort
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: index name → the sort column placed before the name order (None: the name sort itself)
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

_actors = sa.table("actors", sa.column("id", sa.String), sa.column("kind", sa.String),
                   sa.column("name", sa.String), sa.column("sort_key", sa.LargeBinary))


def _rebuild_indexes(*order: str) -> None:
    for name, column in LIST_INDEXES.items():
        op.drop_index(name, table_name="actors")
        middle = [column] if column else []
        op.create_index(name, "actors", ["locality_id", "deleted", *middle, *order])


def upgrade() -> None:
    bind = op.get_bind()
    empty = "x''" if bind.dialect.name == "sqlite" else "''"  # an empty blob / bytea
    op.add_column("actors", sa.Column("sort_key", sa.LargeBinary(), nullable=False,
                                      server_default=sa.text(empty)))
    rows = bind.execute(sa.select(_actors.c.id, _actors.c.kind, _actors.c.name)).all()
    updates = [{"actor_id": r.id, "key": _key(r.kind, r.name or "")} for r in rows]
    for start in range(0, len(updates), 10_000):
        bind.execute(_actors.update().where(_actors.c.id == sa.bindparam("actor_id"))
                     .values(sort_key=sa.bindparam("key")), updates[start:start + 10_000])
    _rebuild_indexes("sort_key", "id", "search_text")


def downgrade() -> None:
    _rebuild_indexes("search_text", "id")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("sort_key")


# -- frozen copy of obecdesk.core.collation and .text as of this revision ------------------------

def _key(kind: str, name: str) -> bytes:
    if kind == "person":
        words = strip_titles(name).split()
        name = " ".join(words[-1:] + words[:-1])
    return czech_sort.bytes_key(name.strip())


_TITLES_BEFORE = re.compile(
    r"^(?:(?:Ing|Mgr|Bc|MUDr|MVDr|MDDr|PharmDr|PhDr|PaedDr|JUDr|RNDr|ThDr|ThLic|Dr|doc|prof"
    r"|arch|npor|kpt|plk|P)\.\s*)+"
)
_TITLES_AFTER = re.compile(
    r"(?:,?\s*(?:Ph\.\s?D\.|Th\.\s?D\.|DiS\.|CSc\.|DrSc\.|MBA|LL\.\s?M\.|MPA|BBA|dr\.\s?h\.\s?c\.))+$"
)


def strip_titles(name: str) -> str:
    bare = _TITLES_AFTER.sub("", _TITLES_BEFORE.sub("", name.strip())).strip()
    return bare or name.strip()
