"""Full validation of a decrypted, verified payload before anything is written (P4, P9).

Every record must name a known table and a travelling field, carry a well-formed stamp not more
than a day ahead of this machine's clock and a value of the column's type; every reference must
resolve to a row this store has or the bundle brings, and a row new here must bring its required
parents. The first problem refuses the whole bundle in one Czech sentence.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, String, Text, Time, select
from sqlalchemy.orm import Session

from obecdesk.store.hlc import Stamp
from obecdesk.store.models import MODEL_BY_TABLE
from obecdesk.store.sync_policy import Policy
from obecdesk.sync.bundle_format import BundleRefused
from obecdesk.sync.field_changes import CHUNK, FieldChange, binary_from_wire
from obecdesk.sync.merge_rules import MAX_FUTURE_MS

RECORD_FIELDS = 8
#: the integers a database column holds (SQLite's and PostgreSQL's BIGINT)
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(text: Any) -> bool:
    """A UUID in its canonical lower-case form (what every obecdesk id is)."""
    return isinstance(text, str) and _UUID.fullmatch(text) is not None


def type_ok(column, value: Any) -> bool:
    if value is None:
        return bool(column.nullable)
    kind = column.type
    if isinstance(kind, Boolean):
        return isinstance(value, bool)
    if isinstance(kind, Integer):  # JSON reads any number of digits; SQLite holds 64 bits
        return isinstance(value, int) and not isinstance(value, bool) \
            and INT_MIN <= value <= INT_MAX
    if isinstance(kind, Float):  # JSON writes 40.0 as 40 only if it was an int; NaN never fits
        return (isinstance(value, float) and math.isfinite(value)) or (
            type(value) is int and INT_MIN <= value <= INT_MAX)
    if isinstance(kind, Date | Time):
        parse = dt.date.fromisoformat if isinstance(kind, Date) else dt.time.fromisoformat
        try:
            return isinstance(value, str) and parse(value) is not None
        except ValueError:
            return False
    if isinstance(kind, String | Text):
        return isinstance(value, str)
    if isinstance(kind, LargeBinary):
        try:
            return isinstance(value, str) and binary_from_wire(value) is not None
        except ValueError:
            return False
    return isinstance(kind, JSON)


@lru_cache(maxsize=65536)
def stamp_ms(stamp: Any) -> int | None:
    """The wall time of a well-formed stamp that names a replica; None for anything else (the
    fields of one row written together share a stamp: the cache saves re-checking it)."""
    try:
        parsed = Stamp.parse(stamp)
    except (ValueError, AttributeError, TypeError):
        return None
    return parsed.wall_ms if is_uuid(parsed.replica_id) else None


def parse_record(record: Any, now_ms: int, name: str) -> FieldChange:
    """One wire record ``[table, row, field, element, value, stamp, base, removed]`` checked."""
    bad = f"Balíček {name} obsahuje chybný záznam"
    if not isinstance(record, list) or len(record) != RECORD_FIELDS:
        raise BundleRefused(f"{bad} (nemá {RECORD_FIELDS} položek).")
    table, row_id, field, element, value, stamp, base, removed = record
    model = MODEL_BY_TABLE.get(table) if isinstance(table, str) else None
    if model is None:
        raise BundleRefused(f"{bad}: neznámá tabulka {table!r} (novější verze obecdesk?).")
    if not isinstance(field, str) or field not in model.__sync__.versioned:
        raise BundleRefused(f"{bad}: pole {table}.{field} se nesynchronizuje.")
    if not is_uuid(row_id) or not isinstance(element, str) or len(element) > 200 \
            or not isinstance(removed, bool) or not isinstance(base, str):
        raise BundleRefused(f"{bad} v tabulce {table}.")
    is_set = model.__sync__.of(field) is Policy.SET
    if is_set != bool(element) or (is_set and value is not None) \
            or (not is_set and not type_ok(model.__table__.columns[field], value)):
        raise BundleRefused(f"{bad}: hodnota pole {table}.{field} má chybný typ.")
    wall_ms = stamp_ms(stamp) if isinstance(stamp, str) else None
    if wall_ms is None or (base and stamp_ms(base) is None):
        raise BundleRefused(f"{bad}: poškozené časové razítko v {table}.{field}.")
    if wall_ms > now_ms + MAX_FUTURE_MS:
        raise BundleRefused(f"Balíček {name} obsahuje změny s časem více než 24 hodin v "
                            "budoucnosti (špatně nastavené hodiny odesílatele?); nic se "
                            "nenačetlo.")
    return FieldChange(table, row_id, field, element, value, stamp, base, removed)


def _existing(session: Session, table: str, ids: set[str]) -> set[str]:
    model = MODEL_BY_TABLE[table]
    ordered = sorted(ids)
    found: set[str] = set()
    for start in range(0, len(ordered), CHUNK):
        found.update(session.scalars(select(model.id).where(
            model.id.in_(ordered[start:start + CHUNK]))))
    return found


@lru_cache(maxsize=1024)
def _refers_to(table: str, field: str) -> tuple[str, ...]:
    """The tables a field's value is a reference to (none for most fields)."""
    column = MODEL_BY_TABLE[table].__table__.columns[field]
    return tuple(fk.column.table.name for fk in column.foreign_keys)


def check_references(session: Session, changes: list[FieldChange], name: str) -> None:
    """Every reference resolves here or within the bundle; a new row brings its parents."""
    brought: dict[str, set[str]] = defaultdict(set)
    for table, row_id in set(map(itemgetter(0, 1), changes)):
        brought[table].add(row_id)
    # only the few fields that are references (and a new row's required ones) are looked at
    pairs = set(map(itemgetter(0, 2), changes))
    links = {pair: targets for pair in pairs if (targets := _refers_to(*pair))}
    required = {table: [c.name for c in MODEL_BY_TABLE[table].__table__.columns
                        if c.foreign_keys and not c.nullable] for table in brought}
    wanted: dict[str, set[str]] = defaultdict(set)
    fields: set[tuple[str, str, str]] = set()
    for change in compress(changes, map(links.__contains__, map(itemgetter(0, 2), changes))):
        fields.add((change.table, change.row_id, change.field))
        if change.value is not None:
            for target in links[(change.table, change.field)]:
                wanted[target].add(change.value)
    present = {t: _existing(session, t, ids) for t, ids in brought.items()}
    for table, ids in wanted.items():
        if table not in MODEL_BY_TABLE:
            continue
        missing = ids - brought.get(table, set())
        missing -= _existing(session, table, missing) if missing else set()
        if missing:
            raise BundleRefused(f"Balíček {name} odkazuje na záznamy, které tato databáze "
                                f"nemá ani je nepřináší (tabulka {table}, počet "
                                f"{len(missing)}); nic se nenačetlo.")
    for table, ids in brought.items():
        for row_id in ids - present[table] if required[table] else ():
            lacking = [c for c in required[table] if (table, row_id, c) not in fields]
            if lacking:
                raise BundleRefused(f"Balíček {name} přináší nový záznam v tabulce {table} bez "
                                    f"povinné vazby {lacking[0]}; nic se nenačetlo.")


def payload_int(payload: dict[str, Any], key: str, name: str) -> int:
    value = payload.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BundleRefused(f"Obsah balíčku {name} nemá platný údaj {key}.")
    return value
