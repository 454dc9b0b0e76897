"""meetings: plain minutes text and the full-text index over minutes and decisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The index is an SQLite FTS5 table kept up to date by triggers, so every writer (services, demo,
sync import) keeps it right. ``minutes_search_keys`` gives each indexed row a stable integer
rowid, so an update replaces its index entry through an index lookup instead of a table scan.
Other engines (PostgreSQL at HQ) get the column only; search there says it is unavailable.
"""

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

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


# -- frozen copy of html_to_text (then obecdesk.store.rich_text) as of this revision ----------
# A migration must do the same on every store it ever upgrades, so it never calls live code
# that may change later: this is that code as it was when the revision was written.

_SKIPPED = {"style", "script", "head", "title"}
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
_INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u"}


@dataclass(frozen=True)
class RichBlock:
    """One paragraph or list item: ``marker`` is ``"•"`` or ``"3."`` for list items, ``level``
    the list depth (1 for a top-level list, 0 for a paragraph)."""

    kind: str
    markup: str
    level: int = 0
    marker: str = ""


@dataclass
class _List:
    ordered: bool
    count: int = 0


class _Collector(HTMLParser):
    """Walks the HTML once and collects paragraphs of text with the few inline tags we keep."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[RichBlock] = []
        self._current: list[str] = []
        self._kind = "p"
        self._marker = ""
        self._lists: list[_List] = []  # the open <ol>/<ul>, outermost first
        self._skip_depth = 0
        self._open: list[str] = []
        self._spans: list[list[str]] = []  # the tags each open <span> style stood for

    def _flush(self) -> None:
        markup = "".join(self._current).strip()
        for tag in reversed(self._open):
            markup += f"</{tag}>"
        if markup and any(ch.isalnum() for ch in markup):
            level = len(self._lists) if self._kind == "li" else 0
            self.paragraphs.append(RichBlock(self._kind, markup, level, self._marker))
        self._current = [f"<{tag}>" for tag in self._open]
        self._kind = "p"
        self._marker = ""

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("ol", "ul"):
                start = dict(attrs).get("start") or ""
                self._lists.append(_List(tag == "ol", int(start) - 1 if start.isdigit() else 0))
            elif tag == "li":
                self._kind = "li"
                self._marker = self._next_marker()
        elif tag in _INLINE and not self._skip_depth:
            self._start(_INLINE[tag])
        elif tag == "span":
            tags = _span_tags(dict(attrs).get("style") or "")
            self._spans.append(tags)
            for mapped in tags:
                self._start(mapped)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag in ("ol", "ul") and self._lists:
                self._lists.pop()
        elif tag in _INLINE:
            self._end(_INLINE[tag])
        elif tag == "span" and self._spans:
            for mapped in reversed(self._spans.pop()):
                self._end(mapped)

    def _next_marker(self) -> str:
        if not self._lists:
            return "•"
        current = self._lists[-1]
        current.count += 1
        if current.ordered:
            return f"{current.count}."
        return "•" if len(self._lists) % 2 else "–"

    def _start(self, mapped: str) -> None:
        self._open.append(mapped)
        self._current.append(f"<{mapped}>")

    def _end(self, mapped: str) -> None:
        if mapped in self._open:
            idx = len(self._open) - 1 - self._open[::-1].index(mapped)
            self._open.pop(idx)
            self._current.append(f"</{mapped}>")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._current.append(escape(re.sub(r"\s+", " ", data)))

    def close(self) -> None:
        super().close()
        self._open.clear()
        self._flush()


def _span_tags(style: str) -> list[str]:
    """Bold/italic/underline that Qt writes as ``<span style="font-weight:700; …">``."""
    props = {}
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        props[name.strip().lower()] = value.strip().lower()
    tags = []
    weight = props.get("font-weight", "")
    if weight == "bold" or (weight.isdigit() and int(weight) >= 600):
        tags.append("b")
    if props.get("font-style") == "italic":
        tags.append("i")
    if "underline" in props.get("text-decoration", ""):
        tags.append("u")
    return tags


def _collect(html: str) -> list[RichBlock]:
    parser = _Collector()
    parser.feed(html or "")
    parser.close()
    return parser.paragraphs






def html_to_text(html: str) -> str:
    """The words of ``html`` without tags, one paragraph per line."""
    lines = []
    for block in _collect(html):
        strip = _TagStripper()
        strip.feed(block.markup)
        strip.close()
        lines.append(strip.text.strip())
    return "\n".join(line for line in lines if line)


class _TagStripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""

    def handle_data(self, data: str) -> None:
        self.text += data
