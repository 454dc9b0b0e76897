"""A plain form dialog over one service call: Save calls ``save(data)`` and closes only when the
service accepted the data, so a refusal (one Czech sentence) leaves everything typed in place.
Also the two widgets such forms share: a vocabulary combo box and a short text box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.indicators.cells import CellError
from obecdesk.core.vocabulary import LabeledEnum
from obecdesk.errors import ValidationError
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context


def vocabulary_combo(vocabulary: type[LabeledEnum], current: str) -> QComboBox:
    combo = QComboBox()
    for member in vocabulary:
        combo.addItem(tr_context("Vocabulary", member.label), member.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def text_box(value: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(value)
    box.setMaximumHeight(height)
    return box


class ServiceForm(QDialog):
    """A form whose Save calls ``save(data)`` and closes only when the service accepted it."""

    def __init__(self, save: Callable[[object], object], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def data(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        if run_guarded(self, lambda: self._save(self._checked()) or True):
            super().accept()

    def _checked(self) -> object:
        try:
            return self.data()
        except CellError as exc:
            raise ValidationError(str(exc) + ".") from None
