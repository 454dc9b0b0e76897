"""A payload's records checked all at once refuse exactly what record-by-record checking refuses,
with the same sentence, and accept exactly what it accepts (P9)."""

import time
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from obecdesk.store.hlc import Stamp
from obecdesk.sync.bundle_format import BundleRefused
from obecdesk.sync.bundle_records import parse_records
from obecdesk.sync.bundle_validation import parse_record

NOW = int(time.time() * 1000)
REPLICA = str(uuid.UUID(int=7))
STAMP = str(Stamp(NOW - 1000, 0, REPLICA))
ROW = str(uuid.UUID(int=11))


def good_records() -> list[list]:
    return [
        ["actors", ROW, "name", "", "Jana Šimková", STAMP, "", False],
        ["actors", ROW, "influence", "", 3, STAMP, "", False],
        ["actors", ROW, "consent_date", "", "2026-01-31", STAMP, "", False],
        ["actors", ROW, "tags", "škola", None, STAMP, "", True],
        ["localities", str(uuid.UUID(int=12)), "name", "", "Horní Lhota", STAMP, STAMP, False],
    ]


#: values a hostile payload may put in any position of a record
HOSTILE = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=5), st.just(""),
    st.just("x" * 201), st.just(["a"]), st.just({"a": 1}), st.just("2026-02-30"),
    st.just(str(Stamp(NOW + 2 * 86_400_000, 0, REPLICA))), st.just(f"1-0-{REPLICA}"),
    st.just("actors"), st.just("nonexistent"), st.just("erased"), st.just("tags"),
    st.just(ROW), st.just(STAMP),
)


def outcome(check) -> object:
    try:
        return check()
    except BundleRefused as exc:
        return f"refused: {exc}"


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 4), st.integers(0, 8), HOSTILE)
def test_bulk_and_record_by_record_checks_agree(which, position, value):
    records = good_records()
    if position == 8:
        records[which] = value  # a record that is not a list of eight at all
    else:
        records[which][position] = value
    one_by_one = outcome(lambda: [parse_record(r, NOW, "b.obecbundle") for r in records])
    assert outcome(lambda: parse_records(records, NOW, "b.obecbundle")) == one_by_one


def test_good_records_pass_and_a_bad_one_is_named():
    assert len(parse_records(good_records(), NOW, "b.obecbundle")) == 5
    records = good_records()
    records[1][4] = "tři"
    with pytest.raises(BundleRefused, match="actors.influence má chybný typ"):
        parse_records(records, NOW, "b.obecbundle")
