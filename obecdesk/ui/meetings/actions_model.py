"""Action items (úkoly) agreed at the meeting being edited: owner, due date, status."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.action_items import is_overdue
from obecdesk.core.vocabulary.meetings import ActionStatus
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.tasks_model import OVERDUE_COLOR
from obecdesk.ui.rows_model import DraftRowsModel

C = "ActionsModel"
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TEXT = 0
    OWNER = 1
    DUE = 2
    STATUS = 3


TITLES = {
    Column.TEXT: QT_TRANSLATE_NOOP("ActionsModel", "Úkol"),
    Column.OWNER: QT_TRANSLATE_NOOP("ActionsModel", "Odpovídá"),
    Column.DUE: QT_TRANSLATE_NOOP("ActionsModel", "Termín"),
    Column.STATUS: QT_TRANSLATE_NOOP("ActionsModel", "Stav"),
}


class ActionsModel(DraftRowsModel):
    """Draft action items; the owner column edits the actor id and shows the actor's name."""

    CONTEXT = C
    TITLES = TITLES

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        #: the day that decides what is overdue (a test may fix it)
        self.today = dt.date.today

    def set_owner_names(self, names: dict[str, str]) -> None:
        """Actor id → name, for showing an owner picked in the combo."""
        self._names = dict(names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TEXT: item.text,
                Column.OWNER: self._names.get(item.owner_id, item.owner_name),
                Column.DUE: date_text(item.due_date),
                Column.STATUS: vocab(ActionStatus.label_of(item.status)),
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {
                Column.TEXT: item.text,
                Column.OWNER: item.owner_id,
                Column.DUE: item.due_date,
                Column.STATUS: item.status,
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue(index.row()):
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.overdue(index.row()):
                return QCoreApplication.translate("ActionsModel", "Po termínu")
            return item.text if column == Column.TEXT else None
        return None

    def overdue(self, row: int) -> bool:
        item = self._rows[row]
        return is_overdue(item.status, item.due_date, self.today())

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.TEXT:
            value = str(value).strip()
            if not value:
                return False
            field = "text"
        elif column == Column.OWNER:
            value = str(value or "")
            item.owner_name = self._names.get(value, "")
            field = "owner_id"
        elif column == Column.DUE:
            if value is not None and not isinstance(value, dt.date):
                return False
            field = "due_date"
        else:
            value = ActionStatus(value).value
            field = "status"
        if getattr(item, field) != value:
            setattr(item, field, value)
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)
