"""The 36-month phase plan of a locality as a table; running phases are highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.phases import Phase
from obecdesk.ui.i18n import tr_context

C = "PhasePlanModel"
TITLES = [QT_TRANSLATE_NOOP("PhasePlanModel", "Měsíce"), QT_TRANSLATE_NOOP("PhasePlanModel", "Fáze"), QT_TRANSLATE_NOOP("PhasePlanModel", "Od"), QT_TRANSLATE_NOOP("PhasePlanModel", "Do")]
CURRENT = QColor("#fff1c2")


class PhasePlanModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._phases: list[Phase] = []
        self._today = dt.date.today()

    def set_plan(self, phases: list[Phase], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._phases = phases
        self._today = today or dt.date.today()
        self.endResetModel()

    def is_current(self, row: int) -> bool:
        return self._phases[row].contains(self._today)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._phases)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(TITLES)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_context(C, TITLES[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        phase = self._phases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            months = (f"{phase.first_month}." if phase.first_month == phase.last_month
                      else f"{phase.first_month}.–{phase.last_month}.")
            return [months, tr_context("Phases", phase.name), date_text(phase.starts),
                    date_text(phase.ends)][index.column()]
        current = self.is_current(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return QBrush(CURRENT)
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and current:
            return QCoreApplication.translate("PhasePlanModel", "Probíhající fáze")
        return None
