"""The GDPR part of a person's form: legal basis, consent with its date, purpose, two actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from obecdesk.core.vocabulary.stakeholders import LEGAL_BASES


class PersonalDataBox(QGroupBox):
    """Shown for persons only; the dialog wires the erase and export buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Osobní údaje (GDPR)"))
        self.legal_basis = QComboBox()
        self.legal_basis.setEditable(True)
        self.legal_basis.addItems(["", *LEGAL_BASES])
        self.consent_given = QCheckBox(self.tr("souhlas udělen dne"))
        self.consent_date = QDateEdit()
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("d. M. yyyy")
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setEnabled(False)
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("např. členství v pracovní skupině"))
        self.erase_button = QPushButton(self.tr("Vymazat osobní údaje…"))
        self.erase_button.setObjectName("erase-personal-data")
        self.export_button = QPushButton(self.tr("Exportovat vše o osobě…"))
        self.export_button.setObjectName("export-personal-data")

        consent = QHBoxLayout()
        consent.addWidget(self.consent_given)
        consent.addWidget(self.consent_date)
        consent.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Právní základ"), self.legal_basis)
        form.addRow(self.tr("Souhlas"), consent)
        form.addRow(self.tr("Účel zpracování"), self.purpose)
        form.addRow(buttons)

    def fill(self, legal_basis: str, consent_date: dt.date | None, purpose: str) -> None:
        self.legal_basis.setEditText(legal_basis)
        self.consent_given.setChecked(consent_date is not None)
        if consent_date:
            self.consent_date.setDate(QDate(consent_date))
        self.purpose.setText(purpose)

    def consent(self) -> dt.date | None:
        return self.consent_date.date().toPython() if self.consent_given.isChecked() else None
