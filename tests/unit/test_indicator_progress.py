"""Progress and status of an indicator: % of the way from baseline to target, and on track /
at risk / off track against the linear expectation, with the reason in words."""

import datetime as dt

import pytest

from obecdesk.core.indicators.periods import parse_period, period_from_text, periods_between
from obecdesk.core.indicators.progress import (
    Spec,
    aggregate,
    aggregate_series,
    evaluate,
    expected_at,
)
from obecdesk.core.vocabulary.indicators import ProgressStatus as S
from obecdesk.errors import ValidationError

TODAY = dt.date(2025, 7, 15)
LATER = dt.date(2026, 1, 15)
BASE = dt.date(2024, 12, 31)


def spec(**kw) -> Spec:
    values = {"baseline_value": 0.0, "baseline_date": BASE, "targets": {"2025-Q4": 80}}
    values.update(kw)
    return Spec(**values)


def test_half_way_in_time_expects_half_the_way_and_says_so_in_words():
    s = spec()
    assert expected_at(s, parse_period("2025-Q2").ends) == pytest.approx(80 * 181 / 365)
    p = evaluate(s, {"2025-Q2": 22}, TODAY)
    assert p.status == S.OFF_TRACK
    assert p.reason == "v 2. čtvrtletí 2025 čekáno 39,7, dosaženo 22"
    assert p.percent == pytest.approx(27.5)


@pytest.mark.parametrize(("value", "status"), [(40, S.ON_TRACK), (36, S.ON_TRACK),
                                               (30, S.AT_RISK), (20, S.OFF_TRACK)])
def test_the_share_of_the_expected_progress_decides_the_status(value, status):
    # a target for the quarter itself is what that quarter expects: 40
    s = spec(targets={"2025-Q2": 40, "2025-Q4": 80})
    p = evaluate(s, {"2025-Q2": value}, TODAY)
    assert p.expected == 40 and p.status == status


def test_lower_is_better_counts_the_way_down():
    s = spec(direction="down", baseline_value=30.0, targets={"2025-Q4": 10})
    good = evaluate(s, {"2025-Q4": 12}, LATER)
    assert good.status == S.ON_TRACK and good.percent == pytest.approx(90)
    bad = evaluate(s, {"2025-Q4": 26}, LATER)
    assert bad.status == S.OFF_TRACK and bad.percent == pytest.approx(20)
    assert bad.reason == "v 4. čtvrtletí 2025 čekáno 10, dosaženo 26"


def test_without_a_baseline_higher_is_better_counts_from_zero_and_says_so():
    s = spec(baseline_value=None, baseline_date=None, targets={"2025-Q4": 50})
    p = evaluate(s, {"2025-Q4": 50}, LATER)
    assert p.status == S.ON_TRACK and p.percent == pytest.approx(100)
    assert "bez výchozí hodnoty" in p.reason


def test_without_a_baseline_lower_is_better_has_no_percentage_but_a_status():
    s = spec(direction="down", baseline_value=None, baseline_date=None,
             targets={"2025-Q4": 10})
    p = evaluate(s, {"2025-Q4": 14}, LATER)
    assert p.percent is None and p.status == S.OFF_TRACK
    assert evaluate(s, {"2025-Q4": 10.5}, LATER).status == S.AT_RISK
    assert evaluate(s, {"2025-Q4": 9}, LATER).status == S.ON_TRACK


def test_a_target_in_the_past_without_a_value_for_it_is_judged_against_the_target():
    s = spec(targets={"2025-Q2": 80})
    p = evaluate(s, {"2025-Q1": 30}, LATER)
    assert p.expected == 80 and p.status == S.OFF_TRACK
    assert p.reason.startswith("cíl 80 měl být splněn v 2. čtvrtletí 2025")


def test_sum_indicators_add_the_periods_up_against_cumulative_targets():
    s = spec(aggregation="sum", targets={"2025-Q4": 100})
    p = evaluate(s, {"2025-Q1": 25, "2025-Q2": 25, "2025-Q3": 25, "2025-Q4": 20}, LATER)
    assert p.actual == 95 and p.status == S.ON_TRACK


def test_average_and_last_aggregations():
    values = {"2025-Q1": 10, "2025-Q2": 30}
    assert evaluate(spec(aggregation="average"), values, TODAY).actual == 20
    assert evaluate(spec(aggregation="last"), values, TODAY).actual == 30


def test_future_values_and_no_values_at_all():
    assert evaluate(spec(), {}, TODAY).status == S.NO_DATA
    assert evaluate(spec(), {"2026-Q3": 70}, TODAY).status == S.NO_DATA


def test_a_running_period_is_judged_by_the_line_up_to_today():
    s = spec(targets={"2026-Q4": 80}, baseline_date=dt.date(2025, 12, 31))
    p = evaluate(s, {"2026-Q1": 9}, dt.date(2026, 2, 14))
    assert p.expected == pytest.approx(80 * 45 / 365) and p.status == S.ON_TRACK


def test_yes_no_indicator():
    s = spec(unit="yes_no", targets={"2025": 1})
    assert evaluate(s, {"2025": 1}, LATER).reason == "v roce 2025 čekáno ano, dosaženo ano"
    assert evaluate(s, {"2025": 0}, LATER).status == S.OFF_TRACK


def test_periods_read_as_people_write_them():
    assert period_from_text("Q2/2025").key == "2025-Q2"
    assert parse_period("2. čtvrtletí 2025").key == "2025-Q2"
    assert parse_period("1. pololetí 2025").key == "2025-H1"
    assert parse_period("6/2025").key == "2025-06"
    assert parse_period("2025-H2").ends == dt.date(2025, 12, 31)
    assert parse_period("2025-06").label == "červen 2025"
    assert [p.key for p in periods_between(dt.date(2025, 2, 1), dt.date(2025, 8, 1), "quarter")] \
        == ["2025-Q1", "2025-Q2", "2025-Q3"]
    with pytest.raises(ValidationError):
        parse_period("13/2025")


@pytest.mark.parametrize("aggregation", ["last", "sum", "average"])
def test_a_chart_series_is_the_aggregate_at_each_period(aggregation):
    # mixed frequencies, out of order: each point is what aggregate() says at that period's end
    values = {"2025-03": 4.0, "2024-Q4": 2.0, "2025-Q1": 7.0, "2024": 9.0, "2025-01": 1.0,
              "2025-H1": 3.0, "2024-11": 5.0}
    spec = Spec(unit="count", direction="up", aggregation=aggregation)
    series = aggregate_series(spec, values)
    assert [p.key for p, _v in series] == sorted(values, key=parse_period)
    assert series == [(p, aggregate(spec, values, p)) for p in sorted(map(parse_period, values))]
