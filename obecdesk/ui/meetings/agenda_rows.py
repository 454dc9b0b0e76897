"""The agenda as the editor holds it: typed rows, their columns, and their timing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.agenda_timing import AgendaItemInfo, AgendaTiming, schedule


@dataclass
class AgendaRow:
    """One agenda item as typed; ``id`` is empty until the item has been saved."""

    title: str
    presenter: str = ""
    planned_minutes: int = 15
    method: str = ""
    expected_output: str = ""
    minutes_html: str = ""
    id: str = ""


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
                            minutes_html=r.minutes_html) for i, r in enumerate(rows)]
    return schedule(infos, start, end)
