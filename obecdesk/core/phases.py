"""The 36-month phase plan of a long-term cooperation (seed 003, DESIGN.md §1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from obecdesk.core.i18n import QT_TRANSLATE_NOOP

#: (first month, last month, Czech name) — months counted from 1 at the start date
LONG_TERM_PHASES: list[tuple[int, int, str]] = [
    (1, 1, QT_TRANSLATE_NOOP("Phases", "Ustavení lokálního partnerství")),
    (2, 4, QT_TRANSLATE_NOOP("Phases", "Situační analýza")),
    (2, 6, QT_TRANSLATE_NOOP("Phases", "Strategický plán; start předem definovaných opatření")),
    (7, 18, QT_TRANSLATE_NOOP("Phases", "Realizace plánu v terénu")),
    (19, 22, QT_TRANSLATE_NOOP("Phases", "Vyhodnocení a revize plánu")),
    (23, 30, QT_TRANSLATE_NOOP("Phases", "Realizace plánu v terénu")),
    (31, 36, QT_TRANSLATE_NOOP("Phases", "Předání obci, udržitelnost")),
]


@dataclass(frozen=True)
class Phase:
    first_month: int
    last_month: int
    name: str
    starts: dt.date
    ends: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.starts <= day <= self.ends


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (next_first - dt.timedelta(days=1)).day))


def phase_plan(start: dt.date) -> list[Phase]:
    """Dates of each phase: month ``m`` runs from start + (m-1) months to the day before start + m."""
    return [
        Phase(
            first,
            last,
            name,
            add_months(start, first - 1),
            add_months(start, last) - dt.timedelta(days=1),
        )
        for first, last, name in LONG_TERM_PHASES
    ]


def current_phases(start: dt.date, today: dt.date) -> list[Phase]:
    """The phases running on ``today`` (months 2–6 run two phases at once)."""
    return [phase for phase in phase_plan(start) if phase.contains(today)]
