"""The full-text index of minutes and decisions: the one query that reads it.

On PostgreSQL the same search runs on GIN indexes (:mod:`obecdesk.store.minutes_index_pg`).
The index ``minutes_fts`` (SQLite FTS5, diacritics removed by its tokenizer) and the triggers
that keep it current are made by migration 0003; 0008 adds the ``lemmas`` column (the words'
dictionary forms, :mod:`obecdesk.store.word_forms`), which :func:`fill_word_forms` computes
for the rows written since the last search. What a user's words mean and how a hit is
shown are the core's rules (:mod:`obecdesk.core.meetings.minutes_search`); this module only
runs the query and decodes its rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from obecdesk.store.word_forms import lemmas

#: ranks and filters first, then makes snippets only for the rows kept (a snippet is costly)
_SEARCH = text("""
    WITH best AS (
        SELECT f.rowid AS fts_rowid, f.rank AS score
        FROM minutes_fts AS f
        JOIN meetings AS m ON m.id = f.meeting_id
        WHERE minutes_fts MATCH :query AND m.deleted = 0
          AND (:locality_id IS NULL OR m.locality_id = :locality_id)
        ORDER BY f.rank
        LIMIT :limit
    )
    SELECT f.kind, f.ref_id, f.meeting_id,
           snippet(minutes_fts, 4, :start, :end, '…', 12) AS body_snippet,
           snippet(minutes_fts, 3, :start, :end, '…', 12) AS title_snippet,
           f.title AS title_text, f.body AS body_text,
           m.title, m.date, m.locality_id, l.name AS locality_name
    FROM best
    JOIN minutes_fts AS f ON f.rowid = best.fts_rowid
    JOIN meetings AS m ON m.id = f.meeting_id
    JOIN localities AS l ON l.id = m.locality_id AND l.deleted = 0
    WHERE minutes_fts MATCH :query
    ORDER BY best.score, m.date DESC
""")


@dataclass(frozen=True)
class IndexedMatch:
    """One indexed agenda item or decision that matches, as the index returns it."""

    kind: str  # "agenda_item" or "decision"
    ref_id: str
    meeting_id: str
    #: snippets of the indexed text and of the title (item title or decision code), marked
    body_snippet: str
    title_snippet: str
    #: the whole indexed text and title, for a snippet of a hit found by a word's other form
    body_text: str
    title_text: str
    meeting_title: str
    meeting_date: dt.date
    locality_id: str
    locality_name: str


#: (table, title column, text column) of the indexed rows whose lemmas a search keeps current
_LEMMATISED = (("agenda_items", "title", "minutes_text"), ("decisions", "code", "text"))


def fill_word_forms(engine: Engine) -> int:
    """Lemmatise the indexed rows written since the last search (``lemmas`` is NULL); the
    update triggers put the lemmas into the index. Writes only this derived, local column
    (no stamps, no change feed), in one short transaction; returns how many rows it filled."""
    filled = 0
    with engine.begin() as conn:
        for table, title, body in _LEMMATISED:
            rows = conn.execute(text(f"SELECT id, {title}, {body} FROM {table} "
                                     "WHERE lemmas IS NULL AND deleted = :no"),
                                {"no": False}).all()
            if rows:
                conn.execute(text(f"UPDATE {table} SET lemmas = :lemmas WHERE id = :id"),
                             [{"id": r[0], "lemmas": lemmas(r[1] or "", r[2] or "")}
                              for r in rows])
                filled += len(rows)
    return filled


def has_minutes_index(engine: Engine) -> bool:
    """SQLite stores carry the FTS5 index, PostgreSQL ones (HQ) GIN indexes
    (:mod:`obecdesk.store.minutes_index_pg`); another engine has none."""
    return engine.dialect.name in ("sqlite", "postgresql")


def match_minutes(session: Session, match: str, *, locality_id: str | None, limit: int,
                  mark_start: str, mark_end: str) -> list[IndexedMatch]:
    """Rows matching the FTS5 expression ``match``, best first, with the matched words in
    the snippets between ``mark_start`` and ``mark_end``."""
    params = {"query": match, "start": mark_start, "end": mark_end,
              "locality_id": locality_id, "limit": limit}
    result = []
    for row in session.execute(_SEARCH, params).mappings():
        day = row["date"]
        result.append(IndexedMatch(
            kind=row["kind"], ref_id=row["ref_id"], meeting_id=row["meeting_id"],
            body_snippet=row["body_snippet"] or "", title_snippet=row["title_snippet"] or "",
            body_text=row["body_text"] or "", title_text=row["title_text"] or "",
            meeting_title=row["title"],
            meeting_date=dt.date.fromisoformat(day) if isinstance(day, str) else day,
            locality_id=row["locality_id"], locality_name=row["locality_name"],
        ))
    return result
