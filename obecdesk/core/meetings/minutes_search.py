"""Full-text search over minutes and decisions (SQLite FTS5, diacritics-insensitive).

The index ``minutes_fts`` and the triggers that keep it current are made by migration 0003; this
module only asks it. "zapis" finds "zápis" because the tokenizer removes diacritics. On another
engine (PostgreSQL at HQ) the search says clearly that it is not available.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import text

from obecdesk.errors import UserError, ValidationError
from obecdesk.store import Store

NOT_AVAILABLE = ("Fulltextové hledání v zápisech je dostupné jen v databázi SQLite; "
                 "tato databáze je {engine}.")

#: marks around the matched words in a snippet (the UI may turn them into bold)
MARK_START, MARK_END = "[", "]"

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
class SearchHit:
    """One agenda item's minutes or one decision that matches, with a snippet around the words."""

    kind: str  # "agenda_item" or "decision"
    ref_id: str
    meeting_id: str
    meeting_title: str
    meeting_date: dt.date
    locality_id: str
    locality_name: str
    #: agenda item title, or the decision code
    title: str
    snippet: str

    @property
    def kind_label(self) -> str:
        return "usnesení" if self.kind == "decision" else "zápis k bodu"


def fts_query(words: str) -> str:
    """The user's words as an FTS5 query: every word must occur, each as a prefix.

    Each typed word becomes a quoted phrase of its parts, so FTS syntax characters the user types
    (``-``, ``:``, ``"``) stay literal and "PS-B" finds the code "PS-B 2025/01".
    """
    phrases = []
    for word in words.split():
        parts = [t for t in re.split(r"[^\w]+", word) if t]
        if parts:
            phrases.append('"' + " ".join(parts) + '"*')
    return " ".join(phrases)


class MinutesSearch:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def available(self) -> bool:
        return self.store.engine.dialect.name == "sqlite"

    def search(self, words: str, *, locality_id: str | None = None,
               limit: int = 100) -> list[SearchHit]:
        """Hits for all of ``words`` in minutes and decisions, best first."""
        if not self.available:
            raise UserError(NOT_AVAILABLE.format(engine=self.store.engine.dialect.name))
        query = fts_query(words)
        if not query:
            raise ValidationError("Zadejte alespoň jedno slovo, které se má hledat.")
        params = {"query": query, "start": MARK_START, "end": MARK_END,
                  "locality_id": locality_id, "limit": limit}
        with self.store.reading() as session:
            rows = session.execute(_SEARCH, params).mappings().all()
        hits = []
        for row in rows:
            day = row["date"]
            body = row["body_snippet"] or ""
            hits.append(SearchHit(
                kind=row["kind"], ref_id=row["ref_id"], meeting_id=row["meeting_id"],
                meeting_title=row["title"],
                meeting_date=dt.date.fromisoformat(day) if isinstance(day, str) else day,
                locality_id=row["locality_id"], locality_name=row["locality_name"],
                title=_unmarked(row["title_snippet"] or ""),
                snippet=body if MARK_START in body or not row["title_snippet"] else
                row["title_snippet"],
            ))
        return hits


def _unmarked(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")
