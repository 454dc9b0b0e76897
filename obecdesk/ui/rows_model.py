"""The one base of our list-backed table models: rows in a Python list, columns named once."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """A table over a list of rows whose columns are an ``IntEnum``.

    Subclasses set ``CONTEXT`` (the translation context of the titles) and ``TITLES`` (column →
    Czech title marked with ``QT_TRANSLATE_NOOP``) and answer :meth:`cell`; counting, headers and
    resetting live here so each model only says what its cells show.
    """

    CONTEXT = ""
    TITLES: dict[IntEnum, str] = {}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = list(self.TITLES.values())[section]
            return QCoreApplication.translate(self.CONTEXT, title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What ``item`` shows in ``column`` for ``role`` (``None`` for nothing)."""
        raise NotImplementedError
