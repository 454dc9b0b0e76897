"""An audience group (name and who it is) and a dated reading of its attitude and tension.
Save stays open on a refusal, so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.audiences import ReadingData
from obecdesk.core.vocabulary.communication import ATTITUDES, TENSIONS
from obecdesk.ui.communication.audience_models import attitude_text, tension_text
from obecdesk.ui.errors import run_guarded


def _form_dialog(dialog: QDialog, rows: list[tuple[str, QWidget]]) -> None:
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


class GroupDialog(QDialog):
    def __init__(self, save: Callable[[str, str], object], name: str = "",
                 description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Upravit skupinu") if name else self.tr("Nová skupina publika"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("např. Rodiče žáků ZŠ"))
        self.description = QPlainTextEdit(description)
        self.description.setMaximumHeight(100)
        _form_dialog(self, [(self.tr("Název *"), self.name),
                            (self.tr("Kdo to je"), self.description)])

    def accept(self) -> None:
        if run_guarded(self, lambda: self._save(self.name.text(),
                                                self.description.toPlainText()) or True):
            super().accept()


class ReadingDialog(QDialog):
    def __init__(self, save: Callable[[ReadingData], object], data: ReadingData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Upravit záznam postoje") if data
                            else self.tr("Nový záznam postoje"))
        self.setMinimumWidth(480)
        data = data or ReadingData(dt.date.today())
        self.date = QDateEdit(QDate(data.read_on))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d. M. yyyy")
        self.attitude = QComboBox()
        for value in sorted(ATTITUDES, reverse=True):
            self.attitude.addItem(attitude_text(value), value)
        self.attitude.setCurrentIndex(self.attitude.findData(data.attitude))
        self.tension = QComboBox()
        for value in TENSIONS:
            self.tension.addItem(tension_text(value), value)
        self.tension.setCurrentIndex(self.tension.findData(data.tension))
        self.note = QPlainTextEdit(data.note)
        self.note.setMaximumHeight(90)
        self.source = QLineEdit(data.source)
        self.source.setPlaceholderText(self.tr("např. rozhovory na ulici, terénní pracovník"))
        _form_dialog(self, [(self.tr("Datum"), self.date), (self.tr("Postoj"), self.attitude),
                            (self.tr("Napětí"), self.tension), (self.tr("Poznámka"), self.note),
                            (self.tr("Zdroj"), self.source)])

    def data(self) -> ReadingData:
        return ReadingData(self.date.date().toPython(), self.attitude.currentData(),
                           self.tension.currentData(), self.note.toPlainText(),
                           self.source.text())

    def accept(self) -> None:
        if run_guarded(self, lambda: self._save(self.data()) or True):
            super().accept()
