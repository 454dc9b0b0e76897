"""meetings: plain minutes text and the full-text index over minutes and decisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The index is an SQLite FTS5 table kept up to date by triggers, so every writer (services, demo,
sync import) keeps it right. ``minutes_search_keys`` gives each indexed row a stable integer
rowid, so an update replaces its index entry through an index lookup instead of a table scan.
Other engines (PostgreSQL at HQ) get the column only; search there says it is unavailable.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"


def _upkeep(table: str, kind: str, title: str, body: str) -> list[str]:
    """Triggers that (re)index a row of ``table`` after insert or update, or drop a tombstone."""
    key = "(SELECT rowid FROM minutes_search_keys WHERE ref_id = new.id)"
    reindex = f"""
        INSERT OR IGNORE INTO minutes_search_keys (ref_id) VALUES (new.id);
        DELETE FROM minutes_fts WHERE rowid = {key};
        INSERT INTO minutes_fts (rowid, kind, ref_id, meeting_id, title, body)
            SELECT {key}, '{kind}', new.id, new.meeting_id, {title}, {body}
            WHERE new.deleted = 0;
    """
    return [
        f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {reindex} END",
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN {reindex} END",
    ]


def _fill_minutes_text() -> None:
    """Plain words for minutes written before this revision (later saves keep them current)."""
    from obecdesk.store.rich_text import html_to_text

    bind = op.get_bind()
    items = sa.table("agenda_items", sa.column("id", sa.String), sa.column("minutes_html", sa.Text),
                     sa.column("minutes_text", sa.Text))
    rows = bind.execute(sa.select(items.c.id, items.c.minutes_html)
                        .where(items.c.minutes_html != "")).all()
    for item_id, html in rows:
        bind.execute(items.update().where(items.c.id == item_id)
                     .values(minutes_text=html_to_text(html)))


def upgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.add_column(sa.Column("minutes_text", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index("ix_agenda_items_meeting_position", ["meeting_id", "position"])
    with op.batch_alter_table("decisions") as batch_op:
        batch_op.create_index("ix_decisions_series", ["year", "code"])
    _fill_minutes_text()
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE minutes_search_keys (rowid INTEGER PRIMARY KEY, ref_id TEXT NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE minutes_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, "
        f"meeting_id UNINDEXED, title, body, tokenize = '{TOKENIZER}')"
    )
    for statement in _upkeep("agenda_items", "agenda_item", "new.title", "new.minutes_text"):
        op.execute(statement)
    for statement in _upkeep("decisions", "decision", "new.code", "new.text"):
        op.execute(statement)
    # rows written before this revision
    op.execute("INSERT INTO minutes_search_keys (ref_id) SELECT id FROM agenda_items")
    op.execute("INSERT INTO minutes_search_keys (ref_id) SELECT id FROM decisions")
    op.execute(
        "INSERT INTO minutes_fts (rowid, kind, ref_id, meeting_id, title, body) "
        "SELECT k.rowid, 'agenda_item', a.id, a.meeting_id, a.title, a.minutes_text "
        "FROM agenda_items a JOIN minutes_search_keys k ON k.ref_id = a.id WHERE a.deleted = 0"
    )
    op.execute(
        "INSERT INTO minutes_fts (rowid, kind, ref_id, meeting_id, title, body) "
        "SELECT k.rowid, 'decision', d.id, d.meeting_id, d.code, d.text "
        "FROM decisions d JOIN minutes_search_keys k ON k.ref_id = d.id WHERE d.deleted = 0"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in ("agenda_items", "decisions"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_ai")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_au")
        op.execute("DROP TABLE IF EXISTS minutes_fts")
        op.execute("DROP TABLE IF EXISTS minutes_search_keys")
    with op.batch_alter_table("decisions") as batch_op:
        batch_op.drop_index("ix_decisions_series")
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.drop_index("ix_agenda_items_meeting_position")
        batch_op.drop_column("minutes_text")
