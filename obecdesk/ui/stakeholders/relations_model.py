"""Relations of a locality as a small table model (a locality has tens, not thousands)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.relations import RelationInfo
from obecdesk.core.vocabulary.stakeholders import RelationKind
from obecdesk.ui.i18n import vocab


class RelationColumn(IntEnum):
    SOURCE = 0
    KIND = 1
    TARGET = 2
    NOTE = 3


_TITLES = {
    RelationColumn.SOURCE: QT_TRANSLATE_NOOP("RelationTable", "Aktér"),
    RelationColumn.KIND: QT_TRANSLATE_NOOP("RelationTable", "Vztah"),
    RelationColumn.TARGET: QT_TRANSLATE_NOOP("RelationTable", "K aktérovi"),
    RelationColumn.NOTE: QT_TRANSLATE_NOOP("RelationTable", "Poznámka"),
}


class RelationsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RelationInfo] = []

    def set_relations(self, relations: list[RelationInfo]) -> None:
        self.beginResetModel()
        self._rows = list(relations)
        self.endResetModel()

    def relation_at(self, row: int) -> RelationInfo:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(RelationColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RelationTable", _TITLES[RelationColumn(section)])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        relation = self._rows[index.row()]
        match RelationColumn(index.column()):
            case RelationColumn.SOURCE:
                return relation.source_name
            case RelationColumn.KIND:
                return vocab(RelationKind.label_of(relation.kind))
            case RelationColumn.TARGET:
                return relation.target_name
            case RelationColumn.NOTE:
                return relation.note
        return None
