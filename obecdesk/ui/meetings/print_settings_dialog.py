"""Nastavení → Prezenční listina: empty rows for guests and the GDPR notice it prints."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from obecdesk.reports.attendance_defaults import DEFAULT_GDPR_NOTICE
from obecdesk.ui.settings import GDPR_NOTICE, GUEST_ROWS, Settings


class AttendanceSettingsDialog(QDialog):
    """Saves to the settings on OK; an empty notice prints no notice."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance-settings")
        self.setWindowTitle(self.tr("Prezenční listina"))
        self.settings = settings
        self.guest_rows = QSpinBox()
        self.guest_rows.setObjectName("guest-rows")
        self.guest_rows.setRange(0, 40)
        self.guest_rows.setValue(settings.get(GUEST_ROWS))
        self.notice = QPlainTextEdit(settings.get(GDPR_NOTICE))
        self.notice.setObjectName("gdpr-notice")
        default = QPushButton(self.tr("Výchozí text"))
        default.clicked.connect(lambda: self.notice.setPlainText(DEFAULT_GDPR_NOTICE))
        form = QFormLayout()
        form.addRow(self.tr("Prázdné řádky pro hosty"), self.guest_rows)
        form.addRow(self.tr("Poučení o zpracování osobních údajů"), self.notice)
        form.addRow("", default)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 300)

    def accept(self) -> None:
        self.settings.set(GUEST_ROWS, self.guest_rows.value())
        self.settings.set(GDPR_NOTICE, self.notice.toPlainText().strip())
        super().accept()
