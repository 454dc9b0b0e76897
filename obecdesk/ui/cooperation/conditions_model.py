"""The conditions of cooperation as an editable table: the condition, met or not, a note."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from obecdesk.core.cooperation.service import ConditionData
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.cooperation import IntakeCondition
from obecdesk.ui.i18n import tr_context, vocab
from obecdesk.ui.rows_model import DraftRowsModel, Index


class Column(IntEnum):
    CONDITION = 0
    ASSESSMENT = 1
    NOTE = 2


#: met → label; the combo of the assessment column offers these
ASSESSMENTS = {None: QT_TRANSLATE_NOOP("ConditionsModel", "neposouzeno"), True: QT_TRANSLATE_NOOP("ConditionsModel", "splněno"),
               False: QT_TRANSLATE_NOOP("ConditionsModel", "nesplněno")}
#: the combo's values are strings (a QComboBox item holds no None reliably)
CODES = {None: "", True: "met", False: "not_met"}
MET_OF = {v: k for k, v in CODES.items()}


def assessment_choices() -> list[tuple[str, str]]:
    return [(CODES[met], tr_context("ConditionsModel", label)) for met, label in ASSESSMENTS.items()]


class ConditionsModel(DraftRowsModel):
    CONTEXT = "ConditionsModel"
    TITLES = {Column.CONDITION: QT_TRANSLATE_NOOP("ConditionsModel", "Podmínka spolupráce"),
              Column.ASSESSMENT: QT_TRANSLATE_NOOP("ConditionsModel", "Posouzení"),
              Column.NOTE: QT_TRANSLATE_NOOP("ConditionsModel", "Poznámka")}

    def cell(self, item: ConditionData, column: int, role: int):
        column = Column(column)
        if role == Qt.ItemDataRole.EditRole:
            return CODES[item.met] if column == Column.ASSESSMENT else (
                item.note if column == Column.NOTE else None)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.CONDITION:
                return vocab(IntakeCondition.label_of(item.code))
            if column == Column.ASSESSMENT:
                return tr_context("ConditionsModel", ASSESSMENTS[item.met])
            return item.note
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.ASSESSMENT:
            return QColor({True: "#1f5e2c", False: "#b3261e", None: "#666666"}[item.met])
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.ASSESSMENT:
            item.met = MET_OF.get(value or "")
        elif column == Column.NOTE:
            item.note = str(value or "")
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if index.column() == Column.CONDITION else flags | Qt.ItemFlag.ItemIsEditable
