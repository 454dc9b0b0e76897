"""actor search index: a trigram full-text index over the actors' folded search text

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30

``LIKE '%word%'`` cannot use an index: a search in a locality of 100,000 actors read every row.
SQLite's FTS5 trigram tokenizer indexes every three-letter run, so a word of three or more
letters is found as a substring from the index alone. The index is contentless (the text stays
in ``actors.search_text``; only the trigrams are stored) and kept by triggers, so every writer
(services, imports, merges, the demo) keeps it current. ``actor_search_keys`` gives each actor a
stable integer row id (an actors row id may change on VACUUM). Other databases keep ``LIKE``.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

KEY = "(SELECT rowid FROM actor_search_keys WHERE actor_id = {row}.id)"
ADD = f"INSERT INTO actors_fts (rowid, search_text) VALUES ({KEY.format(row='new')}, new.search_text);"
# a contentless index forgets a row only when told the text it indexed
FORGET = (f"INSERT INTO actors_fts (actors_fts, rowid, search_text) "
          f"VALUES ('delete', {KEY.format(row='old')}, old.search_text);")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE actor_search_keys (rowid INTEGER PRIMARY KEY, "
               "actor_id TEXT NOT NULL UNIQUE)")
    op.execute("CREATE VIRTUAL TABLE actors_fts USING fts5(search_text, content = '', "
               "tokenize = 'trigram')")
    op.execute("INSERT INTO actor_search_keys (actor_id) SELECT id FROM actors")
    op.execute("INSERT INTO actors_fts (rowid, search_text) SELECT k.rowid, a.search_text "
               "FROM actors a JOIN actor_search_keys k ON k.actor_id = a.id")
    op.execute("CREATE TRIGGER actors_search_ai AFTER INSERT ON actors BEGIN "
               f"INSERT OR IGNORE INTO actor_search_keys (actor_id) VALUES (new.id); {ADD} END")
    op.execute("CREATE TRIGGER actors_search_au AFTER UPDATE OF search_text ON actors BEGIN "
               f"{FORGET} {ADD} END")
    op.execute(f"CREATE TRIGGER actors_search_ad AFTER DELETE ON actors BEGIN {FORGET} "
               "DELETE FROM actor_search_keys WHERE actor_id = old.id; END")
    # statistics let the planner start a search from the index's hits (store/actor_search.py)
    op.execute("ANALYZE actors")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for suffix in ("ai", "au", "ad"):
        op.execute(f"DROP TRIGGER IF EXISTS actors_search_{suffix}")
    op.execute("DROP TABLE IF EXISTS actors_fts")
    op.execute("DROP TABLE IF EXISTS actor_search_keys")
