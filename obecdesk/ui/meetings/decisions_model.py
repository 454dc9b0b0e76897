"""Decisions (usnesení) of the meeting being edited, with their number once saved."""

from __future__ import annotations

import re
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.decision_numbers import is_provisional
from obecdesk.core.vocabulary.meetings import DecisionRule
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import DraftRowsModel

C = "DecisionsModel"
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    TEXT = 1
    HOW = 2
    FOR = 3
    AGAINST = 4
    ABSTAINED = 5


TITLES = {
    Column.CODE: QT_TRANSLATE_NOOP("DecisionsModel", "Číslo"),
    Column.TEXT: QT_TRANSLATE_NOOP("DecisionsModel", "Usnesení"),
    Column.HOW: QT_TRANSLATE_NOOP("DecisionsModel", "Jak rozhodnuto"),
    Column.FOR: QT_TRANSLATE_NOOP("DecisionsModel", "Pro"),
    Column.AGAINST: QT_TRANSLATE_NOOP("DecisionsModel", "Proti"),
    Column.ABSTAINED: QT_TRANSLATE_NOOP("DecisionsModel", "Zdrželo se"),
}
VOTE_FIELDS = {Column.FOR: "votes_for", Column.AGAINST: "votes_against",
               Column.ABSTAINED: "votes_abstained"}


class DecisionsModel(DraftRowsModel):
    """Draft decisions; unsaved ones show the number they will get when saved in this order."""

    CONTEXT = C
    TITLES = TITLES

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._next: tuple[str, int, int] | None = None

    def set_next_code(self, code: str) -> None:
        """The code the next saved decision gets (``PS-B 2025/08``), to number new rows ahead."""
        match = re.fullmatch(r"(.*) (\d{4})/(\d+)", code or "")
        self._next = (match[1], int(match[2]), int(match[3])) if match else None

    def expected_code(self, row: int) -> str:
        """What an unsaved decision will be numbered if the drafts are saved in this order."""
        if self._next is None:
            return ""
        prefix, year, number = self._next
        ahead = sum(1 for r in self._rows[:row] if not r.code)
        return f"{prefix} {year}/{number + ahead:02d}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.CODE:
                if item.code and is_provisional(item.code):
                    label = QCoreApplication.translate("DecisionsModel", "prozatímní")
                    return f"{item.code} ({label})"
                if item.code:
                    return item.code
                expected = self.expected_code(index.row())
                later = QCoreApplication.translate("DecisionsModel", "po uložení")
                return f"{expected} ({later})" if expected else later
            if column == Column.TEXT:
                return item.text
            if column == Column.HOW:
                return vocab(DecisionRule.label_of(item.how_decided))
            value = getattr(item, VOTE_FIELDS[column])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.HOW:
                return item.how_decided
            if column in VOTE_FIELDS:
                return getattr(item, VOTE_FIELDS[column])
            return item.text if column == Column.TEXT else None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.CODE and (
                not item.code or is_provisional(item.code)):
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.CODE and is_provisional(
                item.code):
            return QCoreApplication.translate(
                "DecisionsModel", "Prozatímní číslo: konečné přidělí kopie obecdesk, která "
                "čísluje usnesení této lokality, až usnesení dostane.")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TEXT:
            return item.text
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.TEXT:
            text = str(value).strip()
            if not text:
                return False
            changed = item.text != text
            item.text = text
        elif column == Column.HOW:
            changed = item.how_decided != value
            item.how_decided = str(value)
        elif column in VOTE_FIELDS:
            number = None if value in (None, "") else int(value)
            if number is not None and number < 0:
                return False
            changed = getattr(item, VOTE_FIELDS[column]) != number
            setattr(item, VOTE_FIELDS[column], number)
        else:
            return False
        if changed:
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != Column.CODE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
