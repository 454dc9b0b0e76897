"""How one search word finds actors: from the trigram index on SQLite, by ``LIKE`` elsewhere.

The index ``actors_fts`` and its triggers are made by migration 0015. A word of three or more
letters is looked up there as a phrase of its trigrams, which is exactly "contains the word"; the
``LIKE`` on the actors row stays as well, so the index only narrows the rows SQLite reads and a
shorter word (no trigram) still works. The SQL differs per database, so the choice is made when
the statement is compiled for one. A search with no other filter, sorted by a column the index's
row keys carry (migration 0021), is answered by :func:`hits_in_order` from the index and its keys
alone, without ``LIKE`` where the index is exact (:func:`answers_alone`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    column,
    literal,
    literal_column,
    select,
    table,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.types import NullType

from obecdesk.store.write_errors import is_locked

TRIGRAM = 3
#: an import of fewer than 1/SETTLED of the actors the statistics counted leaves them as they are
SETTLED = 4
#: what the index's row keys carry besides the actor's locality and tombstone (migration 0021):
#: the name's sort key and the columns a searched list may be sorted by first
KEY_SORTS = ("sector", "influence", "attitude", "interest", "decision_power")
_keys = table("actor_search_keys", column("rowid"), column("actor_id"), column("locality_id"),
              column("deleted"), column("sort_key"), *(column(c) for c in KEY_SORTS))
_fts = table("actors_fts", column("rowid"))


class ActorWordMatch(ColumnElement[bool]):
    """True for actors whose folded search text contains ``word`` (already folded)."""

    # not Boolean: SQLite would compare a Boolean expression with 1 in a WHERE clause, and the
    # planner then could not use the index
    type = NullType()
    inherit_cache = False  # the word decides the SQL; statements with it are compiled each time

    def __init__(self, id_column: Any, text_column: Any, word: str) -> None:
        self.id_column = id_column
        self.text_column = text_column
        self.word = word

    def like(self) -> ColumnElement[bool]:
        return self.text_column.contains(self.word, autoescape=True)


@compiles(ActorWordMatch)
def _anywhere(element: ActorWordMatch, compiler, **kw) -> str:
    return compiler.process(element.like(), **kw)


@compiles(ActorWordMatch, "sqlite")
def _sqlite(element: ActorWordMatch, compiler, **kw) -> str:
    if len(element.word) < TRIGRAM:
        return compiler.process(element.like(), **kw)
    phrase = '"' + element.word.replace('"', '""') + '"'
    index = literal_column("actors_fts")
    hits = (select(_keys.c.actor_id)
            .select_from(_keys.join(_fts, _fts.c.rowid == _keys.c.rowid))
            .where(index.op("MATCH")(literal(phrase))))
    return compiler.process(and_(element.id_column.in_(hits), element.like()), **kw)


def answers_alone(word: str) -> bool:
    """Whether the index finds exactly the actors whose search text contains ``word`` (folded):
    a word of at least three ASCII letters. Both sides are folded, so no case is left to fold,
    and the phrase of the word's trigrams at consecutive places is the word itself."""
    return len(word) >= TRIGRAM and word.isascii()


def hits_in_order(locality_id: str, words: list[str], *, first: str | None, descending: bool,
                  limit: int | None) -> Select:
    """SELECT the ids of a locality's live actors containing every word, sorted by ``first``
    (one of :data:`KEY_SORTS`, or None) and then the name, from the index and its row keys
    alone (SQLite; each word :func:`answers_alone`).

    A common word's thousands of hits are never looked up in ``actors``: the row keys carry the
    locality, the tombstone and what the list sorts by.
    """
    expression = " AND ".join('"' + word.replace('"', '""') + '"' for word in words)
    order = [_keys.c[first]] if first else []
    order += [_keys.c.sort_key, _keys.c.actor_id]
    query = (select(_keys.c.actor_id)
             .select_from(_keys.join(_fts, _fts.c.rowid == _keys.c.rowid))
             .where(literal_column("actors_fts").op("MATCH")(literal(expression)),
                    _keys.c.locality_id == locality_id, _keys.c.deleted == literal(0))
             .order_by(*(k.desc() if descending else k.asc() for k in order)))
    return query.limit(limit) if limit is not None else query


def refresh_statistics(engine: Engine, added: int | None = None) -> None:
    """Let SQLite's planner know how many actors a locality and a search word have.

    Without statistics it walks a locality's whole index and checks each actor against the
    index's hits; with them it starts from the hits, so a rare word answers in milliseconds.
    Run after a bulk import of ``added`` actors (and by migration 0015); skipped while another
    connection holds the write lock. ANALYZE reads every
    index of the table (0.4 s at 100,000 actors), so it is skipped when the statistics already
    describe a table of at least :data:`SETTLED` times ``added`` rows: the shape the planner
    reads (one locality holds most actors, ids are unique) is the same after such an import.
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.begin() as conn:
            if added is not None and added * SETTLED <= _counted(conn):
                return
            conn.exec_driver_sql("ANALYZE actors")
    except OperationalError as exc:
        # the import before it has committed: another program writing now (a second import)
        # only means these hints wait for the next import, which refreshes them
        if not is_locked(exc):
            raise


def _counted(conn) -> int:
    """The number of actors the statistics were taken over (0 when there are none)."""
    if not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        return 0
    stat = conn.exec_driver_sql(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'actors' AND idx IS NOT NULL").scalar()
    return int(stat.split()[0]) if stat else 0
