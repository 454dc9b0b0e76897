"""The full-text index of minutes and decisions: the one query that reads it.

The index ``minutes_fts`` (SQLite FTS5, diacritics removed by its tokenizer) and the triggers
that keep it current are made by migration 0003. What a user's words mean and how a hit is
shown are the core's rules (:mod:`obecdesk.core.meetings.minutes_search`); this module only
runs the query and decodes its rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

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
    meeting_title: str
    meeting_date: dt.date
    locality_id: str
    locality_name: str


def has_minutes_index(engine: Engine) -> bool:
    """Only SQLite stores carry the FTS5 index (not PostgreSQL at HQ)."""
    return engine.dialect.name == "sqlite"


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
            meeting_title=row["title"],
            meeting_date=dt.date.fromisoformat(day) if isinstance(day, str) else day,
            locality_id=row["locality_id"], locality_name=row["locality_name"],
        ))
    return result
