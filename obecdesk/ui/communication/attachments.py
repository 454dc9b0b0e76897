"""The files of one event: attach a file (copied into the store), open it, save it elsewhere,
remove it. Opening writes a copy to a temporary folder and hands it to the system's viewer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.situation import EventInfo, SituationLog, size_text
from obecdesk.ui.errors import run_guarded

ID_ROLE = Qt.ItemDataRole.UserRole


class AttachmentsPanel(QWidget):
    def __init__(self, log: SituationLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.event_id = ""
        self._temporary: tempfile.TemporaryDirectory | None = None
        self.files = QListWidget()
        self.files.setObjectName("event-attachments")
        self.files.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.attach = QPushButton(self.tr("Přiložit soubor…"))
        self.open = QPushButton(self.tr("Otevřít"))
        self.save_as = QPushButton(self.tr("Uložit jako…"))
        self.remove = QPushButton(self.tr("Odebrat"))
        self.attach.clicked.connect(lambda: self.attach_file())
        self.open.clicked.connect(self.open_selected)
        self.save_as.clicked.connect(lambda: self.save_selected())
        self.remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.attach, self.open, self.save_as, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        self.show_event(None)

    def show_event(self, event: EventInfo | None) -> None:
        self.event_id = event.id if event else ""
        self.files.clear()
        for info in event.attachments if event else []:
            item = QListWidgetItem(f"{info.file_name} ({size_text(info.size)})")
            item.setData(ID_ROLE, info.id)
            self.files.addItem(item)
        for button in (self.attach, self.open, self.save_as, self.remove):
            button.setEnabled(bool(self.event_id))

    def _selected(self) -> str:
        item = self.files.currentItem()
        return item.data(ID_ROLE) if item is not None else ""

    def attach_file(self, path: str = "") -> None:
        if not self.event_id:
            return
        path = path or QFileDialog.getOpenFileName(self, self.tr("Přiložit soubor"))[0]
        if path:
            run_guarded(self, lambda: self.log.attach(self.event_id, Path(path)))

    def open_selected(self) -> Path | None:
        attachment_id = self._selected()
        if not attachment_id:
            return None
        if self._temporary is None:
            self._temporary = tempfile.TemporaryDirectory(prefix="obecdesk-prilohy-")
        folder = Path(self._temporary.name) / attachment_id
        folder.mkdir(exist_ok=True)

        def write() -> Path:
            info, _content = self.log.content(attachment_id)
            return self.log.save_attachment(attachment_id, folder / info.file_name)

        written = run_guarded(self, write)
        if written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written

    def save_selected(self, path: str = "") -> Path | None:
        attachment_id = self._selected()
        if not attachment_id:
            return None
        name = self.files.currentItem().text().rsplit(" (", 1)[0]
        path = path or QFileDialog.getSaveFileName(self, self.tr("Uložit přílohu"), name)[0]
        if not path:
            return None
        return run_guarded(self, lambda: self.log.save_attachment(attachment_id, Path(path)))

    def remove_selected(self) -> None:
        attachment_id = self._selected()
        if not attachment_id:
            return
        answer = QMessageBox.question(self, self.tr("Odebrat přílohu"),
                                      self.tr("Odebrat přílohu %1 z události?").replace(
                                          "%1", self.files.currentItem().text()))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.log.detach(attachment_id))
