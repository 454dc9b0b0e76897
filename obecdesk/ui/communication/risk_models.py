"""Risk scenarios as a list and as a likelihood × impact matrix, and the filter that shows only
the scenarios of a matrix cell."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from obecdesk.core.communication.risks import RiskInfo
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.communication import RiskLevel, RiskStatus, risk_level
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel

#: the matrix colours: green, yellow, orange, red
LEVEL_COLOURS = {RiskLevel.LOW: "#c8e6c9", RiskLevel.MEDIUM: "#fff59d",
                 RiskLevel.HIGH: "#ffcc80", RiskLevel.CRITICAL: "#ef9a9a"}
Index = QModelIndex | QPersistentModelIndex


class RiskCol(IntEnum):
    NUMBER = 0
    TITLE = 1
    LIKELIHOOD = 2
    IMPACT = 3
    LEVEL = 4
    STATUS = 5
    RESPONSIBLE = 6


class RiskListModel(RowsTableModel):
    CONTEXT = "RiskListModel"
    TITLES = {
        RiskCol.NUMBER: QT_TRANSLATE_NOOP("RiskListModel", "Č."),
        RiskCol.TITLE: QT_TRANSLATE_NOOP("RiskListModel", "Scénář"),
        RiskCol.LIKELIHOOD: QT_TRANSLATE_NOOP("RiskListModel", "Pravděp."),
        RiskCol.IMPACT: QT_TRANSLATE_NOOP("RiskListModel", "Dopad"),
        RiskCol.LEVEL: QT_TRANSLATE_NOOP("RiskListModel", "Riziko"),
        RiskCol.STATUS: QT_TRANSLATE_NOOP("RiskListModel", "Stav"),
        RiskCol.RESPONSIBLE: QT_TRANSLATE_NOOP("RiskListModel", "Odpovídá"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def cell(self, item: RiskInfo, column: int, role: int):
        data = item.data
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                RiskCol.NUMBER: str(self._rows.index(item) + 1),
                RiskCol.TITLE: data.title,
                RiskCol.LIKELIHOOD: str(data.likelihood),
                RiskCol.IMPACT: str(data.impact),
                RiskCol.LEVEL: vocab(item.level.label),
                RiskCol.STATUS: vocab(RiskStatus.label_of(data.status)),
                RiskCol.RESPONSIBLE: self.names.get(data.responsible_id or "", ""),
            }[RiskCol(column)]
        if role == Qt.ItemDataRole.BackgroundRole and column == RiskCol.LEVEL:
            return QBrush(QColor(LEVEL_COLOURS[item.level]))
        if role == Qt.ItemDataRole.ToolTipRole and column == RiskCol.TITLE:
            return data.prepared_response or None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


class RiskMatrixModel(QAbstractTableModel):
    """Five rows of impact (5 at the top) by five columns of likelihood (1 at the left); each
    cell shows the numbers of the scenarios that sit in it (as the list numbers them, greatest
    risk first) and is coloured by the risk level of its place."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], list[tuple[int, RiskInfo]]] = {}

    def set_risks(self, risks: list[RiskInfo]) -> None:
        self.beginResetModel()
        self._cells = {}
        for number, risk in enumerate(risks, start=1):
            place = (risk.data.likelihood, risk.data.impact)
            self._cells.setdefault(place, []).append((number, risk))
        self.endResetModel()

    @staticmethod
    def place(index: Index) -> tuple[int, int]:
        """(likelihood, impact) of a cell."""
        return index.column() + 1, 5 - index.row()

    def index_of(self, likelihood: int, impact: int) -> QModelIndex:
        return self.index(5 - impact, likelihood - 1)

    def risks_at(self, likelihood: int, impact: int) -> list[RiskInfo]:
        return [risk for _n, risk in self._cells.get((likelihood, impact), [])]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1 if orientation == Qt.Orientation.Horizontal else 5 - section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return QCoreApplication.translate("RiskMatrixModel", "pravděpodobnost %1").replace(
                    "%1", str(section + 1))
            return QCoreApplication.translate("RiskMatrixModel", "dopad %1").replace(
                "%1", str(5 - section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        likelihood, impact = self.place(index)
        risks = self._cells.get((likelihood, impact), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return "  ".join(str(n) for n, _r in risks)
        if role == Qt.ItemDataRole.ToolTipRole and risks:
            return "\n".join(f"{n}. {r.data.title}" for n, r in risks)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(LEVEL_COLOURS[risk_level(likelihood, impact)]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            return font
        return None


class RiskFilter(QSortFilterProxyModel):
    """All scenarios, or only those of one matrix cell."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.place: tuple[int, int] | None = None

    def set_place(self, place: tuple[int, int] | None) -> None:
        self.beginFilterChange()
        self.place = place
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt override
        if self.place is None:
            return True
        risk: RiskInfo = self.sourceModel().row_at(row)
        return (risk.data.likelihood, risk.data.impact) == self.place
