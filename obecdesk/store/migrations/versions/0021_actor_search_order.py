"""actor search order: the trigram index's row keys carry what a searched list filters and sorts by

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30

A search for a common word ("novak": 8,000 of 100,000 actors) looked up every hit in ``actors``
by its text id to learn its locality, whether it is deleted and where it sorts: most of the
search's time. ``actor_search_keys`` already maps each hit of ``actors_fts`` to its actor; it now
also holds those columns and the short ones the list sorts by (sector, influence, attitude,
interest, decision power), kept by the triggers, so a search sorted by any of them reads the
index's hits and their keys alone. SQLite only, like the index (migration 0015).
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

KEY = "(SELECT rowid FROM actor_search_keys WHERE actor_id = new.id)"
ADD_TEXT = f"INSERT INTO actors_fts (rowid, search_text) VALUES ({KEY}, new.search_text);"
#: column → its declaration in actor_search_keys
COLUMNS = {
    "locality_id": "VARCHAR(36) NOT NULL DEFAULT ''",
    "deleted": "BOOLEAN NOT NULL DEFAULT 0",
    "sort_key": "BLOB NOT NULL DEFAULT x''",
    "sector": "VARCHAR(40) NOT NULL DEFAULT ''",
    "influence": "INTEGER NOT NULL DEFAULT 0",
    "attitude": "INTEGER NOT NULL DEFAULT 0",
    "interest": "INTEGER NOT NULL DEFAULT 0",
    "decision_power": "BOOLEAN NOT NULL DEFAULT 0",
}
ADD_KEY = (f"INSERT INTO actor_search_keys (actor_id, {', '.join(COLUMNS)}) "
           f"VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}) "
           "ON CONFLICT (actor_id) DO UPDATE SET "
           f"{', '.join(f'{c} = excluded.{c}' for c in COLUMNS)};")
FOLLOW = (f"UPDATE actor_search_keys SET {', '.join(f'{c} = new.{c}' for c in COLUMNS)} "
          "WHERE actor_id = new.id;")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for column, declaration in COLUMNS.items():
        op.execute(f"ALTER TABLE actor_search_keys ADD COLUMN {column} {declaration}")
    op.execute(f"UPDATE actor_search_keys SET ({', '.join(COLUMNS)}) = (SELECT "
               f"{', '.join('a.' + c for c in COLUMNS)} FROM actors a "
               "WHERE a.id = actor_search_keys.actor_id)")
    op.execute("DROP TRIGGER actors_search_ai")
    op.execute(f"CREATE TRIGGER actors_search_ai AFTER INSERT ON actors BEGIN {ADD_KEY} "
               f"{ADD_TEXT} END")
    op.execute(f"CREATE TRIGGER actors_search_order AFTER UPDATE OF {', '.join(COLUMNS)} "
               f"ON actors BEGIN {FOLLOW} END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS actors_search_order")
    op.execute("DROP TRIGGER actors_search_ai")
    op.execute("CREATE TRIGGER actors_search_ai AFTER INSERT ON actors BEGIN "
               "INSERT OR IGNORE INTO actor_search_keys (actor_id) VALUES (new.id); "
               f"{ADD_TEXT} END")
    # the row ids stay: they are the index's row ids
    for column in reversed(list(COLUMNS)):
        op.execute(f"ALTER TABLE actor_search_keys DROP COLUMN {column}")
