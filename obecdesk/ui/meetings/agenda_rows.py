"""The agenda's columns in the editor, and the timing of its typed rows."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from obecdesk.core.formatting import time_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.agenda_timing import (
    AgendaItemData,
    AgendaItemInfo,
    AgendaTiming,
    schedule,
)
from obecdesk.core.meetings.draft_rows import AgendaRow
from obecdesk.core.methods.blocks import timed_steps


class Column(IntEnum):
    TIME = 0
    TITLE = 1
    PRESENTER = 2
    MINUTES = 3
    METHOD = 4
    OUTPUT = 5


TITLES = {
    Column.TIME: QT_TRANSLATE_NOOP("AgendaModel", "Čas"),
    Column.TITLE: QT_TRANSLATE_NOOP("AgendaModel", "Bod programu"),
    Column.PRESENTER: QT_TRANSLATE_NOOP("AgendaModel", "Předkládá"),
    Column.MINUTES: QT_TRANSLATE_NOOP("AgendaModel", "Minut"),
    Column.METHOD: QT_TRANSLATE_NOOP("AgendaModel", "Metoda"),
    Column.OUTPUT: QT_TRANSLATE_NOOP("AgendaModel", "Očekávaný výstup"),
}
FIELDS = {
    Column.TITLE: "title",
    Column.PRESENTER: "presenter",
    Column.MINUTES: "planned_minutes",
    Column.METHOD: "method",
    Column.OUTPUT: "expected_output",
}


def timing_of(rows: list[AgendaRow], start: dt.time | None, end: dt.time | None) -> AgendaTiming:
    """The same clock times and overrun the printouts show (``obecdesk.core.agenda.schedule``)."""
    infos = [AgendaItemInfo(id=r.id, meeting_id="", position=i, title=r.title,
                            presenter=r.presenter, planned_minutes=r.planned_minutes,
                            method=r.method, expected_output=r.expected_output,
                            minutes_html=r.minutes_html, method_id=r.method_id,
                            method_steps=tuple(r.method_steps)) for i, r in enumerate(rows)]
    return schedule(infos, start, end)


def step_lines(row: AgendaRow, start: dt.time | None) -> list[str]:
    """A method block's steps with their clock times: "9:10–9:18  Úvod …"."""
    lines = []
    for step in timed_steps(row.method_steps, start):
        when = (f"{time_text(step.starts_at)}–{time_text(step.ends_at)}" if step.starts_at
                else f"{step.minutes} min")
        lines.append(f"{when}  {step.text}")
    return lines


def row_data(row: AgendaRow) -> AgendaItemData:
    """The typed row as the item's data, e.g. to make it a method block."""
    return AgendaItemData(title=row.title, presenter=row.presenter,
                          planned_minutes=row.planned_minutes, method=row.method,
                          expected_output=row.expected_output, method_id=row.method_id,
                          method_steps=tuple(row.method_steps),
                          facilitator_note=row.facilitator_note, materials=row.materials)
