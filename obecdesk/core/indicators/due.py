"""What the status of an indicator needs of its entered values, found by the database.

A status (``progress.evaluate``) looks at the values of periods begun by today: the latest of
them, and their sum, mean or latest value. Reading every value of a locality into Python for
that made a locality switch grow with the values (100,000 of them in a big locality, issue #21).
For an indicator that takes the latest value, one grouped query gives its latest due period and
that period's value. A key of each frequency is due when it is not after the key of the period
running today (keys sort in time order within a frequency). An indicator whose due values mix
frequencies (its frequency was changed) is flagged, so its status is computed from its values
as before. Sums and means are still added up in Python, in the order of the periods, so they
stay exactly the numbers they were (a database adds floats up in an order of its own).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from obecdesk.core.indicators.periods import period_of
from obecdesk.core.vocabulary.indicators import Frequency
from obecdesk.store.models import Indicator, IndicatorValue

#: how many ids go into one ``IN (…)``
CHUNK = 500


@dataclass(frozen=True)
class Latest:
    """An indicator's latest entered value of a period begun by today."""

    period: str
    value: float
    #: its due keys are of more than one frequency: ``period`` is not the latest
    mixed: bool


def latest_values(session: Session, locality_id: str, today: dt.date) -> dict[str, Latest]:
    """indicator id → its latest due value, for the indicators of the locality with any."""
    v = IndicatorValue
    period, letter = v.period, func.substr(v.period, 6, 1)
    now = {f: period_of(today, f).key for f in Frequency}
    kind = case((func.length(period) == 4, "Y"), (letter.in_(("H", "Q")), letter), else_="M")
    due = or_(and_(func.length(period) == 4, period <= now[Frequency.YEAR]),
              and_(letter == "H", period <= now[Frequency.HALF_YEAR]),
              and_(letter == "Q", period <= now[Frequency.QUARTER]),
              and_(func.length(period) == 7, letter.not_in(("H", "Q")),
                   period <= now[Frequency.MONTH]))
    found = select(v.indicator_id, func.max(period).label("latest"),
                   func.min(kind).label("first_kind"), func.max(kind).label("last_kind")).where(
        # by the locality's indicators: the planner would rather scan the whole table in
        # the order of the grouping than read the locality's rows and sort them
        v.indicator_id.in_(select(Indicator.id).where(Indicator.locality_id == locality_id)),
        v.locality_id == locality_id, v.deleted.is_(False), due).group_by(
        v.indicator_id).subquery()
    last = IndicatorValue.__table__.alias("last")
    query = select(found, last.c.value).join(last, and_(
        last.c.indicator_id == found.c.indicator_id, last.c.period == found.c.latest,
        last.c.deleted.is_(False)))
    return {row.indicator_id: Latest(row.latest, row.value, row.first_kind != row.last_kind)
            for row in session.execute(query)}


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
