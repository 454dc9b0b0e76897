"""A method as a timed block of the agenda: its steps fitted to the item's minutes, with clock
times, and the method an agenda item names.

Pure functions, so the agenda editor, the facilitator kit and the tests compute the same times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from obecdesk.catalog.method_schema import Method
from obecdesk.core.text import fold


@dataclass(frozen=True)
class TimedStep:
    """One step of a method block: what happens, for how long and (with a start) when."""

    text: str
    minutes: int
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None


def fitted_minutes(durations: list[int], total: int) -> list[int]:
    """``durations`` scaled to add up to exactly ``total`` (each step keeps at least a minute
    while there are minutes to give; rounding goes to the steps that lost most)."""
    if not durations:
        return []
    planned = sum(durations)
    if total <= 0:
        return [0] * len(durations)
    if planned == total:
        return list(durations)
    exact = [d * total / planned for d in durations]
    fitted = [max(1, int(x)) if total >= len(durations) else int(x) for x in exact]
    by_loss = sorted(range(len(durations)), key=lambda i: (fitted[i] - exact[i], i))
    index = 0
    while sum(fitted) < total:
        fitted[by_loss[index % len(by_loss)]] += 1
        index += 1
    by_gain = sorted(range(len(durations)), key=lambda i: (exact[i] - fitted[i], -i))
    index = 0
    while sum(fitted) > total:
        i = by_gain[index % len(by_gain)]
        if fitted[i] > 1:
            fitted[i] -= 1
        index += 1
    return fitted


def _clock(start: dt.time, minutes: int) -> dt.time:
    return (dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=minutes)).time()


def timed_steps(steps: Iterable[tuple[str, int]], start: dt.time | None) -> list[TimedStep]:
    """Steps ``(text, minutes)`` with running clock times from ``start`` (none without one)."""
    timed: list[TimedStep] = []
    elapsed = 0
    for text, minutes in steps:
        begins = _clock(start, elapsed) if start else None
        elapsed += minutes
        timed.append(TimedStep(text, minutes, begins, _clock(start, elapsed) if start else None))
    return timed


def method_steps(method: Method, minutes: int | None = None,
                 lang: str = "cs") -> list[tuple[str, int]]:
    """The method's steps as ``(text, minutes)``, fitted to ``minutes`` when given."""
    texts = [(step.en or step.cs) if lang == "en" else step.cs for step in method.steps]
    durations = [step.minutes for step in method.steps]
    if minutes is not None:
        durations = fitted_minutes(durations, minutes)
    return list(zip(texts, durations, strict=True))


def _names(method: Method) -> set[str]:
    names = {method.id, method.name_cs, method.name_en}
    for name in (method.name_cs, method.name_en):  # "Strom problémů (stromování)"
        head, _, rest = name.partition(" (")
        names.add(head)
        if rest:
            names.add(rest.rstrip(")"))
    return {fold(n).strip() for n in names if n}


def match_method(text: str, methods: Iterable[Method]) -> Method | None:
    """The method an agenda item's free-text method names ("World café", "stromování"), if any."""
    wanted = fold(text or "").strip()
    if not wanted:
        return None
    for method in methods:
        if wanted in _names(method):
            return method
    return None
