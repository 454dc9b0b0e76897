"""What the status of an indicator needs of its entered values, found by the database.

A status (``progress.evaluate``) looks at the values of periods begun by today: the latest of
them, and their sum, mean or latest value. Reading every value of a locality into Python for
that made a locality switch grow with the values (100,000 of them in a big locality, issue #21).
For an indicator that takes the latest value, the database finds it by the index of values
(indicator, period): the largest key of the indicator's frequency not after the key of the
period running today (keys sort in time order within a frequency). An indicator with a later
due key of another frequency (its frequency was changed after values were in) is computed
from its values as before; so are sums and means, added up in Python in the order of the
periods, so they stay exactly the numbers they were (a database adds floats up in an order of
its own).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from obecdesk.core.indicators.periods import period_of, period_order, period_starts
from obecdesk.core.vocabulary.indicators import Frequency
from obecdesk.store.models import Indicator, IndicatorValue

#: how many ids go into one ``IN (…)``
CHUNK = 500


@dataclass(frozen=True)
class Latest:
    """An indicator's latest entered value of a period begun by today."""

    period: str
    value: float


def _frequency_of(key: str) -> str:
    tail = key[4:]  # what follows the year: "", "-06", "-H1" or "-Q2"
    return Frequency.YEAR if not tail else Frequency.HALF_YEAR if tail.startswith("-H") \
        else Frequency.QUARTER if tail.startswith("-Q") else Frequency.MONTH


def latest_values(session: Session, locality_id: str,
                  today: dt.date) -> tuple[dict[str, Latest], set[str]]:
    """indicator id → its latest due value (for those with any), and the indicators whose latest
    due value this cannot say: they have a due key of another frequency than their own (their
    frequency was changed) later than their latest key of their own."""
    v, i = IndicatorValue, Indicator
    now = {f: period_of(today, f).key for f in Frequency}
    n = IndicatorValue.__table__.alias("n")
    newest = select(func.max(n.c.period)).where(  # one look-up in the index per indicator
        n.c.indicator_id == i.id, n.c.locality_id == locality_id, n.c.deleted.is_(False),
        n.c.period <= case(*((i.frequency == f.value, now[f]) for f in Frequency),
                           else_=now[Frequency.YEAR])).correlate(i).scalar_subquery()
    last = IndicatorValue.__table__.alias("last")
    found = {id_: (frequency, Latest(period, value)) for id_, frequency, period, value in
             session.execute(select(i.id, i.frequency, last.c.period, last.c.value).join(
                 last, and_(last.c.indicator_id == i.id, last.c.deleted.is_(False),
                            last.c.period == newest)).where(i.locality_id == locality_id))}
    mixed = {id_ for id_, (frequency, latest) in found.items()
             if _frequency_of(latest.period) != frequency}
    # a key of another frequency matters when it is due and later than that latest one: it
    # lies in the years from the latest one's to this one
    letter = func.substr(v.period, 6, 1)
    kind = case((func.length(v.period) == 4, Frequency.YEAR.value),
                (letter == "H", Frequency.HALF_YEAR.value),
                (letter == "Q", Frequency.QUARTER.value), else_=Frequency.MONTH.value)
    others = select(i.id, v.period).join(v, and_(
        v.indicator_id == i.id, v.period >= func.coalesce(func.substr(newest, 1, 4), ""),
        v.period < str(today.year + 1), kind != i.frequency, v.deleted.is_(False))).where(
        i.locality_id == locality_id)
    for id_, period in session.execute(others):
        own = found.get(id_)
        if period_starts(period) <= today and (
                own is None or period_order(period) > period_order(own[1].period)):
            mixed.add(id_)
    return {id_: latest for id_, (_frequency, latest) in found.items()}, mixed


def values_of(session: Session, locality_id: str,
              indicator_ids: list[str]) -> dict[str, dict[str, float]]:
    """indicator id → period → value, for every entered value of the indicators."""
    result: dict[str, dict[str, float]] = {}
    v = IndicatorValue
    for start in range(0, len(indicator_ids), CHUNK):
        for indicator_id, period, value in session.execute(select(
                v.indicator_id, v.period, v.value).where(
                v.locality_id == locality_id, v.deleted.is_(False),
                v.indicator_id.in_(indicator_ids[start:start + CHUNK]))):
            result.setdefault(indicator_id, {})[period] = value
    return result


def reviewed_values(session: Session, value_ids: list[str]) -> dict[str, list[str]]:
    """indicator id → the ids of its live values among ``value_ids`` (those HQ reviewed)."""
    result: dict[str, list[str]] = {}
    for start in range(0, len(value_ids), CHUNK):
        for id_, indicator_id in session.execute(select(
                IndicatorValue.id, IndicatorValue.indicator_id).where(
                IndicatorValue.id.in_(value_ids[start:start + CHUNK]),
                IndicatorValue.deleted.is_(False))):
            result.setdefault(indicator_id, []).append(id_)
    return result
