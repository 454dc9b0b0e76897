"""HQ's side of the Synchronizace page: the field replicas, a folder of their bundles read in
one go, and a return bundle for each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.sync.sync_desk import SyncDesk, SyncState
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.sync.bundle_reader import BundleReader
from obecdesk.ui.sync.sync_models import PeersModel
from obecdesk.ui.sync.widgets import table


class HqPanel(QWidget):
    """The field replicas HQ knows and what it does with their bundles."""

    said = Signal(str)
    changed = Signal()
    load_requested = Signal()

    def __init__(self, desk: SyncDesk, reader: BundleReader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.reader = desk, reader
        box = QGroupBox(self.tr("Terénní repliky"))
        self.peers = PeersModel(self)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("load-folder", self.tr("Načíst složku balíčků…"), lambda: self.load_folder()),
            ("load-bundle", self.tr("Načíst balíček…"), self.load_requested.emit),
            ("return-bundles", self.tr("Připravit zpáteční balíčky…"),
             lambda: self.return_bundles()),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(table("peers-table", self.peers))
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)

    def reload(self, state: SyncState) -> None:
        self.peers.set_rows(state.peers)

    def load_folder(self, folder: str | None = None) -> None:
        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Složka s balíčky terénních replik"))
        if folder:
            run_guarded(self, lambda: self.reader.read_folder(Path(folder)))

    def return_bundles(self, folder: str | None = None) -> None:
        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Kam uložit zpáteční balíčky"))
        written = folder and run_guarded(self, lambda: self.desk.return_bundles(Path(folder)))
        if written:
            self.said.emit(self.tr("Zapsáno zpátečních balíčků: %1 (do %2).")
                           .replace("%1", number_text(len(written))).replace("%2", folder))
            self.changed.emit()
