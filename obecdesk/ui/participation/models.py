"""Table models of the participation screen: events and proposals, columns named once."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.participation.events import EventInfo
from obecdesk.core.participation.proposals import ProposalInfo
from obecdesk.core.vocabulary.participation import Disposition, EventKind, ProposalKind
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.rows_model import RowsTableModel

OUTREACH_TIP = QT_TRANSLATE_NOOP("EventsModel", "Oslovení zranitelných skupin: {0}")
METHOD_TIP = QT_TRANSLATE_NOOP("EventsModel", "Metoda z katalogu: {0}")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class EventCol(IntEnum):
    DATE = 0
    TITLE = 1
    KIND = 2
    PLACE = 3
    TOTAL = 4
    TARGET = 5
    PROPOSALS = 6


class EventsModel(RowsTableModel):
    """Events; ``method_names`` (catalog id → name) names the method in the kind's tooltip."""

    CONTEXT = "EventsModel"
    TITLES = {
        EventCol.DATE: QT_TRANSLATE_NOOP("EventsModel", "Datum"),
        EventCol.TITLE: QT_TRANSLATE_NOOP("EventsModel", "Akce"),
        EventCol.KIND: QT_TRANSLATE_NOOP("EventsModel", "Druh"),
        EventCol.PLACE: QT_TRANSLATE_NOOP("EventsModel", "Místo"),
        EventCol.TOTAL: QT_TRANSLATE_NOOP("EventsModel", "Účast"),
        EventCol.TARGET: QT_TRANSLATE_NOOP("EventsModel", "Z cílových skupin"),
        EventCol.PROPOSALS: QT_TRANSLATE_NOOP("EventsModel", "Návrhy"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.method_names: dict[str, str] = {}

    def cell(self, item: EventInfo, column: int, role: int):
        d = item.data
        if role == Qt.ItemDataRole.ToolTipRole and column == EventCol.KIND and d.method_id:
            name = self.method_names.get(d.method_id, d.method_id)
            return tr_context("EventsModel", METHOD_TIP).format(name)
        numeric = (EventCol.TOTAL, EventCol.TARGET, EventCol.PROPOSALS)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == EventCol.TITLE and d.outreach:
            return tr_context("EventsModel", OUTREACH_TIP).format(d.outreach)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            EventCol.DATE: date_text(d.date), EventCol.TITLE: d.title,
            EventCol.KIND: tr_context("Vocabulary", EventKind.label_of(d.kind)),
            EventCol.PLACE: d.place,
            EventCol.TOTAL: "" if d.attendance_total is None else number_text(d.attendance_total),
            EventCol.TARGET: "" if d.attendance_target is None
            else number_text(d.attendance_target),
            EventCol.PROPOSALS: number_text(item.proposals),
        }[EventCol(column)]


class ProposalCol(IntEnum):
    TEXT = 0
    KIND = 1
    AUTHOR = 2
    DISPOSITION = 3
    OUTCOME = 4
    EVENT = 5


#: the colour of a disposition in the list (text colour, readable on white)
DISPOSITION_COLOURS = {Disposition.OPEN: "#8a5a00", Disposition.ACCEPTED: "#1b6e2a",
                       Disposition.IN_PROGRESS: "#1f4f8f", Disposition.REJECTED: "#a0281e"}


class ProposalsModel(RowsTableModel):
    CONTEXT = "ProposalsModel"
    TITLES = {
        ProposalCol.TEXT: QT_TRANSLATE_NOOP("ProposalsModel", "Návrh nebo připomínka"),
        ProposalCol.KIND: QT_TRANSLATE_NOOP("ProposalsModel", "Druh"),
        ProposalCol.AUTHOR: QT_TRANSLATE_NOOP("ProposalsModel", "Kdo navrhl"),
        ProposalCol.DISPOSITION: QT_TRANSLATE_NOOP("ProposalsModel", "Vyřízení"),
        ProposalCol.OUTCOME: QT_TRANSLATE_NOOP("ProposalsModel", "Důvod / co se stalo"),
        ProposalCol.EVENT: QT_TRANSLATE_NOOP("ProposalsModel", "Akce"),
    }

    def cell(self, item: ProposalInfo, column: int, role: int):
        d = item.data
        if role == Qt.ItemDataRole.ForegroundRole and column == ProposalCol.DISPOSITION:
            return QColor(DISPOSITION_COLOURS.get(d.disposition, "#000000"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        outcome = d.reason if d.disposition == Disposition.REJECTED else d.response
        p_date = f"{date_text(item.event_date)} " if item.event_date else ""
        return {
            ProposalCol.TEXT: d.text,
            ProposalCol.KIND: tr_context("Vocabulary", ProposalKind.label_of(d.kind)),
            ProposalCol.AUTHOR: d.author,
            ProposalCol.DISPOSITION: tr_context("Vocabulary", Disposition.label_of(d.disposition)),
            ProposalCol.OUTCOME: outcome,
            ProposalCol.EVENT: f"{p_date}{item.event_title}",
        }[ProposalCol(column)]
