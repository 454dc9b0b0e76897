"""Relations of a locality as a small table model (a locality has tens, not thousands)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.stakeholders.relations import RelationInfo
from obecdesk.core.vocabulary.stakeholders import RelationKind
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel


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


class RelationsTableModel(RowsTableModel):
    CONTEXT = "RelationTable"
    TITLES = _TITLES

    def cell(self, relation: RelationInfo, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match RelationColumn(column):
            case RelationColumn.SOURCE:
                return relation.source_name
            case RelationColumn.KIND:
                return vocab(RelationKind.label_of(relation.kind))
            case RelationColumn.TARGET:
                return relation.target_name
            case RelationColumn.NOTE:
                return relation.note
        return None
