"""Full-text search over minutes and decisions (diacritics-insensitive): the rules.

What the user's words mean, what is refused and what a hit shows live here; the query that reads
the index lives in the store (:mod:`obecdesk.store.minutes_index`). "zapis" finds "zápis" because
the index's tokenizer removes diacritics; "byty" finds "bytů" because the index also keeps
every word's dictionary form (:mod:`obecdesk.store.word_forms`). SQLite searches with FTS5,
PostgreSQL (HQ's server) with its full-text search over ``unaccent`` (the same words find the same
minutes); on another engine the search says clearly that it is not available.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from obecdesk.core.text import fold
from obecdesk.errors import UserError, ValidationError
from obecdesk.store import Store
from obecdesk.store.minutes_index import fill_word_forms, has_minutes_index, match_minutes
from obecdesk.store.minutes_index_pg import match_minutes_pg
from obecdesk.store.word_forms import lemma, lemma_token

#: a search phrase is a few words a person typed; more is a pasted document or an attack
MAX_WORDS = 32
#: more hits than this nobody reads; SQLite refuses numbers beyond 64 bits anyway
MAX_LIMIT = 10_000
NOT_AVAILABLE = ("Fulltextové hledání v zápisech je dostupné jen v databázi SQLite nebo "
                 "PostgreSQL; tato databáze je {engine}.")

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


def _parts(words: str) -> list[list[str]]:
    """Each typed word as its parts ("PS-B" → ["PS", "B"]); words with no letters dropped."""
    return [parts for word in words.split() if (parts := [t for t in re.split(r"[^\w]+", word)
                                                          if t])]


def fts_query(words: str) -> str:
    """The user's words as an FTS5 query: every word must occur, as a prefix of a word written
    in the title or text, or as the same dictionary form ("byty" finds "bytů", "pravidla" finds
    "pravidel"; the index keeps the lemmas of every text in its ``lemmas`` column).

    Each typed word becomes quoted phrases of its parts, so FTS syntax characters the user types
    (``-``, ``:``, ``"``) stay literal and "PS-B" finds the code "PS-B 2025/01".
    """
    phrases = []
    for parts in _parts(words):
        typed = '"' + " ".join(parts) + '"*'
        lemma_phrase = '"' + " ".join(lemma_token(p) for p in parts) + '"'
        phrases.append(f"({{title body}} : {typed} OR lemmas : {lemma_phrase})")
    return " AND ".join(phrases)


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
        fill_word_forms(self.store.engine)
        with self.store.reading() as session:
            if self.store.engine.dialect.name == "postgresql":
                typed = [(parts, [lemma_token(p) for p in parts]) for parts in _parts(words)]
                matches = match_minutes_pg(session, typed, locality_id=locality_id, limit=limit)
            else:
                matches = match_minutes(session, query, locality_id=locality_id, limit=limit,
                                        mark_start=MARK_START, mark_end=MARK_END)
        hits = []
        for match in matches:
            body, title = match.body_snippet, match.title_snippet
            # FTS5 marks only the forms as typed; this marks every form of the typed words
            body = marked_snippet(match.body_text, words) or body
            title = marked_snippet(match.title_text, words) or title
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


def marked_snippet(text: str, typed: str, *, width: int = 12) -> str:
    """About ``width`` words of ``text`` around the first word that matches one of the typed
    words (as a prefix or by its dictionary form), each match between the marks; ``""`` when
    none matches."""
    parts = [p for word in _parts(typed) for p in word]
    prefixes = [fold(p) for p in parts]
    forms = {lemma(p) for p in parts}

    def matches(token: str) -> bool:
        return fold(token).startswith(tuple(prefixes)) or lemma(token) in forms

    tokens = list(re.finditer(r"\w+", text))
    hits = [i for i, t in enumerate(tokens) if matches(t.group())]
    if not hits:
        return ""
    first = max(0, min(hits[0] - width // 3, len(tokens) - width))
    shown = tokens[first:first + width]
    out, at = [], shown[0].start()
    for token in shown:
        out.append(text[at:token.start()])
        word = token.group()
        out.append(f"{MARK_START}{word}{MARK_END}" if matches(word) else word)
        at = token.end()
    lead = "…" if first > 0 else ""
    tail = "…" if first + width < len(tokens) else text[at:].rstrip()
    return lead + "".join(out) + tail
