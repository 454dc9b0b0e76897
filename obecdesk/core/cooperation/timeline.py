"""When a time-limited cooperation ends, and how many days are left (seed 000).

An acute cooperation lasts up to 3 months, a systematic one up to 12, counted from the memorandum
(else from the locality's start). The planned end is the last day of the period: the day before
the same day number ``n`` months later (15. 10. 2026 + 3 months → 14. 1. 2027). When that day
does not exist (30. 11. + 3 months), the period covers the whole target month and ends on its
last day (28. or 29. 2.). A long-term cooperation has its 36-month phase plan instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from obecdesk.core.formatting import date_text
from obecdesk.core.vocabulary.localities import CooperationMode

#: months a time-limited cooperation lasts at most, by mode
MODE_MONTHS = {CooperationMode.ACUTE: 3, CooperationMode.SYSTEMATIC: 12}
#: the warning shows this many days before the planned end (and after it)
WARNING_DAYS = 14


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` moved ``months`` ahead; a day the target month lacks rolls to the next month's
    first day (31. 5. + 1 → 1. 7.), so that the day before it is the period's last day."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if start.day > calendar.monthrange(year, month)[1]:
        return dt.date(year, month, 1) + dt.timedelta(days=calendar.monthrange(year, month)[1])
    return dt.date(year, month, start.day)


def period_end(start: dt.date, months: int) -> dt.date:
    """The last day of a period of ``months`` months beginning on ``start``."""
    return add_months(start, months) - dt.timedelta(days=1)


def planned_end(mode: str, *, start: dt.date | None, agreed_on: dt.date | None = None,
                override: dt.date | None = None) -> dt.date | None:
    """The planned last day of the cooperation; None for a long-term one or without any date.

    An explicit ``override`` (a memorandum that says otherwise) wins; else the mode's length
    counted from the memorandum, else from the start."""
    if mode not in MODE_MONTHS:
        return None
    if override is not None:
        return override
    begin = agreed_on or start
    return None if begin is None else period_end(begin, MODE_MONTHS[CooperationMode(mode)])


@dataclass(frozen=True)
class Countdown:
    """Days to the planned end as of ``today``: positive ahead, 0 on the last day, negative
    after it."""

    end: dt.date
    days_left: int

    @property
    def over(self) -> bool:
        return self.days_left < 0

    @property
    def warning(self) -> bool:
        """Within the last two weeks, or past the end."""
        return self.days_left <= WARNING_DAYS


def countdown(end: dt.date | None, today: dt.date) -> Countdown | None:
    return None if end is None else Countdown(end, (end - today).days)


def days_word(n: int) -> str:
    """``1 den``, ``3 dny``, ``5 dní`` (Czech plural of a day count)."""
    n = abs(n)
    if n == 1:
        return "1 den"
    return f"{n} dny" if 2 <= n <= 4 else f"{n} dní"


def countdown_text(value: Countdown, *, with_end: bool = True) -> str:
    """``zbývá 23 dní (do 14. 1. 2027)`` — the Czech line of the CLI and the report."""
    end = f" (do {date_text(value.end)})" if with_end else ""
    if value.days_left > 0:
        verb = "zbývají" if 2 <= value.days_left <= 4 else "zbývá"
        return f"{verb} {days_word(value.days_left)}{end}"
    if value.days_left == 0:
        return f"dnes je poslední den{end}"
    over = f" ({date_text(value.end)})" if with_end else ""
    return f"{days_word(value.days_left)} po plánovaném konci{over}"
