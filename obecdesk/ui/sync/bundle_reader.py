"""Reading bundles in from the Synchronizace page: one file, or a folder of them at HQ.

Every file is read off the UI thread, each in its own transaction, so the progress dialog can
stop between two files without damage. A sender this store does not know yet is accepted only
after the operator has compared its fingerprint (asked before anything is read).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.sync.bundle_import import ImportStatus
from obecdesk.sync.sync_desk import FolderEntry, FolderResult, SyncDesk
from obecdesk.ui.sync.sync_models import ImportResultsModel, ResultColumn


class _Worker(QThread):
    progressed = Signal(int)
    finished_with = Signal(object)  # FolderResult
    crashed = Signal(object)

    def __init__(self, desk: SyncDesk, entries: list[FolderEntry], accepted: set[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk, self.entries, self.accepted = desk, entries, accepted
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = self.desk.import_entries(self.entries, accepted=self.accepted,
                                              progress=self.progressed.emit,
                                              cancelled=self.stop.is_set)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, not swallowed
            self.crashed.emit(exc)
        else:
            self.finished_with.emit(result)


class ImportResultsDialog(QDialog):
    """What happened to each file of a folder: read, read before, or refused and why."""

    def __init__(self, result: FolderResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Načtené balíčky"))
        self.resize(1000, 420)
        summary = self.tr("Načteno: %1 · už načtené dříve: %2 · odmítnuto: %3").replace(
            "%1", number_text(result.count(ImportStatus.IMPORTED))).replace(
            "%2", number_text(result.count(ImportStatus.ALREADY))).replace(
            "%3", number_text(result.count(ImportStatus.REFUSED)))
        if result.cancelled:
            summary += " " + self.tr("(přerušeno; zbylé soubory se nečetly)")
        self.summary = QLabel(summary)
        self.summary.setObjectName("import-summary")
        self.model = ImportResultsModel(self)
        self.model.set_rows(result.results)
        table = QTableView()
        table.setObjectName("import-results")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(ResultColumn.MESSAGE,
                                                      QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(table)
        layout.addWidget(buttons)


class BundleReader(QObject):
    """Reads files chosen on the page: asks about new senders, shows progress, reports.

    ``finished`` carries the :class:`FolderResult`; with several files the per-file table is
    shown first, a single file's outcome is one sentence the page shows.
    """

    finished = Signal(object)

    def __init__(self, desk: SyncDesk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk, self.window = desk, parent
        self.worker: _Worker | None = None
        self.progress: QProgressDialog | None = None
        self.result: FolderResult | None = None

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def read(self, entries: list[FolderEntry]) -> None:
        if self.busy or not entries:
            return
        self.result = None
        accepted = self.accept_new_senders(entries)
        self.progress = QProgressDialog(self.tr("Načítám balíčky…"), self.tr("Přerušit"), 0,
                                        len(entries), self.window)
        self.progress.setObjectName("bundle-progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.worker = _Worker(self.desk, entries, accepted, self)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.finished_with.connect(lambda result: self._done(result, len(entries)))
        self.worker.crashed.connect(self._crashed)
        self.progress.canceled.connect(self.worker.stop.set)
        self.progress.show()
        self.worker.start()

    def read_folder(self, folder: Path) -> bool:
        entries = self.desk.scan_folder(folder)  # a UserError goes to the caller
        self.read(entries)
        return True

    def accept_new_senders(self, entries: list[FolderEntry]) -> set[str]:
        """Ask once per unknown sender whether its fingerprint matches; the accepted ones."""
        accepted: set[str] = set()
        asked: set[str] = set()
        for entry in entries:
            if entry.envelope is None or entry.known_sender:
                continue
            fingerprint = entry.envelope.sender_fingerprint
            if fingerprint in asked:
                continue
            asked.add(fingerprint)
            text = self.tr(
                "Balíček %1 je od repliky, kterou tato databáze ještě nezná.\n\nOtisk "
                "odesílatele:\n%2\n\nPorovnejte ho s otiskem, který vám odesílatel sdělí "
                "jinou cestou (třeba telefonem). Přijmout balíčky od této repliky?"
            ).replace("%1", entry.path.name).replace("%2", fingerprint)
            answer = QMessageBox.question(self.window, self.tr("Nový odesílatel"), text)
            if answer == QMessageBox.StandardButton.Yes:
                accepted.add(fingerprint)
        return accepted

    def _finish_worker(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: FolderResult, files: int) -> None:
        self._finish_worker()
        self.result = result
        if files > 1:
            ImportResultsDialog(result, self.window).exec()
        self.finished.emit(result)

    def _crashed(self, exc: Exception) -> None:
        self._finish_worker()
        raise exc
