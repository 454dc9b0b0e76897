"""The clock table kept by the one write path: a version per field, a sequence per transaction.

``Store.unit_of_work`` calls :func:`record_local_changes` before every flush of local edits, so
no caller can forget it; the merge records remote versions through :func:`write_versions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import insert, inspect, select, text
from sqlalchemy.orm import Session

from obecdesk.store.base import Synced
from obecdesk.store.hlc import replica_of
from obecdesk.store.models import ChangeBatch, FieldVersion
from obecdesk.store.sync_policy import Policy


class HardDeleteRefused(RuntimeError):
    """A synced row was deleted with ``session.delete``; peers would never hear of it."""


@dataclass(frozen=True)
class Version:
    stamp: str
    base: str = ""
    removed: bool = False


VersionKey = tuple[str, str]  # (field, element)


def change_seq(session: Session, origin: str = "local") -> int:
    """This transaction's number in the local change sequence, taken at its first write."""
    seq = session.info.get("seq")
    if seq is None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        seq = session.execute(
            insert(ChangeBatch).values(origin=origin, committed_at=now)
        ).inserted_primary_key[0]
        session.info["seq"] = seq
    return seq


def row_versions(session: Session, table: str, row_id: str) -> dict[VersionKey, Version]:
    rows = session.execute(
        select(FieldVersion.field, FieldVersion.element, FieldVersion.stamp, FieldVersion.base,
               FieldVersion.removed)
        .where(FieldVersion.table_name == table, FieldVersion.row_id == row_id)
    )
    return {(f, e): Version(s, b, r) for f, e, s, b, r in rows}


def version_rows(table: str, row_id: str, versions: Iterable[tuple[str, str, Version]],
                 seq: int) -> list[dict[str, Any]]:
    return [
        {"table_name": table, "row_id": row_id, "field": f, "element": e, "stamp": v.stamp,
         "base": v.base, "removed": v.removed, "seq": seq}
        for f, e, v in versions
    ]


#: one statement for SQLite and PostgreSQL alike; executed as a plain executemany, which is
#: several times faster than an ORM upsert for the thousands of rows an import writes
UPSERT = text(
    "INSERT INTO field_versions (table_name, row_id, field, element, stamp, base, seq, removed) "
    "VALUES (:table_name, :row_id, :field, :element, :stamp, :base, :seq, :removed) "
    "ON CONFLICT (table_name, row_id, field, element) DO UPDATE SET stamp = excluded.stamp, "
    "base = excluded.base, seq = excluded.seq, removed = excluded.removed"
)

_ORDER = ("table_name", "row_id", "field", "element", "stamp", "base", "seq", "removed")
_IN_ORDER = itemgetter(*_ORDER)
_QMARK_UPSERT = UPSERT.text.replace("VALUES (:table_name, :row_id, :field, :element, :stamp, "
                                    ":base, :seq, :removed)", "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def write_versions(session: Session, rows: list[dict[str, Any]]) -> None:
    """Upsert clock rows (from :func:`version_rows`) in one statement."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.paramstyle == "qmark":  # sqlite3: straight to the driver
        connection.exec_driver_sql(_QMARK_UPSERT, list(map(_IN_ORDER, rows)))
    else:
        connection.execute(UPSERT, rows)


#: the positions of a version's columns but ``seq`` in a sync change (table, row, field,
#: element, value, stamp, base, removed): the merge writes the changes that won as they are
_OF_CHANGE = itemgetter(0, 1, 2, 3, 5, 6, 7)
_CHANGE_UPSERT = UPSERT.text.replace("VALUES (:table_name, :row_id, :field, :element, :stamp, "
                                     ":base, :seq, :removed)", "VALUES (?, ?, ?, ?, ?, ?, {seq}, ?)")


def write_change_versions(session: Session, changes: list[tuple], seq: int) -> None:
    """Upsert the versions of merged changes, shaped as sync changes (table, row, field,
    element, value, stamp, base, removed), all in change sequence ``seq``, in one statement."""
    if not changes:
        return
    connection = session.connection()
    rows = list(map(_OF_CHANGE, changes))
    if connection.dialect.paramstyle == "qmark":  # sqlite3: straight to the driver
        connection.exec_driver_sql(_CHANGE_UPSERT.format(seq=int(seq)), rows)
    else:
        names = ("table_name", "row_id", "field", "element", "stamp", "base", "removed")
        connection.execute(UPSERT, [{**dict(zip(names, r, strict=True)), "seq": seq}
                                    for r in rows])


def set_elements(value: Any) -> set[str]:
    return {str(v) for v in (value or [])}


def _changed_fields(obj: Synced, is_new: bool) -> list[tuple[str, Any]]:
    """(column, new value) of every versioned column this flush writes."""
    policy = type(obj).__sync__
    state = inspect(obj)
    changed = []
    for column in policy.versioned:
        new = getattr(obj, column)
        if is_new:
            changed.append((column, new))
            continue
        history = state.attrs[column].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            if old != new:
                changed.append((column, new))
    return changed


def seen_base(current: Version | None, replica_id: str) -> str:
    """What a new local write of a field overwrites, for telling concurrent writes apart.

    It is the newest version of *another* replica this replica had for the field: overwriting
    our own earlier write (twice between two exchanges) hands its base on, so a peer that still
    holds the version before both sees one later edit, not a conflict.
    """
    if current is None:
        return ""
    return current.base if replica_of(current.stamp) == replica_id else current.stamp


def local_versions(session: Session, obj: Synced, stamp: str,
                   is_new: bool) -> list[dict[str, Any]]:
    """Clock rows giving every field this local edit changed a new version stamped ``stamp``."""
    changed = _changed_fields(obj, is_new)
    if not changed:
        return []
    policy = type(obj).__sync__
    table = type(obj).__tablename__
    current = {} if is_new else row_versions(session, table, obj.id)
    versions: list[tuple[str, str, Version]] = []
    for column, new in changed:
        if policy.of(column) is Policy.SET:
            # the clock table, not the attribute history, says which elements are in the set
            before = {e for (f, e), v in current.items() if f == column and e and not v.removed}
            after = set_elements(new)
            for element in sorted(after - before):
                base = seen_base(current.get((column, element)), obj.replica_id)
                versions.append((column, element, Version(stamp, base)))
            for element in sorted(before - after):
                base = seen_base(current.get((column, element)), obj.replica_id)
                versions.append((column, element, Version(stamp, base, removed=True)))
        else:
            versions.append((column, "", Version(stamp, seen_base(current.get((column, "")),
                                                                   obj.replica_id))))
    return version_rows(table, obj.id, versions, change_seq(session))
