"""The records of a payload checked all at once: each distinct table and field, row id, stamp and
base once, and only the values one by one.

A full bundle carries a record per field (twenty-odd per actor), but few distinct tables, fields
and stamps; checking every record on its own spent most of an import's validation on repeats.
The checks are exactly :func:`parse_record`'s; when any fails, the records are checked one by
one again, so the refusal names the first bad record as it always did.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from typing import Any

from obecdesk.store.models import MODEL_BY_TABLE
from obecdesk.store.sync_policy import Policy
from obecdesk.sync.bundle_validation import (
    RECORD_FIELDS,
    is_uuid,
    parse_record,
    stamp_ms,
    type_ok,
)
from obecdesk.sync.field_changes import FieldChange
from obecdesk.sync.merge_rules import MAX_FUTURE_MS

MAX_ELEMENT = 200


@lru_cache(maxsize=1024)
def _field_check(table: str, field: str) -> tuple[bool, Callable[[Any], bool]] | None:
    """(is a set, the check of its value) of a travelling field; None for anything else."""
    model = MODEL_BY_TABLE.get(table)
    if model is None or field not in model.__sync__.versioned:
        return None
    if model.__sync__.of(field) is Policy.SET:
        return True, lambda value: value is None
    column = model.__table__.columns[field]
    return False, lambda value: type_ok(column, value)


def _all_of(values: list[Any], kind: type) -> bool:
    return set(map(type, values)) <= {kind}


def _records_good(records: list[Any], now_ms: int) -> bool:
    """Whether every record passes every check of :func:`parse_record`."""
    if not all(type(r) is list and len(r) == RECORD_FIELDS for r in records):
        return False
    if not records:
        return True
    tables, rows, fields, elements, values, stamps, bases, removed = (
        list(map(itemgetter(i), records)) for i in range(RECORD_FIELDS))
    if not (_all_of(tables, str) and _all_of(fields, str) and _all_of(rows, str)
            and _all_of(elements, str) and _all_of(stamps, str) and _all_of(bases, str)
            and _all_of(removed, bool)):
        return False
    checks = {pair: _field_check(*pair) for pair in set(zip(tables, fields, strict=True))}
    if None in checks.values() or not all(map(is_uuid, set(rows))) \
            or max(map(len, elements)) > MAX_ELEMENT:
        return False
    latest = now_ms + MAX_FUTURE_MS
    for stamp in set(stamps):
        wall_ms = stamp_ms(stamp)
        if wall_ms is None or wall_ms > latest:
            return False
    if any(stamp_ms(base) is None for base in set(bases) if base):
        return False
    for table, field, element, value in zip(tables, fields, elements, values, strict=True):
        is_set, value_ok = checks[(table, field)]
        if is_set != bool(element) or not value_ok(value):
            return False
    return True


def parse_records(records: list[Any], now_ms: int, name: str) -> list[FieldChange]:
    """Every wire record of a payload checked; the first bad one refuses the bundle."""
    if _records_good(records, now_ms):
        return [FieldChange(*record) for record in records]
    return [parse_record(record, now_ms, name) for record in records]
