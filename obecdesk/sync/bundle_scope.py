"""Who receives what (issue: sync bundles): the locality of each synced row, and the filter.

HQ receives everything from a field replica; a field replica receives from HQ the rows that
belong to no locality (catalogs) and those of the localities shared with it. Rows of the demo
locality never leave a replica. A row's locality is found through its foreign keys (an agenda
item → its meeting → the meeting's locality), so a new synced table needs no entry here.
A field recipient's full bundle is read through :func:`recipient_rows` (the database follows
the same links); a few versions are filtered by :func:`for_recipient`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter

from sqlalchemy import CompoundSelect, Select, func, select, union_all
from sqlalchemy.orm import Session

from obecdesk.core.demo import demo_locality_ids
from obecdesk.store import Store
from obecdesk.store.models import MODEL_BY_TABLE, SYNCED_MODELS, FieldVersion, Locality
from obecdesk.sync.field_changes import CHUNK, FieldChange

#: a row that belongs to no locality (a catalog entry) goes to every replica
GLOBAL = None


def locality_link(table: str) -> tuple[str, str] | None:
    """The column that leads a row of ``table`` towards its locality, and the table it points at;
    None for a table outside any locality."""
    model = MODEL_BY_TABLE[table]
    columns = model.__table__.columns
    if "locality_id" in columns:
        return "locality_id", "localities"
    links = [(fk.parent.name, fk.column.table.name) for fk in model.__table__.foreign_keys
             if fk.column.table.name in MODEL_BY_TABLE and fk.column.table.name != table]
    # a required parent first; by name after that, so the choice never depends on set order
    links.sort(key=lambda link: (columns[link[0]].nullable, link))
    return links[0] if links else None


def row_localities(session: Session, rows: dict[str, set[str]]) -> dict[tuple[str, str], str | None]:
    """The locality id of each (table, row id), read in chunks, following links upwards."""
    found: dict[tuple[str, str], str | None] = {}
    pending: dict[str, set[str]] = {t: set(ids) for t, ids in rows.items() if ids}
    parents: dict[tuple[str, str], tuple[str, str]] = {}
    while pending:
        table, ids = pending.popitem()
        if table == Locality.__tablename__:
            found.update({(table, i): i for i in ids})
            continue
        link = locality_link(table) if table in MODEL_BY_TABLE else None
        if link is None:
            found.update({(table, i): GLOBAL for i in ids})
            continue
        column, parent = link
        model = MODEL_BY_TABLE[table]
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start:start + CHUNK]
            for row_id, value in session.execute(
                    select(model.id, model.__table__.columns[column]).where(model.id.in_(chunk))):
                if parent == Locality.__tablename__:
                    found[(table, row_id)] = value
                elif value is not None:
                    parents[(table, row_id)] = (parent, value)
                    if (parent, value) not in found:
                        pending.setdefault(parent, set()).add(value)
    def resolve(key: tuple[str, str]) -> str | None:
        if key not in found:
            found[key] = resolve(parents[key]) if key in parents else GLOBAL
        return found[key]

    for key in parents:
        resolve(key)
    return found


def for_recipient(session: Session, changes: Iterable[FieldChange], *,
                  shared: set[str] | None) -> list[FieldChange]:
    """The changes a recipient may receive: never the demo locality's; with ``shared`` (a field
    recipient) only rows outside any locality and rows of the shared localities."""
    changes = list(changes)
    where = row_localities(session, rows_of(changes))
    demo = demo_locality_ids()

    def allowed(locality: str | None) -> bool:
        if locality in demo:
            return False
        return shared is None or locality is GLOBAL or locality in shared

    refused = {key for key, locality in where.items() if not allowed(locality)}
    if not refused:
        return changes
    return [c for c in changes if (c.table, c.row_id) not in refused]


def rows_of(changes: Iterable[FieldChange]) -> dict[str, set[str]]:
    """The row ids ``changes`` touch, per table."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for table, row_id in set(map(itemgetter(0, 1), changes)):
        wanted[table].add(row_id)
    return wanted


def localities_of(session: Session, changes: Iterable[FieldChange]) -> set[str]:
    """The localities the rows of ``changes`` belong to (HQ shares them back with their sender)."""
    return {loc for loc in row_localities(session, rows_of(changes)).values() if loc is not None}


#: versions after a seq from which a field recipient's feed is read from its rows (fewer: read by
#: sequence, the filter looks up their rows; from its rows, a delta would read every row of them)
SCOPED_FROM = 20_000


def many_since(store: Store, after_seq: int) -> bool:
    """Whether at least :data:`SCOPED_FROM` versions were recorded after ``after_seq``."""
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(
            select(FieldVersion.seq).where(FieldVersion.seq > after_seq)
            .limit(SCOPED_FROM).subquery())) >= SCOPED_FROM


def recipient_rows(shared: set[str]) -> dict[str, Select | CompoundSelect]:
    """Per table inside a locality, the query of the ids of its rows a field recipient of the
    localities ``shared`` may receive: what :func:`for_recipient` keeps, picked by the database
    (a table outside any locality is absent: all its rows travel). A row goes with its parent,
    or with no parent at all as a catalog row (a linked parent exists: foreign keys hold)."""
    allowed = sorted(set(shared) - demo_locality_ids())
    found: dict[str, Select | CompoundSelect | None] = {
        Locality.__tablename__: select(Locality.id).where(Locality.id.in_(allowed))}

    def rows(table: str) -> Select | CompoundSelect | None:
        if table not in found:
            link = locality_link(table)
            model = MODEL_BY_TABLE[table]
            if link is None:
                found[table] = None
            else:
                column = model.__table__.columns[link[0]]
                parent = allowed if link[1] == Locality.__tablename__ else rows(link[1])
                linked = select(model.id).where(column.in_(parent))
                # a row without a parent is a catalog row; two selects, not an OR, so that
                # each reads the link's index
                found[table] = None if parent is None else linked if not column.nullable \
                    else union_all(linked, select(model.id).where(column.is_(None)))
        return found[table]

    return {m.__tablename__: q for m in SYNCED_MODELS if (q := rows(m.__tablename__)) is not None}


def rows_of_locality(locality_id: str) -> dict[str, Select]:
    """Per synced table, the query of the ids of its rows that belong to ``locality_id``, for the
    database to use as a set (parents come first in ``SYNCED_MODELS``, so a child table's query
    reads its parents' query)."""
    found: dict[str, Select] = {
        Locality.__tablename__: select(Locality.id).where(Locality.id == locality_id)}
    for model in SYNCED_MODELS:
        table = model.__tablename__
        link = None if table in found else locality_link(table)
        if link is None or link[1] not in found:
            continue
        found[table] = select(model.id).where(
            model.__table__.columns[link[0]].in_(found[link[1]]))
    return found
