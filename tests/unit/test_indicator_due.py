"""Statuses from the latest values the database finds (what the Indikátory screen reads at a
locality switch) are exactly the statuses computed from every value: every aggregation and
frequency, periods still to come, removed values, and an indicator whose frequency changed
after values were in."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from obecdesk.core.indicators.definitions import IndicatorData, IndicatorService
from obecdesk.core.indicators.overview import indicator_statuses, locality_indicators
from obecdesk.core.indicators.values import ValueEntry, ValueService, value_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.reviews import ReviewService
from obecdesk.core.vocabulary.indicators import ProgressStatus

pytestmark = pytest.mark.backends

KEYS = {"month": lambda y, i: f"{y}-{i:02d}", "quarter": lambda y, i: f"{y}-Q{i}",
        "half_year": lambda y, i: f"{y}-H{i}", "year": lambda y, _i: str(y)}
PER_YEAR = {"month": 12, "quarter": 4, "half_year": 2, "year": 1}


def _fill(store, backend) -> tuple[str, dict[str, str]]:
    rng = random.Random(21)
    loc = LocalityService(store).create(LocalityData(name="Horní Lhota")).id
    indicators, values = IndicatorService(store), ValueService(store)
    ids = {}
    for frequency in KEYS:
        for aggregation in ("sum", "last", "average"):
            name = f"{frequency} {aggregation}"
            ids[name] = indicators.create(loc, IndicatorData(
                name, unit="percent", aggregation=aggregation, frequency=frequency,
                baseline_value=5.0), {KEYS[frequency](2026, 1): 60.0})
            for year in (2024, 2025, 2026, 2027):
                for i in range(1, PER_YEAR[frequency] + 1):
                    if rng.random() < 0.7:
                        values.set_value(ids[name], ValueEntry(
                            KEYS[frequency](year, i), round(rng.uniform(0, 100), 1)))
    ids["empty"] = indicators.create(loc, IndicatorData("bez hodnot", frequency="quarter"))
    values.remove_value(ids["quarter sum"], "2025-Q1")
    values.set_value(ids["quarter sum"], ValueEntry("2025-Q2", 30))
    values.remove_value(ids["quarter sum"], "2025-Q2")
    # quarterly values, then the indicator is reported monthly: its keys mix two frequencies
    mixed = ids["quarter last"]
    data = indicators.get(mixed).data
    data.frequency = "month"
    indicators.update(mixed, data)
    values.set_value(mixed, ValueEntry("2026-05", 44))
    # all its keys yearly, then it is reported by half-year; a removed quarter, then monthly
    for name, frequency in (("year last", "half_year"), ("empty", "month")):
        data = indicators.get(ids[name]).data
        if name == "empty":
            values.set_value(ids[name], ValueEntry("2026-Q1", 3))
            values.remove_value(ids[name], "2026-Q1")
        data.frequency = frequency
        indicators.update(ids[name], data)
    for month in ("2026-01", "2026-02", "2027-01"):
        values.set_value(ids["empty"], ValueEntry(month, 7))
    # yearly until 2023, monthly since: the old keys are earlier than any month
    ids["years then months"] = switched = indicators.create(loc, IndicatorData(
        "roky, pak měsíce", frequency="year", baseline_value=1.0), {"2026": 20.0})
    for year in (2021, 2022, 2023):
        values.set_value(switched, ValueEntry(str(year), year - 2015))
    data = indicators.get(switched).data
    data.frequency = "month"
    indicators.update(switched, data)
    for month in ("2024-03", "2025-06", "2026-09"):
        values.set_value(switched, ValueEntry(month, 12))
    return loc, ids


@pytest.mark.parametrize("today", [dt.date(2023, 6, 1), dt.date(2025, 3, 31),
                                   dt.date(2025, 4, 1), dt.date(2026, 6, 30),
                                   dt.date(2026, 11, 30), dt.date(2028, 1, 1)])
def test_summed_statuses_equal_the_statuses_of_all_values(store, backend, today):
    loc, _ids = _fill(store, backend)
    full = indicator_statuses(store, loc, today)
    summed = indicator_statuses(store, loc, today, series=False)
    assert [(s.info.id, s.progress) for s in summed] == [(s.info.id, s.progress) for s in full]
    if today.year > 2024:  # values are in by then
        assert {s.progress.status for s in full} - {ProgressStatus.NO_DATA}


def test_without_series_the_values_are_read_for_one_indicator_only(store, backend):
    loc, ids = _fill(store, backend)
    today = dt.date(2026, 11, 30)
    full = {s.info.id: s for s in indicator_statuses(store, loc, today)}
    summed = {s.info.id: s for s in indicator_statuses(store, loc, today, series=False)}
    for name in ("month last", "half_year last", "years then months"):
        plain = summed[ids[name]]
        assert not plain.has_series and plain.values == {}
        assert ValueService(store).series(plain.info.id) == full[plain.info.id].values
    # a sum or a mean is added up from its values; one with a later due key of another
    # frequency is computed from them
    for name in ("month sum", "year average", "quarter last", "year last"):
        assert summed[ids[name]].has_series
        assert summed[ids[name]].values == full[ids[name]].values


def test_reviewed_values_are_found_by_indicator_without_reading_every_value(store, backend):
    loc, ids = _fill(store, backend)
    some = ids["quarter average"]
    period = sorted(ValueService(store).series(some))[0]
    ReviewService(store).review("value", value_id(some, period), "comment", "Ověřte.")
    data = locality_indicators(store, loc, dt.date(2026, 11, 30), series=False)
    assert data.reviewed_values == {some: [value_id(some, period)]}
