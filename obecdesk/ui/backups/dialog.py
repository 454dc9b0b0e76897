"""The Zálohy dialog: the copies in ``backups/``, "Zálohovat teď" and a restore that loses nothing.

A restore replaces the open store, so the application closes afterwards and the next start opens
the restored copy (which becomes a new replica); the state before the restore is kept as a backup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.backups import BackupService
from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.store.backup import Backup
from obecdesk.ui.errors import run_guarded

REASONS = {
    "manual": QT_TRANSLATE_NOOP("Backups", "ručně"),
    "daily": QT_TRANSLATE_NOOP("Backups", "denní"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "před importem"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "před obnovením"),
}


def reason_text(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("Backups", "před aktualizací databáze")
    return QCoreApplication.translate("Backups", REASONS[reason]) if reason in REASONS else reason


def open_backups(parent: QWidget, backups: BackupService, ready: Callable[[], bool],
                 on_restored: Callable[[], None]) -> None:
    """The modal dialog; ``on_restored`` runs after a restore (the store is closed by then)."""
    dialog = BackupsDialog(backups, ready, parent)
    dialog.restored.connect(lambda _path: on_restored())
    dialog.exec()


class BackupsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("Backups", "Pořízena"), QT_TRANSLATE_NOOP("Backups", "Proč"),
               QT_TRANSLATE_NOOP("Backups", "Velikost"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[Backup] = []

    def reset(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self.backups = backups
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Backups", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{date_text(backup.taken_at.date())} {backup.taken_at:%H:%M:%S}"
            if index.column() == 1:
                return reason_text(backup.reason)
            return f"{number_text(round(backup.size / 1024))} kB"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    #: the store was replaced by a backup: the application must close (the store is closed)
    restored = Signal(str)

    def __init__(self, backups: BackupService, ready: Callable[[], bool] = lambda: True,
                 parent: QWidget | None = None) -> None:
        """``ready`` asks the open screens to save or drop unsaved edits before a restore."""
        super().__init__(parent)
        self.service = backups
        self.ready = ready
        self.setWindowTitle(self.tr("Zálohy databáze"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        explanation = QLabel(self.tr(
            "Automatické zálohy vznikají před každým importem a aktualizací a jednou denně při "
            "spuštění; nejstarší se mažou. Ruční zálohy zůstávají, dokud je nesmažete."))
        explanation.setWordWrap(True)  # the dialog's width, not the sentence's, decides
        layout.addWidget(explanation)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = QPushButton(self.tr("Zálohovat teď"), self)
        self.restore_button = QPushButton(self.tr("Obnovit vybranou…"), self)
        self.folder_button = QPushButton(self.tr("Otevřít složku"), self)
        for button in (self.create_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self._open_folder)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.reset(run_guarded(self, self.service.list) or [])
        self.table.resizeColumnToContents(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def create_backup(self) -> None:
        if run_guarded(self, self.service.create) is not None:
            self.refresh()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        when = f"{date_text(backup.taken_at.date())} {backup.taken_at:%H:%M}"
        answer = QMessageBox.question(self, self.tr("Obnovit zálohu"), self.tr(
            "Obnovit databázi ze zálohy z {0}? Současný stav se předtím uloží jako další "
            "záloha, nic se neztratí. obecdesk se potom zavře a při dalším spuštění otevře "
            "obnovenou databázi.").format(when))
        if answer != QMessageBox.StandardButton.Yes or not self.ready():
            return
        safety = run_guarded(self, lambda: self.service.restore(str(backup.path)))
        if safety is None:
            return
        QMessageBox.information(self, self.tr("Záloha obnovena"), self.tr(
            "Databáze je obnovena ze zálohy z {0}. Stav před obnovením je v záloze {1}. "
            "obecdesk se nyní zavře; spusťte ho znovu.").format(when, safety.name))
        self.restored.emit(str(backup.path))
        self.accept()

    def _open_folder(self) -> None:
        folder = self.service.database().parent / "backups"
        folder.mkdir(mode=0o700, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
