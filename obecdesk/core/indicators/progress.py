"""How far an indicator got: % of the way from baseline to target, and whether it is on track.

The expectation is linear between the baseline (value, date) and the per-period targets, each
reached at the end of its period; a period with its own target expects exactly that. The value
compared is the indicator's aggregate up to the period (``sum`` adds the periods' values up — its
targets are cumulative —, ``last`` takes the latest, ``average`` the mean). The status compares
the progress made with the progress expected (both measured from the baseline, in the direction
that is better): at least 90 % of it is on track, at least 60 % at risk, less is off track. The
reason is one Czech sentence: "v 2. čtvrtletí 2025 čekáno 40, dosaženo 22".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from obecdesk.core.formatting import money_text, number_text
from obecdesk.core.indicators.periods import (
    Period,
    parse_period,
    period_ends,
    period_order,
    period_starts,
)
from obecdesk.core.vocabulary.indicators import Aggregation, Direction, ProgressStatus, Unit

ON_TRACK_SHARE = 0.9
AT_RISK_SHARE = 0.6


@dataclass(frozen=True)
class Spec:
    """What the arithmetic needs of an indicator definition."""

    unit: str = Unit.COUNT
    direction: str = Direction.UP
    aggregation: str = Aggregation.LAST
    baseline_value: float | None = None
    baseline_date: dt.date | None = None
    #: period key → target value
    targets: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Progress:
    status: ProgressStatus
    #: Czech sentence saying why
    reason: str
    #: % of the way from baseline to the final target (None when it cannot be said)
    percent: float | None = None
    actual: float | None = None
    expected: float | None = None
    period: str = ""


@lru_cache(maxsize=8192)
def value_text(value: float | None, unit: str) -> str:
    """A value the way the unit reads: ``22``, ``40 %``, ``1 250 000 Kč``, ``ano`` (cached: a
    grid and a locality's statuses format the same few numbers through Babel again and again)."""
    if value is None:
        return "–"
    if unit == Unit.YES_NO:
        return "ano" if value >= 0.5 else "ne"
    if unit == Unit.CZK:
        return money_text(round(value, 2))
    shown = round(value, 1)
    text = number_text(int(shown) if float(shown).is_integer() else shown)
    return f"{text} %" if unit == Unit.PERCENT else text


def in_period(period: Period) -> str:
    """``v 2. čtvrtletí 2025``, ``v 1. pololetí 2025``, ``v roce 2025``, ``v období červen 2025``."""
    if period.months == 12:
        return f"v roce {period.year}"
    if period.months == 1:
        return f"v období {period.label}"
    return f"v {period.label}"


def aggregate(spec: Spec, values: dict[str, float], upto: Period) -> float | None:
    """The indicator's value at the end of ``upto`` from the periods' values."""
    upto_end = upto.ends
    # ordered as the periods themselves order (so a sum adds up in the same order), by an int
    seen = sorted((period_order(k), v) for k, v in values.items() if period_ends(k) <= upto_end)
    if not seen:
        return None
    if spec.aggregation == Aggregation.SUM:
        return sum(v for _p, v in seen)
    if spec.aggregation == Aggregation.AVERAGE:
        return sum(v for _p, v in seen) / len(seen)
    return seen[-1][1]


def aggregate_series(spec: Spec, values: dict[str, float]) -> list[tuple[Period, float]]:
    """:func:`aggregate` at the end of every period keyed in ``values``, oldest first, in one pass
    over the values sorted once (a chart of ten years of monthly values would otherwise sort
    them again for each of its points)."""
    parsed = sorted(((parse_period(k), v) for k, v in values.items()),
                    key=lambda pv: pv[0].ends)
    at: dict[Period, float] = {}
    total, count, last, i = 0.0, 0, None, 0
    for period in sorted({p for p, _v in parsed if p.key in values}, key=lambda p: p.ends):
        while i < len(parsed) and parsed[i][0].ends <= period.ends:
            total, count = total + parsed[i][1], count + 1
            last = parsed[i] if last is None or parsed[i] > last else last
            i += 1
        at[period] = (total if spec.aggregation == Aggregation.SUM else
                      total / count if spec.aggregation == Aggregation.AVERAGE else last[1])
    return sorted(at.items())


def _anchors(spec: Spec) -> list[tuple[dt.date, float]]:
    points = sorted((parse_period(k).ends, v) for k, v in spec.targets.items())
    if spec.baseline_value is not None:
        start = spec.baseline_date or (points[0][0] if points else dt.date.min)
        points = [(start, spec.baseline_value), *[p for p in points if p[0] > start]]
    return points


def expected_at(spec: Spec, day: dt.date) -> float | None:
    """The linear expectation on ``day`` (the last target after it, the first before it)."""
    points = _anchors(spec)
    if not points:
        return None
    if day <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        if d0 <= day <= d1:
            if spec.unit == Unit.YES_NO:
                return v1 if day == d1 else v0
            return v0 + (v1 - v0) * (day - d0).days / max((d1 - d0).days, 1)
    return points[-1][1]


def _final_target(spec: Spec) -> tuple[Period, float] | None:
    if not spec.targets:
        return None
    key = max(spec.targets, key=lambda k: parse_period(k).ends)
    return parse_period(key), spec.targets[key]


def _baseline(spec: Spec) -> float | None:
    if spec.baseline_value is not None:
        return spec.baseline_value
    return 0.0 if spec.direction == Direction.UP else None


def evaluate(spec: Spec, values: dict[str, float], today: dt.date | None = None) -> Progress:
    """Progress and status of an indicator from its values (period key → value) on ``today``."""
    today = today or dt.date.today()
    due = {k: v for k, v in values.items() if period_starts(k) <= today}
    if not due:
        return Progress(ProgressStatus.NO_DATA, "zatím bez zadaných hodnot")
    latest = parse_period(max(due, key=period_order))
    return judge(spec, latest, aggregate(spec, due, latest), today)


def judge(spec: Spec, latest: Period, actual: float, today: dt.date) -> Progress:
    """:func:`evaluate` once the latest due period and the aggregate up to it are known (the
    database can sum them up: ``core.indicators.due``)."""
    final = _final_target(spec)
    sign = 1 if spec.direction == Direction.UP else -1
    base = _baseline(spec)
    percent = None
    if final is not None and base is not None and final[1] != base:
        percent = 100 * (actual - base) / (final[1] - base)
    overdue = final is not None and final[0].ends < today and latest < final[0]
    if overdue:
        when, expected = final[0], final[1]
    else:
        when = latest
        if latest.ends > today:  # a period still running is judged by the line up to today
            expected = expected_at(spec, today)
        else:
            expected = spec.targets.get(latest.key, expected_at(spec, latest.ends))
    if expected is None:
        return Progress(ProgressStatus.NO_DATA, "chybí cílová hodnota", percent, actual,
                        period=latest.key)
    status = _status(actual, expected, base, sign)
    unit = spec.unit
    reason = f"{in_period(when)} čekáno {value_text(expected, unit)}, " \
             f"dosaženo {value_text(actual, unit)}"
    if overdue:
        reason = f"cíl {value_text(expected, unit)} měl být splněn {in_period(when)}, " \
                 f"naposledy ({latest.label}) dosaženo {value_text(actual, unit)}"
    if spec.baseline_value is None and base is not None:
        reason += " (bez výchozí hodnoty, počítáno od nuly)"
    return Progress(status, reason, percent, actual, expected, latest.key)


def _status(actual: float, expected: float, base: float | None, sign: int) -> ProgressStatus:
    if base is None:  # lower is better and no baseline: only the comparison with the target
        if sign * (actual - expected) >= 0:
            return ProgressStatus.ON_TRACK
        over = abs(actual - expected) / max(abs(expected), 1e-9)
        return ProgressStatus.AT_RISK if over <= 0.1 else ProgressStatus.OFF_TRACK
    need = sign * (expected - base)
    got = sign * (actual - base)
    if need <= 0:
        return ProgressStatus.ON_TRACK if got >= need else ProgressStatus.AT_RISK
    share = got / need
    if share >= ON_TRACK_SHARE:
        return ProgressStatus.ON_TRACK
    return ProgressStatus.AT_RISK if share >= AT_RISK_SHARE else ProgressStatus.OFF_TRACK
