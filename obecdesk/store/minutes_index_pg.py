"""The minutes search on PostgreSQL (HQ's server): the query over migration 0020's GIN indexes.

The same words mean the same as in the FTS5 query (:mod:`obecdesk.store.minutes_index`): every
typed word must occur as a prefix of a word in an item's title or text (weight A) or as the same
dictionary form in its ``lemmas`` (weight B), a word of several parts ("PS-B") as those parts in
a row. Words are folded by the database's own ``obecdesk_fold`` (``unaccent``, lower case,
punctuation to spaces), the function the index was built with, so "zapis" meets "Zápis".
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session
from sqlalchemy.types import String

from obecdesk.store.minutes_index import IndexedMatch

_DOC = {"agenda_items": "obecdesk_minutes_doc(t.title, t.minutes_text, t.lemmas)",
        "decisions": "obecdesk_minutes_doc(t.code, t.text, t.lemmas)"}

_SEARCH = text(f"""
    WITH q AS (SELECT to_tsquery('pg_catalog.simple', :query) AS query),
    hits AS (
        SELECT 'agenda_item' AS kind, t.id AS ref_id, t.meeting_id, t.title AS title_text,
               t.minutes_text AS body_text, ts_rank({_DOC['agenda_items']}, q.query) AS score
        FROM agenda_items AS t, q
        WHERE {_DOC['agenda_items']} @@ q.query AND NOT t.deleted
        UNION ALL
        SELECT 'decision', t.id, t.meeting_id, t.code, t.text,
               ts_rank({_DOC['decisions']}, q.query)
        FROM decisions AS t, q
        WHERE {_DOC['decisions']} @@ q.query AND NOT t.deleted
    )
    SELECT h.kind, h.ref_id, h.meeting_id, h.title_text, h.body_text,
           m.title, m.date, m.locality_id, l.name AS locality_name
    FROM hits AS h
    JOIN meetings AS m ON m.id = h.meeting_id AND NOT m.deleted
    JOIN localities AS l ON l.id = m.locality_id AND NOT l.deleted
    WHERE (:locality_id IS NULL OR m.locality_id = :locality_id)
    ORDER BY h.score DESC, m.date DESC, h.ref_id
    LIMIT :limit
""").bindparams(bindparam("locality_id", type_=String))

_FOLD = text("SELECT obecdesk_fold(w) FROM unnest(CAST(:words AS text[])) WITH ORDINALITY "
             "AS u(w, n) ORDER BY n")


def _phrase(folded: list[str], weight: str, *, prefix: bool) -> str:
    """Folded words as a tsquery phrase (the last one a prefix when asked), each quoted."""
    lexemes = [w for words in folded for w in words.split()]
    if not lexemes:
        return ""
    quoted = [f"'{w}':{weight}" for w in lexemes]
    if prefix:
        quoted[-1] = f"'{lexemes[-1]}':*{weight}"
    return " <-> ".join(quoted)


def tsquery(session: Session, words: list[tuple[list[str], list[str]]]) -> str:
    """The tsquery for the typed words, each given as (its parts, their lemma tokens)."""
    flat = [w for parts, forms in words for w in (*parts, *forms)]
    folded = iter(session.execute(_FOLD, {"words": flat}).scalars().all())
    clauses = []
    for parts, forms in words:
        typed = _phrase([next(folded) or "" for _ in parts], "A", prefix=True)
        lemma = _phrase([next(folded) or "" for _ in forms], "B", prefix=False)
        either = " | ".join(f"({p})" for p in (typed, lemma) if p)
        if either:
            clauses.append(f"({either})")
    return " & ".join(clauses)


def _lead(value: str, width: int = 12) -> str:
    """The first ``width`` words (what FTS5's snippet shows of a column with no match)."""
    tokens = list(re.finditer(r"\w+", value))
    if len(tokens) <= width:
        return value
    return value[:tokens[width - 1].end()] + "…"


def match_minutes_pg(session: Session, words: list[tuple[list[str], list[str]]], *,
                     locality_id: str | None, limit: int) -> list[IndexedMatch]:
    """Rows matching all ``words``, best first (the snippets are the texts' first words; the
    core marks the matched words itself)."""
    query = tsquery(session, words)
    if not query:
        return []
    rows = session.execute(_SEARCH, {"query": query, "locality_id": locality_id,
                                     "limit": limit}).mappings()
    result = []
    for row in rows:
        day = row["date"]
        body, title = row["body_text"] or "", row["title_text"] or ""
        result.append(IndexedMatch(
            kind=row["kind"], ref_id=row["ref_id"], meeting_id=row["meeting_id"],
            body_snippet=_lead(body), title_snippet=_lead(title), body_text=body,
            title_text=title, meeting_title=row["title"],
            meeting_date=dt.date.fromisoformat(day) if isinstance(day, str) else day,
            locality_id=row["locality_id"], locality_name=row["locality_name"],
        ))
    return result
