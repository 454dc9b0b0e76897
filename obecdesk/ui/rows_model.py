"""The one base of our list-backed table models: rows in a Python list, columns named once."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
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

    def columns(self) -> list[IntEnum]:
        """The columns shown, in order (all of ``TITLES`` unless a model shows fewer)."""
        return list(self.TITLES)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = self.TITLES[self.columns()[section]]
            return QCoreApplication.translate(self.CONTEXT, title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What ``item`` shows in ``column`` for ``role`` (``None`` for nothing)."""
        raise NotImplementedError


class DraftRowsModel(RowsTableModel):
    """Rows the user is editing before a save: copies in and out, ``edited`` on every change.

    Rows are dataclasses; the model keeps its own copies so a caller's list never changes
    behind its back, and a save reads a consistent snapshot through :meth:`rows`.
    """

    edited = Signal()

    def set_rows(self, rows: list[Any]) -> None:
        super().set_rows([replace(r) for r in rows])

    def rows(self) -> list[Any]:
        return [replace(r) for r in self._rows]

    def add(self, row: Any) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(replace(row))
        self.endInsertRows()
        self.edited.emit()
        return position

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()
