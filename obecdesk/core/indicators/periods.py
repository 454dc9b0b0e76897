"""Reporting periods as short keys: ``2025`` (year), ``2025-H1``, ``2025-Q2``, ``2025-06``.

Keys sort in time order within one frequency and read the same in a CSV file, a bundle and the
database. Each period knows its first and last day and its Czech name ("2. čtvrtletí 2025").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from obecdesk.core.vocabulary.indicators import Frequency
from obecdesk.errors import ValidationError

_KEY = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$")
_MONTHS = ("leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září",
           "říjen", "listopad", "prosinec")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    #: first month (1–12) and number of months
    first_month: int
    months: int

    @property
    def frequency(self) -> Frequency:
        return {12: Frequency.YEAR, 6: Frequency.HALF_YEAR, 3: Frequency.QUARTER}.get(
            self.months, Frequency.MONTH)

    @property
    def key(self) -> str:
        if self.months == 12:
            return str(self.year)
        if self.months == 6:
            return f"{self.year}-H{1 + (self.first_month - 1) // 6}"
        if self.months == 3:
            return f"{self.year}-Q{1 + (self.first_month - 1) // 3}"
        return f"{self.year}-{self.first_month:02d}"

    @property
    def starts(self) -> dt.date:
        return dt.date(self.year, self.first_month, 1)

    @property
    def ends(self) -> dt.date:
        return _last_day(self.year, self.first_month, self.months)

    @property
    def label(self) -> str:
        """Czech name: ``2025``, ``1. pololetí 2025``, ``2. čtvrtletí 2025``, ``červen 2025``."""
        if self.months == 12:
            return str(self.year)
        if self.months == 6:
            return f"{1 + (self.first_month - 1) // 6}. pololetí {self.year}"
        if self.months == 3:
            return f"{1 + (self.first_month - 1) // 3}. čtvrtletí {self.year}"
        return f"{_MONTHS[self.first_month - 1]} {self.year}"

    @property
    def short_label(self) -> str:
        """Column heading: ``2025``, ``H1/25``, ``Q2/25``, ``6/25``."""
        yy = f"{self.year % 100:02d}"
        if self.months == 12:
            return str(self.year)
        if self.months == 6:
            return f"H{1 + (self.first_month - 1) // 6}/{yy}"
        if self.months == 3:
            return f"Q{1 + (self.first_month - 1) // 3}/{yy}"
        return f"{self.first_month}/{yy}"

    def next(self) -> Period:
        month = self.first_month + self.months
        return Period(self.year + (month - 1) // 12, (month - 1) % 12 + 1, self.months)


MONTHS_OF = {Frequency.YEAR: 12, Frequency.HALF_YEAR: 6, Frequency.QUARTER: 3, Frequency.MONTH: 1}


@lru_cache(maxsize=4096)
def _last_day(year: int, first_month: int, months: int) -> dt.date:
    last = first_month + months - 1
    return dt.date(year + last // 12, last % 12 + 1, 1) - dt.timedelta(days=1)


@lru_cache(maxsize=8192)  # a locality's statuses parse the same few hundred keys 100,000 times
def parse_period(key: str) -> Period:
    """The period of a key; also accepts ``Q2/2025``, ``2/2025`` (quarter) and ``6/2025`` (month)
    as people write them — see :func:`period_from_text`."""
    match = _KEY.match(key.strip())
    if not match:
        return period_from_text(key)
    year, part = int(match.group(1)), match.group(2)
    if part is None:
        return Period(year, 1, 12)
    if part[0] == "H":
        return Period(year, 1 + 6 * (int(part[1]) - 1), 6)
    if part[0] == "Q":
        return Period(year, 1 + 3 * (int(part[1]) - 1), 3)
    return Period(year, int(part), 1)


_WRITTEN = [
    (re.compile(r"^q\s*([1-4])\s*[/ ]\s*(\d{4})$"), 3),
    (re.compile(r"^([1-4])\s*\.?\s*(?:q|čtvrtletí|ctvrtleti|čtvrtletí)\s*(\d{4})$"), 3),
    (re.compile(r"^h\s*([12])\s*[/ ]\s*(\d{4})$"), 6),
    (re.compile(r"^([12])\s*\.?\s*(?:pololetí|pololeti)\s*(\d{4})$"), 6),
    (re.compile(r"^(\d{1,2})\s*[/.]\s*(\d{4})$"), 1),
]


def period_from_text(text: str) -> Period:
    """``Q2/2025``, ``2. čtvrtletí 2025``, ``1. pololetí 2025``, ``6/2025`` → a period."""
    cleaned = " ".join(text.strip().lower().split())
    for pattern, months in _WRITTEN:
        match = pattern.match(cleaned)
        if match:
            part, year = int(match.group(1)), int(match.group(2))
            if months == 1 and not 1 <= part <= 12:
                break
            return Period(year, 1 + months * (part - 1), months)
    raise ValidationError(f"„{text}“ není období (např. 2025, 2025-H1, 2025-Q2, Q2/2025, 6/2025).")


def period_of(day: dt.date, frequency: str) -> Period:
    months = MONTHS_OF[Frequency(frequency)]
    return Period(day.year, 1 + ((day.month - 1) // months) * months, months)


def periods_between(first: dt.date, last: dt.date, frequency: str) -> list[Period]:
    """Every period of ``frequency`` that touches the days from ``first`` to ``last``."""
    period, end = period_of(first, frequency), period_of(last, frequency)
    result = []
    while period <= end:
        result.append(period)
        period = period.next()
    return result


@lru_cache(maxsize=8192)
def period_order(key: str) -> int:
    """A period key's place in :class:`Period`'s own order, as one int: sorting and comparing
    Period objects took most of the time of a locality switch over 100,000 values (issue #21)."""
    period = parse_period(key)
    return (period.year * 100 + period.first_month) * 100 + period.months


@lru_cache(maxsize=8192)
def period_starts(key: str) -> dt.date:
    """The first day of a period key (cached: a locality's values repeat a few keys)."""
    return parse_period(key).starts


@lru_cache(maxsize=8192)
def period_ends(key: str) -> dt.date:
    """The last day of a period key (cached like :func:`period_starts`)."""
    return parse_period(key).ends
