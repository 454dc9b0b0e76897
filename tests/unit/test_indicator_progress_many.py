"""Many values, mixed frequencies: the fast path of :func:`evaluate` (periods ordered by an int,
not by sorting Period objects) gives exactly the status, reason and numbers of the plain way."""

import datetime as dt
import random

import pytest

from obecdesk.core.indicators import progress as pr
from obecdesk.core.indicators.periods import parse_period
from obecdesk.core.vocabulary.indicators import Aggregation, Direction, ProgressStatus, Unit


def plain_aggregate(spec: pr.Spec, values: dict[str, float], upto) -> float | None:
    seen = sorted((parse_period(k), v) for k, v in values.items()
                  if parse_period(k).ends <= upto.ends)
    if not seen:
        return None
    if spec.aggregation == Aggregation.SUM:
        return sum(v for _p, v in seen)
    if spec.aggregation == Aggregation.AVERAGE:
        return sum(v for _p, v in seen) / len(seen)
    return seen[-1][1]


def plain_latest_and_actual(spec: pr.Spec, values: dict[str, float], today: dt.date):
    due = {k: v for k, v in values.items() if parse_period(k).starts <= today}
    if not due:
        return None, None
    latest = max(parse_period(k) for k in due)
    return latest.key, plain_aggregate(spec, due, latest)


def random_keys(rng: random.Random) -> list[str]:
    keys = []
    for year in range(2015, 2031):
        keys += [str(year)] if rng.random() < 0.3 else []
        keys += [f"{year}-H{h}" for h in (1, 2) if rng.random() < 0.3]
        keys += [f"{year}-Q{q}" for q in range(1, 5) if rng.random() < 0.5]
        keys += [f"{year}-{m:02d}" for m in range(1, 13) if rng.random() < 0.7]
    return keys


@pytest.mark.parametrize("seed", range(40))
def test_statuses_over_many_values_match_the_plain_computation(seed):
    rng = random.Random(seed)
    for _ in range(15):
        values = {k: round(rng.uniform(-5, 120), rng.choice([0, 2, 7])) for k in random_keys(rng)}
        targets = {f"{y}-Q4": float(rng.randint(10, 200)) for y in range(2020, 2031, 3)}
        spec = pr.Spec(unit=rng.choice([Unit.COUNT, Unit.PERCENT, Unit.CZK]),
                       direction=rng.choice([Direction.UP, Direction.DOWN]),
                       aggregation=rng.choice([Aggregation.SUM, Aggregation.LAST,
                                               Aggregation.AVERAGE]),
                       baseline_value=rng.choice([None, 0.0, 12.5]),
                       baseline_date=dt.date(2019, 12, 31), targets=targets)
        today = dt.date(rng.randint(2014, 2032), rng.randint(1, 12), rng.randint(1, 28))
        result = pr.evaluate(spec, values, today)
        latest, actual = plain_latest_and_actual(spec, values, today)
        if latest is None:
            assert result.status == ProgressStatus.NO_DATA
            continue
        assert (result.period, result.actual) == (latest, actual)  # exact, float sums included
        for key in rng.sample(sorted(values), 5):
            upto = parse_period(key)
            assert pr.aggregate(spec, values, upto) == plain_aggregate(spec, values, upto)
