"""Table models of process mapping over the frozen values of ``core.process_mapping.overview``:
columns named once, cells read from the values, nothing fetched here."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.process_mapping.overview import (
    AgendaView,
    DocumentView,
    InterviewView,
    PointView,
    RecommendationView,
    StepView,
)
from obecdesk.core.vocabulary.process_mapping import (
    DocumentKind,
    RecommendationStatus,
    RespondentGroup,
    Severity,
)
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel

C = "ProcessTables"
DISPLAY = Qt.ItemDataRole.DisplayRole
#: what a row's value is filtered by (the severity, the status)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLOURS = {"high": QColor("#b3261e"), "medium": QColor("#b26a00"),
                    "low": QColor("#2e7d32")}


class AgendaCol(IntEnum):
    NAME = 0
    STEPS = 1
    POINTS = 2


class AgendasModel(RowsTableModel):
    CONTEXT = C
    TITLES = {AgendaCol.NAME: QT_TRANSLATE_NOOP(C, "Agenda"),
              AgendaCol.STEPS: QT_TRANSLATE_NOOP(C, "Kroků"),
              AgendaCol.POINTS: QT_TRANSLATE_NOOP(C, "Kritických míst")}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.point_counts: dict[str, int] = {}

    def cell(self, item: AgendaView, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        return {AgendaCol.NAME: item.name, AgendaCol.STEPS: len(item.steps),
                AgendaCol.POINTS: self.point_counts.get(item.id, 0)}[AgendaCol(column)]


class StepCol(IntEnum):
    POSITION = 0
    NAME = 1
    FORMAL = 2
    INFORMAL = 3


class StepsModel(RowsTableModel):
    CONTEXT = C
    TITLES = {StepCol.POSITION: QT_TRANSLATE_NOOP(C, "#"),
              StepCol.NAME: QT_TRANSLATE_NOOP(C, "Krok"),
              StepCol.FORMAL: QT_TRANSLATE_NOOP(C, "Formální praxe (co říkají pravidla)"),
              StepCol.INFORMAL: QT_TRANSLATE_NOOP(C, "Neformální praxe (co se skutečně děje)")}

    def cell(self, item: StepView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == StepCol.NAME:
            return item.responsible or None
        if role != DISPLAY:
            return None
        return {StepCol.POSITION: f"{item.position}.", StepCol.NAME: item.name,
                StepCol.FORMAL: item.formal_practice,
                StepCol.INFORMAL: item.informal_practice}[StepCol(column)]


class DocCol(IntEnum):
    TITLE = 0
    KIND = 1
    DATE = 2
    NOTE = 3


class DocumentsModel(RowsTableModel):
    CONTEXT = C
    TITLES = {DocCol.TITLE: QT_TRANSLATE_NOOP(C, "Dokument"),
              DocCol.KIND: QT_TRANSLATE_NOOP(C, "Druh"),
              DocCol.DATE: QT_TRANSLATE_NOOP(C, "Datum"),
              DocCol.NOTE: QT_TRANSLATE_NOOP(C, "Poznámka")}

    def cell(self, item: DocumentView, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        return {DocCol.TITLE: item.title, DocCol.KIND: vocab(DocumentKind.label_of(item.kind)),
                DocCol.DATE: date_text(item.issued_on), DocCol.NOTE: item.note}[DocCol(column)]


class InterviewCol(IntEnum):
    CODE = 0
    GROUP = 1
    DATE = 2
    SUMMARY = 3


class InterviewsModel(RowsTableModel):
    CONTEXT = C
    TITLES = {InterviewCol.CODE: QT_TRANSLATE_NOOP(C, "Respondent/ka"),
              InterviewCol.GROUP: QT_TRANSLATE_NOOP(C, "Skupina"),
              InterviewCol.DATE: QT_TRANSLATE_NOOP(C, "Datum"),
              InterviewCol.SUMMARY: QT_TRANSLATE_NOOP(C, "Shrnutí")}

    def cell(self, item: InterviewView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == InterviewCol.CODE:
            return item.respondent_name or None
        if role != DISPLAY:
            return None
        return {InterviewCol.CODE: item.respondent_code,
                InterviewCol.GROUP: vocab(RespondentGroup.label_of(item.respondent_group)),
                InterviewCol.DATE: date_text(item.held_on),
                InterviewCol.SUMMARY: item.summary}[InterviewCol(column)]


class PointCol(IntEnum):
    SEVERITY = 0
    TITLE = 1
    AGENDA = 2
    STEP = 3
    RECOMMENDATIONS = 4


class PointsModel(RowsTableModel):
    CONTEXT = C
    TITLES = {PointCol.SEVERITY: QT_TRANSLATE_NOOP(C, "Závažnost"),
              PointCol.TITLE: QT_TRANSLATE_NOOP(C, "Kritické místo"),
              PointCol.AGENDA: QT_TRANSLATE_NOOP(C, "Agenda"),
              PointCol.STEP: QT_TRANSLATE_NOOP(C, "Krok"),
              PointCol.RECOMMENDATIONS: QT_TRANSLATE_NOOP(C, "Doporučení")}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.recommendation_counts: dict[str, int] = {}

    def cell(self, item: PointView, column: int, role: int) -> Any:
        if role == FILTER_ROLE:
            return item.severity
        if role == Qt.ItemDataRole.ForegroundRole and column == PointCol.SEVERITY:
            return SEVERITY_COLOURS.get(item.severity)
        if role != DISPLAY:
            return None
        return {PointCol.SEVERITY: vocab(Severity.label_of(item.severity)),
                PointCol.TITLE: item.title, PointCol.AGENDA: item.agenda_name,
                PointCol.STEP: item.step_label,
                PointCol.RECOMMENDATIONS: self.recommendation_counts.get(item.id, 0)}[
            PointCol(column)]


class RecCol(IntEnum):
    TITLE = 0
    STATUS = 1
    POINTS = 2
    FOLLOW_UP = 3
    REFERRAL = 4


class RecommendationsModel(RowsTableModel):
    CONTEXT = C
    TITLES = {RecCol.TITLE: QT_TRANSLATE_NOOP(C, "Doporučení"),
              RecCol.STATUS: QT_TRANSLATE_NOOP(C, "Stav"),
              RecCol.POINTS: QT_TRANSLATE_NOOP(C, "Kritických míst"),
              RecCol.FOLLOW_UP: QT_TRANSLATE_NOOP(C, "Poslední konzultace"),
              RecCol.REFERRAL: QT_TRANSLATE_NOOP(C, "Předáno")}

    def cell(self, item: RecommendationView, column: int, role: int) -> Any:
        if role == FILTER_ROLE:
            return item.status
        if role != DISPLAY:
            return None
        last = item.follow_ups[-1].held_on if item.follow_ups else None
        return {RecCol.TITLE: item.title,
                RecCol.STATUS: vocab(RecommendationStatus.label_of(item.status)),
                RecCol.POINTS: len(item.critical_point_ids), RecCol.FOLLOW_UP: date_text(last),
                RecCol.REFERRAL: item.referral_to}[RecCol(column)]


class ValueFilter(QSortFilterProxyModel):
    """Rows whose ``FILTER_ROLE`` value is the chosen one ("" shows all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.value = ""

    def set_value(self, value: str) -> None:
        self.beginFilterChange()
        self.value = value or ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if not self.value:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return index.data(FILTER_ROLE) == self.value
