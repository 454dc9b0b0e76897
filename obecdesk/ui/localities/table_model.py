"""The localities list as a Qt table model with named columns."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.localities import LocalityInfo
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.ui.i18n import tr_context, vocab

C = "LocalitiesModel"
Index = QModelIndex | QPersistentModelIndex


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


class LocalitiesTableModel(QAbstractTableModel):
    """Rows are :class:`LocalityInfo`; archived ones are shown in italics."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LocalityInfo] = []

    def set_rows(self, rows: list[LocalityInfo]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_info(self, row: int) -> LocalityInfo:
        return self._rows[row]

    def row_of(self, locality_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == locality_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_context(C, TITLES[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = Column(index.column())
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
