"""Values of indicators: refused when they do not fit the unit, kept outside the valid range only
with a note (and then flagged for follow-up), and corrections appended to a history."""

import pytest

from obecdesk.core.indicators.definitions import IndicatorData, IndicatorService
from obecdesk.core.indicators.values import ValueEntry, ValueService
from obecdesk.core.inventory import counts
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.errors import ValidationError


@pytest.fixture
def setup(store):
    loc = LocalityService(store).create(LocalityData("Horní Lhota")).id
    indicators = IndicatorService(store)
    pupils = indicators.create(loc, IndicatorData("Žáci v doučování", unit="persons",
                                                  min_value=0, max_value=100))
    share = indicators.create(loc, IndicatorData("Podíl", unit="percent"))
    rules = indicators.create(loc, IndicatorData("Pravidla", unit="yes_no", frequency="year"))
    return store, pupils, share, rules


def test_a_value_must_fit_its_unit(setup):
    store, pupils, share, rules = setup
    values = ValueService(store)
    with pytest.raises(ValidationError, match="celé nezáporné"):
        values.set_value(pupils, ValueEntry("2025-Q1", 2.5))
    with pytest.raises(ValidationError, match="mezi 0 a 100"):
        values.set_value(share, ValueEntry("2025-Q1", 120, note="opravdu"))
    with pytest.raises(ValidationError, match="ano"):
        values.set_value(rules, ValueEntry("2025", 2))
    with pytest.raises(ValidationError, match="jinak"):
        values.set_value(rules, ValueEntry("2025-Q1", 1))
    assert counts(store)["indicator_values"] == 0


def test_outside_the_valid_range_needs_a_note_and_is_flagged_for_follow_up(setup):
    store, pupils, *_ = setup
    values = ValueService(store)
    with pytest.raises(ValidationError, match="mimo platný rozsah 0–100"):
        values.set_value(pupils, ValueEntry("2025-Q1", 140))
    assert counts(store)["indicator_values"] == 0
    values.set_value(pupils, ValueEntry("2025-Q1", 140, note="letní škola, jednorázově"))
    saved = values.entries(pupils)["2025-Q1"]
    assert saved.value == 140 and saved.follow_up and saved.follow_up_reason == "mimo platný rozsah"


def test_a_follow_up_flag_needs_a_reason(setup):
    store, pupils, *_ = setup
    values = ValueService(store)
    with pytest.raises(ValidationError, match="důvod"):
        values.set_value(pupils, ValueEntry("2025-Q1", 10, follow_up=True))
    values.set_value(pupils, ValueEntry("2025-Q1", 10, follow_up=True,
                                        follow_up_reason="ověřit se školou"))
    assert values.entries(pupils)["2025-Q1"].follow_up_reason == "ověřit se školou"


def test_corrections_keep_who_when_what_and_why(setup):
    store, pupils, *_ = setup
    values = ValueService(store)
    values.set_value(pupils, ValueEntry("2025-Q1", 72), by="Tereza")
    assert values.history(pupils) == []
    assert not values.set_value(pupils, ValueEntry("2025-Q1", 72), by="Tereza")
    values.set_value(pupils, ValueEntry("2025-Q1", 27), by="Tereza", reason="překlep")
    values.remove_value(pupils, "2025-Q1", by="Pavel", reason="duplicitní hlášení")
    values.set_value(pupils, ValueEntry("2025-Q1", 30), by="Pavel", reason="nové hlášení")
    history = values.history(pupils)
    assert [(c.old_value, c.new_value, c.changed_by, c.reason) for c in history] == [
        (72, 27, "Tereza", "překlep"), (27, None, "Pavel", "duplicitní hlášení"),
        (None, 30, "Pavel", "nové hlášení")]
    assert all(c.changed_at for c in history)
    assert values.entries(pupils)["2025-Q1"].value == 30
    assert counts(store)["value_corrections"] == 3


def test_computed_indicators_take_no_typed_values(demo_store, demo_locality_id):
    computed = next(i for i in IndicatorService(demo_store).of_locality(demo_locality_id)
                    if i.data.computed)
    with pytest.raises(ValidationError, match="počítá"):
        ValueService(demo_store).set_value(computed.id, ValueEntry("2025-Q1", 3))


def test_the_grid_reads_the_live_values_of_the_shown_periods_of_the_locality(setup):
    store, pupils, share, _rules = setup
    values = ValueService(store)
    [home] = LocalityService(store).list()
    for period, number in (("2025-Q1", 10), ("2025-Q2", 12), ("2025-Q3", 14)):
        values.set_value(pupils, ValueEntry(period, number))
    values.set_value(share, ValueEntry("2025-Q2", 40))
    values.remove_value(pupils, "2025-Q3", reason="omyl")
    other = LocalityService(store).create(LocalityData("Dolní Lhota")).id
    elsewhere = IndicatorService(store).create(other, IndicatorData("Jinde", unit="count"))
    values.set_value(elsewhere, ValueEntry("2025-Q2", 1))
    shown = values.entries_in([pupils, share], ["2025-Q2", "2025-Q3"])
    assert {i: {p: e.value for p, e in row.items()} for i, row in shown.items()} == {
        pupils: {"2025-Q2": 12}, share: {"2025-Q2": 40}}
