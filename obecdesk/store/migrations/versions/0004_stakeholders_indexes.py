"""stakeholders: the actors' folded search key starts with the name without academic titles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

The list sorts by name through ``search_text`` (the covering indexes of 0002); its key now
starts with the name without titles, so "Mgr. Jana Šimková" sorts among the Š's. No schema
change: the existing keys are recomputed with the function the services used on every write
(frozen below, so a later change to the live one never changes what this revision does).
The key is derived locally on each replica, so the rows keep their sync stamps.
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

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


# -- frozen copy of obecdesk.core.text as of this revision ---------------------------------------
# A migration must do the same on every store it ever upgrades, so it never calls live code
# that may change later: this is that code as it was when the revision was written.

def fold(text: str) -> str:
    """Lower-case ``text`` without combining marks: "Šťastná" → "stastna"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def actor_search_text(*parts: str) -> str:
    """The folded, space-joined search key stored on an actor (name, organisation, role, ...)."""
    return " ".join(fold(p) for p in parts if p)


#: academic and similar titles written before a Czech name ("Ing. arch.", "PaedDr.", "P." for
#: a priest) and after it (", Ph.D.", "DiS.")
_TITLES_BEFORE = re.compile(
    r"^(?:(?:Ing|Mgr|Bc|MUDr|MVDr|MDDr|PharmDr|PhDr|PaedDr|JUDr|RNDr|ThDr|ThLic|Dr|doc|prof"
    r"|arch|npor|kpt|plk|P)\.\s*)+"
)
_TITLES_AFTER = re.compile(
    r"(?:,?\s*(?:Ph\.\s?D\.|Th\.\s?D\.|DiS\.|CSc\.|DrSc\.|MBA|LL\.\s?M\.|MPA|BBA|dr\.\s?h\.\s?c\.))+$"
)


def strip_titles(name: str) -> str:
    """The name without academic titles: "Mgr. Jana Šimková, Ph.D." → "Jana Šimková"."""
    bare = _TITLES_AFTER.sub("", _TITLES_BEFORE.sub("", name.strip())).strip()
    return bare or name.strip()
