"""Field changes as they travel between replicas, and the feed of what a peer has not seen.

A :class:`FieldChange` is one field version with its value in plain JSON types: what a bundle
carries and what :func:`obecdesk.sync.merge.apply_changes` takes. The feed is read from the clock
table by local change sequence, so "everything this peer has not acknowledged" is one query —
including rows that reached us from a third replica with old stamps.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Date,
    LargeBinary,
    Select,
    Time,
    exists,
    func,
    select,
    union_all,
)

from obecdesk.store import Store
from obecdesk.store.models import MODEL_BY_TABLE, ChangeBatch, FieldVersion, PeerAck
from obecdesk.store.sync_policy import Policy

#: a query of row ids
Query = Select | CompoundSelect

#: ids per query when rows are looked up by a list of ids
CHUNK = 500


class FieldChange(NamedTuple):
    """A tuple in the order of a bundle's wire record (JSON writes it as that list as it is):
    a full bundle carries a hundred thousand of them, and a tuple is made and read fastest."""

    table: str
    row_id: str
    field: str
    #: the element of a set-valued field ("" otherwise)
    element: str
    #: the field's value in JSON types (dates and times as ISO text, bytes as base64 text);
    #: None for set elements
    value: Any
    stamp: str
    #: the stamp the writer overwrote; tells a concurrent write from a later one
    base: str = ""
    removed: bool = False


@dataclass(frozen=True)
class Feed:
    changes: list[FieldChange]
    #: the local change sequence the feed reaches; a peer that applied it acknowledges this
    up_to_seq: int


def to_wire(value: Any) -> Any:
    """A value in JSON types: dates and times as ISO text, file contents as base64 text."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def binary_from_wire(value: str) -> bytes:
    """The bytes of a base64 wire value; ``ValueError`` when it is not base64."""
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc


def from_wire(model, column: str, value: Any) -> Any:
    """The Python value of a wire value for ``model.column`` (ISO text back to dates, times)."""
    if not isinstance(value, str):
        return value
    parse = text_parser(model, column)
    return value if parse is None else parse(value)


@lru_cache(maxsize=2048)
def text_parser(model, column: str):
    """How a column's wire text becomes its value; None when the text is the value."""
    kind = model.__table__.columns[column].type
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Time):
        return dt.time.fromisoformat
    if isinstance(kind, LargeBinary):
        return binary_from_wire
    return None


def changes_since(store: Store, after_seq: int = 0, *, skip_origin: str = "",
                  rows: Mapping[str, Query] | None = None) -> Feed:
    """Every field version recorded here after local sequence ``after_seq`` (0: everything);
    without those still as merged from replica ``skip_origin`` (it sent them, it has them).
    ``rows``: per table, the query of the ids of the rows whose versions may go (a table not
    named: all of them), so the database reads only those (a field recipient's localities)."""
    with store.reading() as session:
        up_to = session.scalar(select(func.max(FieldVersion.seq))) or 0
        wanted = (FieldVersion.seq > after_seq, FieldVersion.seq <= up_to)
        if skip_origin:
            wanted += (FieldVersion.seq.not_in(
                select(ChangeBatch.seq).where(ChangeBatch.origin == skip_origin,
                                              ChangeBatch.seq > after_seq)),)
        connection = session.connection()
        # the driver's own tuples, not SQLAlchemy rows: a full bundle reads a version per field
        # (over a hundred thousand); by seq, or row by row when scoped
        versions = driver_rows(connection, _versions(wanted, rows or {}))
        values = _current_values(connection, {v[0] for v in versions}, wanted, rows or {})
    new, changes = tuple.__new__, []
    append = changes.append
    for table, row_id, field, element, stamp, base, removed, _seq in versions:
        current = values.get(table)
        row = current[0].get(row_id) if current is not None else None
        if row is None:
            continue
        at = current[1].get(field)  # None for a set (its elements travel, not a value)
        append(new(FieldChange, (table, row_id, field, element, None if at is None else row[at],
                                 stamp, base, bool(removed))))
    return Feed(changes, max(up_to, after_seq))


