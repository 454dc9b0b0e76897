"""A signed bundle whose number does not fit the database is refused in one Czech sentence and
changes nothing (SQLite holds 64-bit integers, in an integer or a float column)."""

from __future__ import annotations

import pytest
from test_bundle_hostile import forge, refused, world  # noqa: F401 (the fixture)

from obecdesk.store.models import IndicatorValue
from obecdesk.sync.bundle_validation import type_ok


def _set_all(table: str, field: str, value):
    def mutate(payload) -> None:
        for record in payload["changes"]:
            if record[0] == table and record[2] == field:
                record[4] = value
    return mutate


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**400])
def test_an_integer_beyond_64_bits_is_refused(world, tmp_path, value):  # noqa: F811
    field, hq, _loc = world
    path = forge(field, hq, tmp_path / "n.obecbundle", _set_all("actors", "influence", value))
    assert "actors.influence má chybný typ" in refused(hq, path)


def test_an_integer_beyond_64_bits_is_no_value_of_a_float_column():
    value = IndicatorValue.__table__.columns["value"]
    assert type_ok(value, 2**63 - 1) and type_ok(value, 1e300)
    assert not type_ok(value, 2**63) and not type_ok(value, 10**400)
