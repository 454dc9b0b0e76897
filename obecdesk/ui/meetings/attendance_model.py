"""Invitees and guests of the meeting being edited, with who came: one table model for both tabs.

The Pozvánky tab shows the invitees (a filter over this model); the Docházka tab shows everyone
with three exclusive check columns present / excused / absent, which read like radio buttons.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.draft_rows import AttendanceRow
from obecdesk.core.vocabulary.meetings import AttendanceStatus
from obecdesk.ui.rows_model import DraftRowsModel

C = "AttendanceModel"
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ORGANISATION = 1
    PRESENT = 2
    EXCUSED = 3
    ABSENT = 4


STATUS_COLUMNS = {
    Column.PRESENT: AttendanceStatus.PRESENT,
    Column.EXCUSED: AttendanceStatus.EXCUSED,
    Column.ABSENT: AttendanceStatus.ABSENT,
}
TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("AttendanceModel", "Jméno"),
    Column.ORGANISATION: QT_TRANSLATE_NOOP("AttendanceModel", "Organizace / role"),
    Column.PRESENT: QT_TRANSLATE_NOOP("AttendanceModel", "Přítomen"),
    Column.EXCUSED: QT_TRANSLATE_NOOP("AttendanceModel", "Omluven"),
    Column.ABSENT: QT_TRANSLATE_NOOP("AttendanceModel", "Nepřítomen"),
}


class AttendanceModel(DraftRowsModel):
    """Draft rows until the editor saves; ``edited`` fires on every user change."""

    CONTEXT = C
    TITLES = TITLES

    def row_of_actor(self, actor_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.actor_id == actor_id), -1)

    def invited_actor_ids(self) -> set[str]:
        return {r.actor_id for r in self._rows if r.actor_id}

    def add(self, row: AttendanceRow) -> int:
        """Append ``row`` unless the actor is already on the list; returns its row number."""
        if row.actor_id and (existing := self.row_of_actor(row.actor_id)) >= 0:
            return existing
        return super().add(row)

    def set_status(self, row: int, status: str) -> None:
        item = self._rows[row]
        if item.status == status:
            return
        item.status = status
        self.dataChanged.emit(self.index(row, Column.PRESENT), self.index(row, Column.ABSENT))
        self.edited.emit()

    def counts(self) -> dict[str, int]:
        result = {s.value: 0 for s in AttendanceStatus}
        for r in self._rows:
            result[r.status] = result.get(r.status, 0) + 1
        return result

    # -- Qt model --------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if column in STATUS_COLUMNS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if item.status == STATUS_COLUMNS[column]
                        else Qt.CheckState.Unchecked)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return item.name
            organisation = item.organisation
            if item.is_guest:
                guest = QCoreApplication.translate("AttendanceModel", "host")
                return f"{organisation} ({guest})" if organisation else guest
            return organisation
        if role == Qt.ItemDataRole.ToolTipRole and item.email:
            return item.email
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = Column(index.column()) if index.isValid() else None
        if column not in STATUS_COLUMNS or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        status = STATUS_COLUMNS[column] if checked else AttendanceStatus.UNKNOWN
        self.set_status(index.row(), status)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in STATUS_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class InviteesProxy(QSortFilterProxyModel):
    """Only the invited actors, name and organisation: what the Pozvánky tab lists."""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        return not self.sourceModel().row_at(source_row).is_guest

    def filterAcceptsColumn(self, source_column: int, source_parent: Index) -> bool:  # noqa: N802
        return source_column in (Column.NAME, Column.ORGANISATION)