def _versions(wanted: tuple, rows: Mapping[str, Query]):
    """The versions ``wanted`` by seq; with ``rows``, one select per table named there that
    reads only the versions of those rows, and one for the other tables, row by row (sorting
    a full bundle's versions by seq would take a seventh of its time; the merge orders itself)."""
    columns = (FieldVersion.table_name, FieldVersion.row_id, FieldVersion.field,
               FieldVersion.element, FieldVersion.stamp, FieldVersion.base,
               FieldVersion.removed, FieldVersion.seq)
    if not rows:
        return select(*columns).where(*wanted).order_by(FieldVersion.seq)
    parts = [select(*columns).where(FieldVersion.table_name == table,
                                    FieldVersion.row_id.in_(ids), *wanted)
             for table, ids in rows.items()]
    # (versions of a table no model knows never go: they carry no value)
    if whole := sorted(set(MODEL_BY_TABLE) - set(rows)):
        parts.append(select(*columns).where(FieldVersion.table_name.in_(whole), *wanted))
    return union_all(*parts)


def driver_rows(connection: Connection, statement) -> list[tuple]:
    """The rows of a statement as the driver's tuples (no result processing: for text,
    numbers and flags only)."""
    compiled = statement.compile(dialect=connection.dialect,
                                 compile_kwargs={"render_postcompile": True})
    params = compiled.params
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), [params[k] for k in compiled.positiontup]
                       if compiled.positional else params)
        return cursor.fetchall()
    finally:
        cursor.close()


@lru_cache(maxsize=1024)
def _is_set(table: str, field: str) -> bool:
    return MODEL_BY_TABLE[table].__sync__.of(field) is Policy.SET


#: types that are already what JSON carries (most values): no conversion to look for
_PLAIN = frozenset({str, int, bool, float, type(None)})


def _current_values(connection: Connection, tables: set[str], wanted: tuple,
                    rows: Mapping[str, Query]
                    ) -> dict[str, tuple[dict[str, tuple], dict[str, int]]]:
    """Per table: the wire values of its rows the versions ``wanted`` name, by id, and the
    position of each field that carries a value (the database picks the rows: one query;
    of a table in ``rows`` only those rows, each asking the clock for a version of its own)."""
    found: dict[str, tuple[dict[str, tuple], dict[str, int]]] = {}
    for table in sorted(tables):
        model = MODEL_BY_TABLE.get(table)
        if model is None:
            continue
        fields = [f for f in model.__sync__.versioned if not _is_set(table, f)]
        columns = [model.__table__.columns[c] for c in ("id", *fields)]
        if table in rows:
            picked = (model.id.in_(rows[table]), exists().where(
                FieldVersion.table_name == table, FieldVersion.row_id == model.id, *wanted))
        else:
            picked = (model.id.in_(select(FieldVersion.row_id).where(
                FieldVersion.table_name == table, *wanted)),)
        found[table] = ({row[0]: tuple(v if type(v) in _PLAIN else to_wire(v) for v in row)
                         for row in connection.execute(select(*columns).where(*picked))},
                        {f: i for i, f in enumerate(fields, 1)})
    return found


def acknowledged(store: Store, peer_id: str) -> int:
    """Our change sequence up to which ``peer_id`` has confirmed having everything."""
    with store.reading() as session:
        ack = session.get(PeerAck, peer_id)
        return ack.acked_seq if ack else 0


def acknowledge(store: Store, peer_id: str, seq: int) -> None:
    """Record that ``peer_id`` has everything up to our ``seq`` (never moves backwards)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.unit_of_work(immediate=True) as session:
        ack = session.get(PeerAck, peer_id)
        if ack is None:
            session.add(PeerAck(peer_id=peer_id, acked_seq=seq, updated_at=now))
        elif seq > ack.acked_seq:
            ack.acked_seq, ack.updated_at = seq, now


def unacknowledged(store: Store, peer_id: str) -> Feed:
    """What ``peer_id`` has not seen yet: a delta, or everything for a peer never heard from."""
    return changes_since(store, acknowledged(store, peer_id))
