"""Agenda items as plain data and their timing: running clock times from the meeting's start and
the overrun against the slot.

:func:`schedule` is a pure function so the UI can recompute it while the user drags an item,
and the printouts show exactly the same times.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


@dataclass
class AgendaItemData:
    """What the user types for one agenda item."""

    title: str
    presenter: str = ""
    planned_minutes: int = 15
    method: str = ""
    expected_output: str = ""
    #: the catalog id of the method run as a timed block, and its steps ``(text, minutes)``
    method_id: str = ""
    method_steps: tuple[tuple[str, int], ...] = ()
    facilitator_note: str = ""
    #: what to bring for this item, one per line
    materials: str = ""


@dataclass(frozen=True)
class AgendaItemInfo:
    id: str
    meeting_id: str
    position: int
    title: str
    presenter: str
    planned_minutes: int
    method: str
    expected_output: str
    minutes_html: str
    #: clock times from the meeting's start (``None`` when the meeting has no start time)
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None
    method_id: str = ""
    method_steps: tuple[tuple[str, int], ...] = ()
    facilitator_note: str = ""
    materials: str = ""

    def data(self) -> AgendaItemData:
        return AgendaItemData(self.title, self.presenter, self.planned_minutes, self.method,
                              self.expected_output, self.method_id, self.method_steps,
                              self.facilitator_note, self.materials)


@dataclass(frozen=True)
class AgendaTiming:
    """The items with their clock times, and how the plan fits the slot start–end."""

    items: list[AgendaItemInfo]
    planned_minutes: int
    slot_minutes: int | None
    overrun_minutes: int

    @property
    def warning(self) -> str:
        """A Czech sentence when the agenda does not fit the slot, else an empty string."""
        if self.overrun_minutes <= 0 or self.slot_minutes is None:
            return ""
        return (f"Program trvá {self.planned_minutes} min, ale na jednání je vyhrazeno "
                f"{self.slot_minutes} min – přesahuje o {self.overrun_minutes} min.")


def _minutes_between(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _clock(start: dt.time, offset_minutes: int) -> dt.time:
    moment = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=offset_minutes)
    return moment.time()


def schedule(items: list[AgendaItemInfo], start: dt.time | None,
             end: dt.time | None = None) -> AgendaTiming:
    """Running clock times for ``items`` (in the given order) and the overrun against the slot."""
    timed: list[AgendaItemInfo] = []
    elapsed = 0
    for position, item in enumerate(items):
        begins = _clock(start, elapsed) if start else None
        elapsed += max(0, item.planned_minutes)
        ends = _clock(start, elapsed) if start else None
        timed.append(replace(item, position=position, starts_at=begins, ends_at=ends))
    slot = _minutes_between(start, end) if start and end else None
    overrun = elapsed - slot if slot is not None else 0
    return AgendaTiming(timed, elapsed, slot, max(0, overrun))
