"""Open action items as a read-only table: "kontrola úkolů" and "Moje otevřené úkoly"."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.meetings import ActionStatus
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel

C = "TasksModel"
Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOR = QColor("#b00020")


class Column(IntEnum):
    DUE = 0
    TEXT = 1
    OWNER = 2
    STATUS = 3
    MEETING = 4
    LOCALITY = 5
    #: what the meeting showing the review list decided about the task
    REVIEW = 6


TITLES = {
    Column.DUE: QT_TRANSLATE_NOOP("TasksModel", "Termín"),
    Column.TEXT: QT_TRANSLATE_NOOP("TasksModel", "Úkol"),
    Column.OWNER: QT_TRANSLATE_NOOP("TasksModel", "Odpovídá"),
    Column.STATUS: QT_TRANSLATE_NOOP("TasksModel", "Stav"),
    Column.MEETING: QT_TRANSLATE_NOOP("TasksModel", "Z jednání"),
    Column.LOCALITY: QT_TRANSLATE_NOOP("TasksModel", "Lokalita"),
    Column.REVIEW: QT_TRANSLATE_NOOP("TasksModel", "Výsledek kontroly"),
}


class TasksTableModel(RowsTableModel):
    """Rows are :class:`ActionItemInfo`; overdue ones are red and bold, with a tooltip saying so."""

    CONTEXT = C
    TITLES = TITLES

    def __init__(self, columns: list[Column] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._columns = columns or [c for c in Column if c != Column.REVIEW]
        #: task id -> what the meeting showing the list decided (``TaskReviewInfo``)
        self.reviews: dict = {}

    def columns(self) -> list[Column]:
        return self._columns

    def column_of(self, column: Column) -> int:
        return self._columns.index(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.DUE:
                return date_text(info.due_date)
            if column == Column.TEXT:
                return info.text
            if column == Column.OWNER:
                return info.owner_name
            if column == Column.STATUS:
                return vocab(ActionStatus.label_of(info.status))
            if column == Column.MEETING:
                return f"{date_text(info.meeting_date)} {info.meeting_title}"
            if column == Column.REVIEW:
                review = self.reviews.get(info.id)
                return review.state_text if review else ""
            return info.locality_name
        if info.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOR)
        if info.overdue and role == Qt.ItemDataRole.FontRole and column == Column.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.overdue:
                return QCoreApplication.translate("TasksModel", "Po termínu")
            if column in (Column.TEXT, Column.REVIEW):
                return self.data(index)
        return None
