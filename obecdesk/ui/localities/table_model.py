"""The localities list as a Qt table model with named columns."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.localities import LocalityInfo
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel

C = "LocalitiesModel"


class Column(IntEnum):
    NAME = 0
    REGION = 1
    MODE = 2
    START = 3
    POPULATION = 4
    COORDINATOR = 5


TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("LocalitiesModel", "Lokalita"),
    Column.REGION: QT_TRANSLATE_NOOP("LocalitiesModel", "Kraj"),
    Column.MODE: QT_TRANSLATE_NOOP("LocalitiesModel", "Režim spolupráce"),
    Column.START: QT_TRANSLATE_NOOP("LocalitiesModel", "Zahájení"),
    Column.POPULATION: QT_TRANSLATE_NOOP("LocalitiesModel", "Obyvatel"),
    Column.COORDINATOR: QT_TRANSLATE_NOOP("LocalitiesModel", "Konzultant/ka"),
}


class LocalitiesTableModel(RowsTableModel):
    """Rows are :class:`LocalityInfo`; archived ones are shown in italics."""

    CONTEXT = C
    TITLES = TITLES

    def row_of(self, locality_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == locality_id), -1)

    def cell(self, info: LocalityInfo, column: int, role: int):
        column = Column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: info.name,
                Column.REGION: info.region,
                Column.MODE: vocab(CooperationMode.label_of(info.mode)),
                Column.START: date_text(info.start_date),
                Column.POPULATION: number_text(info.population),
                Column.COORDINATOR: info.coordinator,
            }[column]
        if role == Qt.ItemDataRole.FontRole and info.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.POPULATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        return None
