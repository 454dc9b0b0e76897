"""Full-text search over minutes and decisions (SQLite FTS5, diacritics-insensitive): the rules.

What the user's words mean, what is refused and what a hit shows live here; the query that reads
the index lives in the store (:mod:`obecdesk.store.minutes_index`). "zapis" finds "zápis" because
the index's tokenizer removes diacritics. On another engine (PostgreSQL at HQ) the search says
clearly that it is not available.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from obecdesk.errors import UserError, ValidationError
from obecdesk.store import Store
from obecdesk.store.minutes_index import has_minutes_index, match_minutes

#: a search phrase is a few words a person typed; more is a pasted document or an attack
MAX_WORDS = 32
#: more hits than this nobody reads; SQLite refuses numbers beyond 64 bits anyway
MAX_LIMIT = 10_000
NOT_AVAILABLE = ("Fulltextové hledání v zápisech je dostupné jen v databázi SQLite; "
                 "tato databáze je {engine}.")

#: marks around the matched words in a snippet (the UI may turn them into bold)
MARK_START, MARK_END = "[", "]"


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
        return has_minutes_index(self.store.engine)

    def search(self, words: str, *, locality_id: str | None = None,
               limit: int = 100) -> list[SearchHit]:
        """Hits for all of ``words`` in minutes and decisions, best first."""
        if len(words.split()) > MAX_WORDS or len(words) > 20 * MAX_WORDS:
            raise ValidationError(f"Hledejte nejvýše {MAX_WORDS} slov najednou.")
        if not 1 <= limit <= MAX_LIMIT:
            raise ValidationError(f"Počet výsledků musí být od 1 do {MAX_LIMIT}.")
        if not self.available:
            raise UserError(NOT_AVAILABLE.format(engine=self.store.engine.dialect.name))
        query = fts_query(words)
        if not query:
            raise ValidationError("Zadejte alespoň jedno slovo, které se má hledat.")
        with self.store.reading() as session:
            matches = match_minutes(session, query, locality_id=locality_id, limit=limit,
                                    mark_start=MARK_START, mark_end=MARK_END)
        hits = []
        for match in matches:
            body, title = match.body_snippet, match.title_snippet
            hits.append(SearchHit(
                kind=match.kind, ref_id=match.ref_id, meeting_id=match.meeting_id,
                meeting_title=match.meeting_title, meeting_date=match.meeting_date,
                locality_id=match.locality_id, locality_name=match.locality_name,
                title=_unmarked(title),
                snippet=body if MARK_START in body or not title else title,
            ))
        return hits


def _unmarked(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")
