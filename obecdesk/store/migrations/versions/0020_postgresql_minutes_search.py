"""minutes search on PostgreSQL: full-text indexes over the minutes, their decisions and lemmas

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30

SQLite searches minutes with its FTS5 index (0003, 0011); on PostgreSQL (HQ's server) the same
search runs on a GIN index over an expression of each indexed row: its title and text with
diacritics removed (``unaccent``) and lower-cased, weighted A, and its ``lemmas`` (the Czech
dictionary forms of 0011), weighted B, so a query asks for a typed word's prefix in A or its
lemma in B, as the FTS5 query asks for it in ``{title body}`` or ``lemmas``. The expression
index needs no triggers and no shadow table: it is always as current as the rows.
``obecdesk_fold`` also turns ASCII punctuation into spaces, so "PS-B 2025/01" is the words
"ps b 2025 01" as FTS5's tokenizer sees them (not a hyphenated word or a file path).
Nothing changes on SQLite.
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

#: (table, title column, text column) of the indexed rows, as in 0003 and 0011
INDEXED = (("agenda_items", "title", "minutes_text"), ("decisions", "code", "text"))


def _unaccent_schema(bind) -> str:
    """The schema the ``unaccent`` extension lives in (made here if the database lacks it; it
    is a trusted extension, so the database's owner may create it without a superuser)."""
    bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    return bind.execute(sa.text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                                "ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'")).scalar()


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = _unaccent_schema(bind)
    # qualified names: an index expression is also evaluated under other search paths
    # (autovacuum, pg_dump's restore)
    own = bind.execute(sa.text("SELECT current_schema()")).scalar()
    # unaccent() is only STABLE (its dictionary could change); the two-argument form with a
    # fixed dictionary wrapped in an IMMUTABLE function is the documented way to index it
    op.execute(f"""
        CREATE FUNCTION {own}.obecdesk_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
            SELECT regexp_replace(
                lower({schema}.unaccent('{schema}.unaccent'::regdictionary, value)),
                '[[:punct:]]+', ' ', 'g')
        $$""")
    op.execute(f"""
        CREATE FUNCTION {own}.obecdesk_minutes_doc(title text, body text, lemmas text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT setweight(to_tsvector('pg_catalog.simple'::regconfig,
                       {own}.obecdesk_fold(coalesce(title, '') || ' ' || coalesce(body, ''))), 'A')
                || setweight(to_tsvector('pg_catalog.simple'::regconfig,
                       {own}.obecdesk_fold(coalesce(lemmas, ''))), 'B')
        $$""")
    for table, title, body in INDEXED:
        op.execute(f"CREATE INDEX ix_{table}_minutes_search ON {table} "
                   f"USING gin ({own}.obecdesk_minutes_doc({title}, {body}, lemmas))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, *_rest in INDEXED:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_minutes_search")
    op.execute("DROP FUNCTION IF EXISTS obecdesk_minutes_doc(text, text, text)")
    op.execute("DROP FUNCTION IF EXISTS obecdesk_fold(text)")
