"""The agenda of the meeting being edited: a table model with drag-and-drop reordering.

Rows are drafts (:class:`AgendaRow`) owned by the editor until the user saves; the clock time of
each item is computed from the meeting's start time and the planned minutes of the items above.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from obecdesk.core.formatting import time_text
from obecdesk.core.meetings.agenda_timing import AgendaTiming, schedule
from obecdesk.core.meetings.draft_rows import AgendaRow
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.meetings.agenda_rows import FIELDS, TITLES, Column, step_lines, timing_of

C = "AgendaModel"
Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-obecdesk-agenda-row"


class AgendaModel(QAbstractTableModel):
    """Editable agenda rows; ``edited`` fires on any change the user makes (edit, add, move)."""

    edited = Signal()
    #: clock times or the overrun may have changed
    timing_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._start: dt.time | None = None
        self._end: dt.time | None = None
        self._timing = schedule([], None)

    # -- content ---------------------------------------------------------------------------------

    def set_rows(self, rows: list[AgendaRow], start: dt.time | None,
                 end: dt.time | None) -> None:
        self.beginResetModel()
        self._rows = [replace(r) for r in rows]
        self._start, self._end = start, end
        self._recompute()
        self.endResetModel()

    def rows(self) -> list[AgendaRow]:
        return [replace(r) for r in self._rows]

    def row_at(self, row: int) -> AgendaRow:
        return self._rows[row]

    def set_slot(self, start: dt.time | None, end: dt.time | None) -> None:
        """The meeting's start and end changed on the Základní údaje tab."""
        self._start, self._end = start, end
        self._times_changed()

    def timing(self) -> AgendaTiming:
        """Clock times of the items, total minutes and the overrun warning."""
        return self._timing

    def item_times(self) -> list[tuple[dt.time | None, dt.time | None]]:
        return [(i.starts_at, i.ends_at) for i in self._timing.items]

    def set_minutes_html(self, row: int, html: str) -> None:
        if self._rows[row].minutes_html != html:
            self._rows[row].minutes_html = html
            self.edited.emit()

    def add_row(self, title: str, at: int | None = None) -> int:
        row = len(self._rows) if at is None else max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, AgendaRow(title=title))
        self._recompute()
        self.endInsertRows()
        self._times_changed()
        self.edited.emit()
        return row

    def add_rows(self, rows: list[AgendaRow]) -> None:
        """Append several typed items at once (a copied agenda, a template)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(replace(r) for r in rows)
        self._recompute()
        self.endInsertRows()
        self._times_changed()
        self.edited.emit()

    def set_block(self, row: int, data) -> None:
        """Write a method block (an ``AgendaItemData`` from ``block_data``) into row ``row``."""
        item = self._rows[row]
        for name in ("planned_minutes", "method", "method_id", "method_steps", "materials"):
            setattr(item, name, getattr(data, name))
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self._times_changed()
        self.edited.emit()

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._recompute()
        self.endRemoveRows()
        self._times_changed()
        self.edited.emit()

    def move_row(self, source: int, destination: int) -> bool:
        """Move item ``source`` so that it ends up at position ``destination``."""
        count = len(self._rows)
        if not (0 <= source < count and 0 <= destination < count) or source == destination:
            return False
        qt_destination = destination + 1 if destination > source else destination
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), qt_destination):
            return False
        self._rows.insert(destination, self._rows.pop(source))
        self._recompute()
        self.endMoveRows()
        self._times_changed()
        self.edited.emit()
        return True

    def _recompute(self) -> None:
        self._timing = timing_of(self._rows, self._start, self._end)

    def _times_changed(self) -> None:
        self._recompute()
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.TIME),
                                  self.index(len(self._rows) - 1, Column.TIME))
        self.timing_changed.emit()

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr_context(C, TITLES[Column(section)])
        return f"{section + 1}."

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.METHOD and item.method_steps:
            return "\n".join(step_lines(item, self._timing.items[index.row()].starts_at))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.TIME:
                item_timing = self._timing.items[index.row()]
                if item_timing.starts_at is None:
                    return ""
                return f"{time_text(item_timing.starts_at)}–{time_text(item_timing.ends_at)}"
            return getattr(item, FIELDS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TIME, Column.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = Column(index.column())
        if column == Column.TIME:
            return False
        item = self._rows[index.row()]
        if column == Column.MINUTES:
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
            if value < 0:
                return False
        else:
            value = str(value).strip()
            if column == Column.TITLE and not value:
                return False
        if getattr(item, FIELDS[column]) == value:
            return True
        setattr(item, FIELDS[column], value)
        if column == Column.METHOD:  # a method typed by hand is free text, not a block
            item.method_id, item.method_steps = "", ()
        self.dataChanged.emit(index, index)
        if column == Column.MINUTES:
            self._times_changed()
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() != Column.TIME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- drag and drop ---------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        if row < 0 and parent.isValid():
            destination = parent.row()  # dropped onto an item: take its place
        else:  # dropped between items (or below the last one)
            row = len(self._rows) if row < 0 else row
            destination = row - 1 if row > source else row
        self.move_row(source, min(destination, len(self._rows) - 1))
        return False  # we moved the row ourselves; the view must not remove the source

