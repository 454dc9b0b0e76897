"""Which actors a list shows and in what order, as SQL on indexed columns.

The search runs against the folded ``search_text`` column word by word, so "curej" finds
"Čureja" without folding a single row in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, func, select, tuple_

from obecdesk.core.stakeholders.memberships import current_membership
from obecdesk.core.text import fold
from obecdesk.store.actor_search import KEY_SORTS, ActorWordMatch, answers_alone, hits_in_order
from obecdesk.store.models import Actor, Membership


class ActorSort(StrEnum):
    """Columns the list can be sorted by (server-side ORDER BY)."""

    NAME = "name"
    ORGANISATION = "organisation"
    SECTOR = "sector"
    ROLE = "role"
    INFLUENCE = "influence"
    ATTITUDE = "attitude"
    INTEREST = "interest"
    DECISION_POWER = "decision_power"
    CHANGED = "changed"


SORT_COLUMNS = {
    # Czech alphabetical order, persons by surname (core/collation.py)
    ActorSort.NAME: Actor.sort_key,
    ActorSort.ORGANISATION: Actor.organisation_name,
    ActorSort.SECTOR: Actor.sector,
    ActorSort.ROLE: Actor.role,
    ActorSort.INFLUENCE: Actor.influence,
    ActorSort.ATTITUDE: Actor.attitude,
    ActorSort.INTEREST: Actor.interest,
    ActorSort.DECISION_POWER: Actor.decision_power,
    ActorSort.CHANGED: Actor.updated_at,
}


@dataclass(frozen=True)
class ActorFilter:
    """Which actors of a locality a list shows; the same filter drives ``list`` and ``count``."""

    locality_id: str
    #: free text; matched word by word, ignoring case and diacritics ("curej" finds "Čureja")
    search: str = ""
    sector: str | None = None
    #: only current members of this body (``memberships.current_membership``)
    body_id: str | None = None
    attitude: int | None = None
    kind: str | None = None
    #: False leaves out erased persons (anonymous placeholders); None shows everyone
    erased: bool | None = None


def map_filter(locality_id: str, body_id: str | None = None) -> ActorFilter:
    """The actors a power/interest map shows (the UI map and the PDF alike).

    An erased person keeps only a placeholder for meeting head counts; it has no position or
    sector left to draw.
    """
    return ActorFilter(locality_id, body_id=body_id, erased=False)


def filtered_query(flt: ActorFilter, what=Actor) -> Select:
    """SELECT ``what`` FROM live actors matching ``flt`` (no ordering, no paging)."""
    query = select(what).where(Actor.locality_id == flt.locality_id, Actor.deleted.is_(False))
    for word in fold(flt.search).split():
        query = query.where(ActorWordMatch(Actor.id, Actor.search_text, word))
    if flt.sector:
        query = query.where(Actor.sector == flt.sector)
    if flt.attitude is not None:
        query = query.where(Actor.attitude == flt.attitude)
    if flt.kind:
        query = query.where(Actor.kind == flt.kind)
    if flt.erased is not None:
        query = query.where(Actor.erased.is_(flt.erased))
    if flt.body_id:
        members = select(Membership.actor_id).where(
            Membership.body_id == flt.body_id, *current_membership()
        )
        query = query.where(Actor.id.in_(members))
    return query


def sort_order(sort: str, descending: bool) -> list:
    """ORDER BY keys: the column, then the name, then the id, all in one direction.

    One direction for every key lets SQLite walk the (column, name, id) index of migration 0009
    backwards instead of sorting the whole locality.
    """
    column = SORT_COLUMNS[ActorSort(sort)]
    keys = [column] if column is Actor.sort_key else [column, Actor.sort_key]
    return [k.desc() if descending else k.asc() for k in (*keys, Actor.id)]


def rows_before(flt: ActorFilter, actor_id: str, *, sort: str = ActorSort.NAME,
                descending: bool = False) -> Select:
    """SELECT how many rows of the filtered, sorted list come before ``actor_id`` (a row-value
    comparison on the same index the pages are read from); no row when the actor is not in the
    list."""
    column = SORT_COLUMNS[ActorSort(sort)]
    keys = [column] if column is Actor.sort_key else [column, Actor.sort_key]
    keys.append(Actor.id)
    me = filtered_query(flt, Actor.id).with_only_columns(*keys).where(Actor.id == actor_id).subquery()
    mine = tuple_(*(me.c[i] for i in range(len(keys))))
    theirs = tuple_(*keys)
    before = filtered_query(flt, func.count(Actor.id)).where(
        theirs > mine if descending else theirs < mine).scalar_subquery()
    return select(before).select_from(me)


def page_of_ids(
    flt: ActorFilter, *, sort: str = ActorSort.NAME, descending: bool = False, offset: int = 0,
    limit: int | None = None,
) -> Select:
    """SELECT the ids of one sorted page (answered from a covering index)."""
    query = filtered_query(flt, Actor.id).order_by(*sort_order(sort, descending))
    query = query.offset(max(offset, 0))
    return query.limit(limit) if limit is not None else query


def ids_query(flt: ActorFilter, *, sort: str, descending: bool, limit: int | None,
              dialect: str) -> Select:
    """SELECT the ids of the whole sorted list (up to ``limit``).

    A search alone on SQLite, sorted by the name or a column the index's row keys carry, is
    answered from the trigram index and those keys
    (:func:`~obecdesk.store.actor_search.hits_in_order`), without reading the actors.
    """
    words = fold(flt.search).split()
    first = None if ActorSort(sort) is ActorSort.NAME else ActorSort(sort).value
    if (dialect == "sqlite" and words and (first is None or first in KEY_SORTS)
            and flt == ActorFilter(flt.locality_id, search=flt.search)
            and all(answers_alone(w) for w in words)):
        return hits_in_order(flt.locality_id, words, first=first, descending=descending,
                             limit=limit)
    return page_of_ids(flt, sort=sort, descending=descending, limit=limit)
