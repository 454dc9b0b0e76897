"""Asks why approved minutes are being corrected, and who corrects them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CorrectionDialog(QDialog):
    """The reason is required: without one "Zahájit opravu" stays disabled."""

    def __init__(self, meeting_title: str, by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correction-dialog")
        self.setWindowTitle(self.tr("Opravit schválený zápis"))
        intro = QLabel(self.tr("Zápis jednání „{0}“ je schválen. Oprava se zapíše do historie "
                               "zápisu: kdo, kdy a proč ho opravil, i jeho dosavadní znění; "
                               "na znovu vytištěném zápisu bude „opraveno dne …“.")
                       .format(meeting_title))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correction-reason")
        self.reason.setPlaceholderText(self.tr("např. překlep v usnesení, schváleno na jednání "
                                               "PS 2. 7."))
        self.reason.setMaximumHeight(90)
        self.by = QLineEdit(by)
        self.by.setObjectName("correction-by")
        form = QFormLayout()
        form.addRow(self.tr("Důvod opravy"), self.reason)
        form.addRow(self.tr("Opravuje"), self.by)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Zahájit opravu"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def by_text(self) -> str:
        return self.by.text().strip()
