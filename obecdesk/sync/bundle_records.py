"""The records of a payload checked all at once: each distinct table and field, row id, stamp and
base once, and only the values one by one.

A full bundle carries a record per field (twenty-odd per actor), but few distinct tables, fields
and stamps; checking every record on its own spent most of an import's validation on repeats.
The checks are exactly :func:`parse_record`'s; when any fails, the records are checked one by
one again, so the refusal names the first bad record as it always did.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, Float, LargeBinary, Time

from obecdesk.store.models import MODEL_BY_TABLE
from obecdesk.store.sync_policy import Policy
from obecdesk.sync.bundle_validation import (
    INT_MAX,
    INT_MIN,
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
def _travels(table: str, field: str) -> tuple[bool, object] | None:
    """(is a set, its column) of a travelling field; None for anything else."""
    model = MODEL_BY_TABLE.get(table)
    if model is None or field not in model.__sync__.versioned:
        return None
    return model.__sync__.of(field) is Policy.SET, model.__table__.columns[field]


#: a value of each type JSON reads: for most columns a value's type alone decides ``type_ok``
_SAMPLES: dict[type, Any] = {type(None): None, bool: True, int: 0, float: 0.0, str: "",
                             list: [], dict: {}}


@lru_cache(maxsize=4096)
def _type_check(table: str, field: str, kind: type, has_element: bool) -> bool | None:
    """Whether every value of type ``kind`` fits the field (and its element position): True,
    False, or None when it depends on the value (a date's text, a float's finiteness)."""
    travels = _travels(table, field)
    if travels is None or kind not in _SAMPLES:
        return False
    is_set, column = travels
    if is_set != has_element:
        return False
    if is_set:
        return kind is type(None)
    column_type = column.type
    if (kind is float and isinstance(column_type, Float)) or (kind is str and isinstance(
            column_type, Date | Time | LargeBinary)):
        return None
    return type_ok(column, _SAMPLES[kind])


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
    if not all(map(is_uuid, set(rows))) or max(map(len, elements)) > MAX_ELEMENT:
        return False
    # an int's type decides below only within 64 bits (JSON reads any number of digits)
    ints = [v for v in values if type(v) is int]
    if ints and (min(ints) < INT_MIN or max(ints) > INT_MAX):
        return False
    latest = now_ms + MAX_FUTURE_MS
    for stamp in set(stamps):
        wall_ms = stamp_ms(stamp)
        if wall_ms is None or wall_ms > latest:
            return False
    if any(stamp_ms(base) is None for base in set(bases) if base):
        return False
    # the values by the few distinct (table, field, type of value, set element or not)
    shapes = set(zip(tables, fields, map(type, values), map(bool, elements), strict=True))
    by_value = set()
    for shape in shapes:
        fits = _type_check(*shape)
        if fits is False:
            return False
        if fits is None:
            by_value.add(shape[:3])
    if by_value:
        for table, field, value in zip(tables, fields, values, strict=True):
            if (table, field, type(value)) in by_value \
                    and not type_ok(_travels(table, field)[1], value):
                return False
    return True


def parse_records(records: list[Any], now_ms: int, name: str) -> list[FieldChange]:
    """Every wire record of a payload checked; the first bad one refuses the bundle."""
    if _records_good(records, now_ms):
        new = tuple.__new__  # each record is a list of eight, in FieldChange's order
        return [new(FieldChange, record) for record in records]
    return [parse_record(record, now_ms, name) for record in records]
