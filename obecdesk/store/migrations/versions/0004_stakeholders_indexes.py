"""stakeholders: the actors' folded search key starts with the name without academic titles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

The list sorts by name through ``search_text`` (the covering indexes of 0002); its key now
starts with the name without titles, so "Mgr. Jana Šimková" sorts among the Š's. No schema
change: the existing keys are recomputed with the same function the services use on every write.
The key is derived locally on each replica, so the rows keep their sync stamps.
"""

import sqlalchemy as sa
from alembic import op

from obecdesk.core.text import actor_search_text, strip_titles

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_actors = sa.table(
    "actors", sa.column("id", sa.String), sa.column("name", sa.String),
    sa.column("organisation_name", sa.String), sa.column("role", sa.String),
    sa.column("email", sa.String), sa.column("tags", sa.JSON),
    sa.column("search_text", sa.String),
)


def _key(name: str, organisation: str, role: str, email: str, tags, titled: bool) -> str:
    name = name or ""
    bare = strip_titles(name) if titled else name
    extra = name if titled and bare != name.strip() else ""
    return actor_search_text(bare, organisation or "", role or "", email or "", *(tags or []),
                             extra)


def _recompute(titled: bool) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(
        _actors.c.id, _actors.c.name, _actors.c.organisation_name, _actors.c.role,
        _actors.c.email, _actors.c.tags)).all()
    updates = [{"actor_id": r.id, "key": _key(r.name, r.organisation_name, r.role, r.email,
                                              r.tags, titled)} for r in rows]
    if updates:
        bind.execute(_actors.update().where(_actors.c.id == sa.bindparam("actor_id"))
                     .values(search_text=sa.bindparam("key")), updates)


def upgrade() -> None:
    _recompute(titled=True)


def downgrade() -> None:
    _recompute(titled=False)
