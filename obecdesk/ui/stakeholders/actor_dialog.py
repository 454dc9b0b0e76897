"""The actor form: create or edit an organisation or a person, with the GDPR fields of a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.actor_fields import ActorData, ActorInfo, attitude_text
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.core.vocabulary.stakeholders import ROLE_SUGGESTIONS, ActorKind, Sector
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.gdpr_actions import GdprActions
from obecdesk.ui.stakeholders.personal_data_box import PersonalDataBox


class ActorDialog(QDialog):
    """Edits one actor; ``saved`` holds the stored actor after a successful OK."""

    def __init__(self, actors: ActorService, gdpr: PersonalDataService, locality_id: str,
                 actor: ActorInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actor-dialog")
        self.actors = actors
        self.locality_id = locality_id
        self.actor = actor
        self.saved: ActorInfo | None = None
        self.setWindowTitle(self.tr("Upravit aktéra") if actor else self.tr("Nový aktér"))

        self.kind = QComboBox()
        for value, label in ActorKind.choices():
            self.kind.addItem(vocab(label), value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name = QLineEdit()
        self.name.setObjectName("actor-name")
        self.name.setPlaceholderText(self.tr("např. Mgr. Jana Nováková nebo Spolek Šance"))
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setObjectName("actor-organisation")
        self.organisation.lineEdit().setPlaceholderText(self.tr("vyberte nebo napište"))
        self.sector = QComboBox()
        self.sector.setObjectName("actor-sector")
        for value, label in Sector.choices():
            self.sector.addItem(vocab(label), value)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setObjectName("actor-role")
        self.role.addItems(["", *ROLE_SUGGESTIONS])
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()

        self.influence = QSpinBox()
        self.influence.setRange(1, 5)
        self.attitude = QComboBox()
        self.attitude.setObjectName("actor-attitude")
        for value, words in ((-2, self.tr("silně proti")), (-1, self.tr("spíše proti")),
                             (0, self.tr("neutrální")), (1, self.tr("spíše pro")),
                             (2, self.tr("silně pro"))):
            self.attitude.addItem(f"{attitude_text(value)}  {words}", value)
        self.interest = QSpinBox()
        self.interest.setRange(1, 5)
        self.decision_power = QCheckBox(self.tr("má rozhodovací pravomoc"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("štítky oddělené čárkou"))

        form = QFormLayout()
        form.addRow(self.tr("Druh"), self.kind)
        form.addRow(self.tr("Jméno / název *"), self.name)
        form.addRow(self.tr("Organizace"), self.organisation)
        form.addRow(self.tr("Sektor"), self.sector)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Telefon"), self.phone)
        form.addRow(self.tr("Adresa"), self.address)
        scores = QHBoxLayout()
        for label, widget in ((self.tr("vliv"), self.influence),
                              (self.tr("postoj"), self.attitude),
                              (self.tr("zájem"), self.interest)):
            scores.addWidget(QLabel(label))
            scores.addWidget(widget)
        scores.addStretch(1)
        form.addRow(self.tr("Vliv / postoj / zájem"), scores)
        form.addRow("", self.decision_power)
        form.addRow(self.tr("Poznámky"), self.notes)
        form.addRow(self.tr("Štítky"), self.tags)

        self.personal = PersonalDataBox()
        self.gdpr = GdprActions(gdpr, self)
        self.erase_button = self.personal.erase_button
        self.erase_button.clicked.connect(self._erase)
        self.export_button = self.personal.export_button
        self.export_button.clicked.connect(self._export)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.personal)
        layout.addWidget(self.buttons)

        self._load_organisations()
        self._fill(actor.data() if actor else ActorData(name=""))
        self._kind_changed()
        self._initial = self.data()
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.read_only = actor is not None and actor.erased
        if self.read_only:
            self._lock(layout)
        self.resize(560, self.sizeHint().height())

    def _lock(self, layout: QVBoxLayout) -> None:
        """An erased person's placeholder is shown, never edited (the service refuses too)."""
        self.setWindowTitle(self.tr("Anonymizovaný záznam"))
        for field in (self.kind, self.name, self.organisation, self.sector, self.role,
                      self.email, self.phone, self.address, self.influence, self.attitude,
                      self.interest, self.decision_power, self.tags):
            field.setEnabled(False)
        self.notes.setReadOnly(True)
        self.personal.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        notice = QLabel(self.tr("Osobní údaje byly vymazány; záznam nelze měnit."))
        notice.setObjectName("erased-notice")
        layout.insertWidget(0, notice)

    # -- filling and reading -----------------------------------------------------------------

    def _load_organisations(self) -> None:
        self.organisation.addItem("", None)
        own_id = self.actor.id if self.actor else None
        self._org_sectors: dict[str, str] = {}
        for org in self.actors.organisations(self.locality_id):
            if org.id != own_id:
                self.organisation.addItem(org.name, org.id)
                self._org_sectors[org.id] = org.sector

    def _organisation_chosen(self, index: int) -> None:
        """A person of an organisation usually shares its sector; offer it while none is set."""
        sector = self._org_sectors.get(self.organisation.itemData(index))
        if sector and self.sector.currentData() == Sector.OTHER:
            self.sector.setCurrentIndex(self.sector.findData(sector))

    def _fill(self, data: ActorData) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.name.setText(data.name)
        index = self.organisation.findData(data.organisation_id) if data.organisation_id else -1
        if index >= 0:
            self.organisation.setCurrentIndex(index)
        else:
            self.organisation.setEditText(data.organisation_name)
        self.sector.setCurrentIndex(max(self.sector.findData(data.sector), 0))
        self.role.setEditText(data.role)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.address.setText(data.address)
        self.influence.setValue(data.influence)
        self.attitude.setCurrentIndex(max(self.attitude.findData(data.attitude), 0))
        self.interest.setValue(data.interest)
        self.decision_power.setChecked(data.decision_power)
        self.notes.setPlainText(data.notes)
        self.tags.setText(", ".join(data.tags))
        self.personal.fill(data.legal_basis, data.consent_date, data.purpose)

    def data(self) -> ActorData:
        """What the form says, as the service's input."""
        org_text = self.organisation.currentText().strip()
        index = self.organisation.findText(org_text, Qt.MatchFlag.MatchExactly)
        org_id = self.organisation.itemData(index) if org_text and index > 0 else None
        return ActorData(
            name=self.name.text(), kind=self.kind.currentData(), sector=self.sector.currentData(),
            organisation_id=org_id, organisation_name="" if org_id else org_text,
            role=self.role.currentText(), email=self.email.text(), phone=self.phone.text(),
            address=self.address.text(), influence=self.influence.value(),
            attitude=self.attitude.currentData(), interest=self.interest.value(),
            decision_power=self.decision_power.isChecked(), notes=self.notes.toPlainText(),
            tags=[t for t in self.tags.text().split(",") if t.strip()],
            legal_basis=self.personal.legal_basis.currentText(),
            consent_date=self.personal.consent(), purpose=self.personal.purpose.text(),
        )

    def _kind_changed(self, *_args) -> None:
        person = self.kind.currentData() == ActorKind.PERSON
        self.personal.setVisible(person)
        self.organisation.setEnabled(person)
        existing_person = person and self.actor is not None and self.actor.is_person
        self.erase_button.setEnabled(existing_person and not self.actor.erased)
        self.export_button.setEnabled(existing_person)

    # -- actions -----------------------------------------------------------------------------

    def accept(self) -> None:
        data = self.data()
        if self.actor is None:
            saved = run_guarded(self, lambda: self.actors.create(self.locality_id, data))
        else:
            saved = run_guarded(self, lambda: self.actors.update(self.actor.id, data))
        if saved is not None:
            self.saved = saved
            super().accept()

    def has_changes(self) -> bool:
        return not self.read_only and self.data() != self._initial

    def reject(self) -> None:
        """Cancel; typed work is dropped only after the user agrees."""
        if self.has_changes():
            answer = QMessageBox.question(
                self, self.tr("Zahodit změny"),
                self.tr("Formulář obsahuje neuložené změny. Opravdu je zahodit?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def _erase(self) -> None:
        if self.actor is not None and self.gdpr.erase(self.actor):
            self.saved = self.actors.get(self.actor.id)
            super().accept()

    def _export(self) -> None:
        if self.actor is not None:
            self.gdpr.export_dialog(self.actor)
