"""minutes search: the index keeps the dictionary forms of the words, so word forms meet

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30

"byty" did not find "bytů", "pravidla" not "pravidel": the FTS5 index knew the words only as
written. Agenda items and decisions get a derived ``lemmas`` column (the ``simplemma`` Czech
lemmas of title and text, as ASCII tokens that keep their diacritics so "byt" does not meet
"být"), NULL until the next search fills it (``store/minutes_index.py``), so neither a write
nor this migration waits for the lemmatiser's dictionary; ``minutes_fts`` is rebuilt with a
``lemmas`` column fed by the same triggers as before. The rows keep their sync stamps.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
#: (table, kind, title column, body column) of each indexed table, as in 0003
INDEXED = (("agenda_items", "agenda_item", "title", "minutes_text"),
           ("decisions", "decision", "code", "text"))


def _rebuild_index(with_lemmas: bool) -> None:
    """Drop the index and its triggers and make them again, filled from the tables."""
    for table, *_rest in INDEXED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_search_ai")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_search_au")
    op.execute("DROP TABLE IF EXISTS minutes_fts")
    extra = ", lemmas" if with_lemmas else ""
    op.execute("CREATE VIRTUAL TABLE minutes_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, "
               f"meeting_id UNINDEXED, title, body{extra}, tokenize = '{TOKENIZER}')")
    key = "(SELECT rowid FROM minutes_search_keys WHERE ref_id = new.id)"
    for table, kind, title, body in INDEXED:
        values = f"new.{title}, new.{body}" + (", new.lemmas" if with_lemmas else "")
        reindex = f"""
            INSERT OR IGNORE INTO minutes_search_keys (ref_id) VALUES (new.id);
            DELETE FROM minutes_fts WHERE rowid = {key};
            INSERT INTO minutes_fts (rowid, kind, ref_id, meeting_id, title, body{extra})
                SELECT {key}, '{kind}', new.id, new.meeting_id, {values}
                WHERE new.deleted = 0;
        """
        op.execute(f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} "
                   f"BEGIN {reindex} END")
        op.execute(f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} "
                   f"BEGIN {reindex} END")
        op.execute(f"INSERT OR IGNORE INTO minutes_search_keys (ref_id) SELECT id FROM {table}")
        columns = f"t.{title}, t.{body}" + (", t.lemmas" if with_lemmas else "")
        op.execute(f"INSERT INTO minutes_fts (rowid, kind, ref_id, meeting_id, title, body{extra})"
                   f" SELECT k.rowid, '{kind}', t.id, t.meeting_id, {columns} FROM {table} t "
                   "JOIN minutes_search_keys k ON k.ref_id = t.id WHERE t.deleted = 0")


def upgrade() -> None:
    for table, *_rest in INDEXED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("lemmas", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_index(with_lemmas=True)


def downgrade() -> None:
    # dropping a column rebuilds the table on SQLite, and its triggers with it: index after
    for table, *_rest in INDEXED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("lemmas")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_index(with_lemmas=False)
