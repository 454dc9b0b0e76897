"""Texts: the list of drafts (press releases, letters, posts) and the editor of the selected
one. Saving a changed wording keeps the previous one; "Starší verze" shows them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.texts import TextData, TextInfo, TextService
from obecdesk.core.vocabulary.communication import TextKind, TextStatus
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab

ID_ROLE = Qt.ItemDataRole.UserRole


def _combo(enum) -> QComboBox:
    combo = QComboBox()
    for member in enum:
        combo.addItem(vocab(member.label), member.value)
    return combo


class VersionsDialog(QDialog):
    """The earlier wordings of a text, newest first, read only."""

    def __init__(self, texts: TextService, text: TextInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Starší verze: %1").replace("%1", text.data.title))
        self.resize(720, 460)
        self.list = QListWidget()
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self._versions = texts.versions(text.id)
        for version in self._versions:
            self.list.addItem(self.tr("verze %1 (do %2)").replace("%1", str(version.number))
                              .replace("%2", version.saved_at[:10]))
        self.list.currentRowChanged.connect(self._show)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.body)
        split.setSizes([200, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        if self._versions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._versions):
            version = self._versions[row]
            self.body.setPlainText(f"{version.title}\n\n{version.body}")


class TextsPanel(QWidget):
    def __init__(self, texts: TextService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = texts
        self.locality_id = ""
        self._texts: list[TextInfo] = []
        self.list = QListWidget()
        self.list.setObjectName("communication-texts")
        self.list.currentRowChanged.connect(lambda *_: self._show_selected())
        self.add = QPushButton(self.tr("Nový text…"))
        self.add.clicked.connect(lambda: self.new_text())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.add)
        left_layout.addWidget(self.list)
        self.title = QLineEdit()
        self.kind = _combo(TextKind)
        self.status = _combo(TextStatus)
        self.audience = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setObjectName("text-body")
        self.save = QPushButton(self.tr("Uložit text"))
        self.save.clicked.connect(lambda: self.save_text())
        self.history = QPushButton(self.tr("Starší verze…"))
        self.history.clicked.connect(lambda: self.show_versions())
        form = QFormLayout()
        form.addRow(self.tr("Název"), self.title)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.status)
        form.addRow(self.tr("Druh a stav"), row)
        form.addRow(self.tr("Pro koho"), self.audience)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.body, 1)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.setObjectName("texts-split")
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def load(self, locality_id: str) -> None:
        chosen = self.current()
        self.locality_id = locality_id
        self._texts = self.service.texts(locality_id) if locality_id else []
        self.list.blockSignals(True)
        self.list.clear()
        for text in self._texts:
            item = QListWidgetItem(f"{text.data.title}\n{vocab(TextKind.label_of(text.data.kind))}"
                                   f" · {vocab(TextStatus.label_of(text.data.status))}")
            item.setData(ID_ROLE, text.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        at = next((i for i, t in enumerate(self._texts) if chosen and t.id == chosen.id), 0)
        self.list.setCurrentRow(at if self._texts else -1)
        self._show_selected()

    def current(self) -> TextInfo | None:
        row = self.list.currentRow()
        return self._texts[row] if 0 <= row < len(self._texts) else None

    def _show_selected(self) -> None:
        text = self.current()
        data = text.data if text else TextData("")
        self.title.setText(data.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(data.kind))))
        self.status.setCurrentIndex(max(0, self.status.findData(str(data.status))))
        self.audience.setText(data.audience)
        self.body.setPlainText(data.body)
        for widget in (self.title, self.kind, self.status, self.audience, self.body, self.save):
            widget.setEnabled(text is not None)
        self.history.setEnabled(bool(text and text.versions))
        self.history.setText(self.tr("Starší verze (%1)…").replace(
            "%1", str(text.versions if text else 0)))

    def data(self) -> TextData:
        return TextData(self.title.text(), self.kind.currentData(), self.body.toPlainText(),
                        self.status.currentData(), self.audience.text())

    def save_text(self) -> None:
        text = self.current()
        if text is not None:
            data = self.data()
            run_guarded(self, lambda: self.service.save(text.id, data))

    def new_text(self) -> None:
        if not self.locality_id:
            return
        title, ok = QInputDialog.getText(self, self.tr("Nový text"), self.tr("Název textu:"))
        if ok and title.strip():
            locality_id = self.locality_id
            run_guarded(self, lambda: self.service.add(locality_id, TextData(title)))

    def show_versions(self) -> None:
        text = self.current()
        if text is not None:
            VersionsDialog(self.service, text, self).exec()
