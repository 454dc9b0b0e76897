"""Historie oprav: every correction of approved minutes (when, who, why) and the text before it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import date_text, time_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.minutes_history import MinutesVersionInfo
from obecdesk.ui.i18n import tr_context

HEADERS = (QT_TRANSLATE_NOOP("MinutesHistory", "Opraveno"),
           QT_TRANSLATE_NOOP("MinutesHistory", "Kdo"),
           QT_TRANSLATE_NOOP("MinutesHistory", "Důvod"))


class VersionsModel(QAbstractTableModel):
    """Corrections, newest first."""

    def __init__(self, versions: list[MinutesVersionInfo], parent=None) -> None:
        super().__init__(parent)
        self.versions = list(reversed(versions))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.versions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_context("MinutesHistory", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        version = self.versions[index.row()]
        local = version.corrected_at.astimezone()
        return (f"{date_text(local.date())} {time_text(local.time())}", version.corrected_by,
                version.reason)[index.column()]


class MinutesHistoryDialog(QDialog):
    def __init__(self, versions: list[MinutesVersionInfo], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes-history-dialog")
        self.setWindowTitle(self.tr("Historie oprav zápisu – {0}").format(title))
        self.resize(820, 520)
        self.model = VersionsModel(versions, self)
        self.table = QTableView()
        self.table.setObjectName("minutes-versions")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.previous = QPlainTextEdit()
        self.previous.setObjectName("previous-text")
        self.previous.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.previous)
        split.setSizes([160, 340])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        if versions:
            self.table.selectRow(0)

    def _show(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid():
            version = self.model.versions[current.row()]
            self.previous.setPlainText(
                self.tr("Znění před opravou:\n\n{0}").format(version.previous_text))
