"""The fields of the actor form, filled from and read back as the service's ``ActorData``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.actor_fields import ActorData, ActorInfo, attitude_text
from obecdesk.core.stakeholders.decision_roles import decides_by_role
from obecdesk.core.vocabulary.stakeholders import ROLE_SUGGESTIONS, ActorKind, Sector
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.personal_data_box import PersonalDataBox


class ActorForm(QWidget):
    """Who the actor is, how they stand, and (for a person) the GDPR fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        # ticked by a deciding role (starosta, radní…) until the user sets it themselves
        self._decision_chosen = False
        self.decision_power.clicked.connect(lambda: setattr(self, "_decision_chosen", True))
        self.role.editTextChanged.connect(self._role_changed)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.personal)
        self._org_sectors: dict[str, str] = {}
        self._filling = False

    def set_organisations(self, organisations: list[ActorInfo]) -> None:
        """The organisations a person may belong to; choosing one offers its sector."""
        self.organisation.addItem("", None)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
            self._org_sectors[org.id] = org.sector
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)

    def _organisation_chosen(self, index: int) -> None:
        """A person of an organisation usually shares its sector; offer it while none is set."""
        sector = self._org_sectors.get(self.organisation.itemData(index))
        if sector and not self._filling and self.sector.currentData() == Sector.OTHER:
            self.sector.setCurrentIndex(self.sector.findData(sector))

    def is_person(self) -> bool:
        return self.kind.currentData() == ActorKind.PERSON

    def _kind_changed(self, *_args) -> None:
        self.personal.setVisible(self.is_person())
        self.organisation.setEnabled(self.is_person())

    def lock(self) -> None:
        """Shown, never edited (an erased person's placeholder)."""
        for field in (self.kind, self.name, self.organisation, self.sector, self.role,
                      self.email, self.phone, self.address, self.influence, self.attitude,
                      self.interest, self.decision_power, self.tags):
            field.setEnabled(False)
        self.notes.setReadOnly(True)
        self.personal.setEnabled(False)

    # -- filling and reading -----------------------------------------------------------------

    def fill(self, data: ActorData) -> None:
        """Show ``data`` as stored (choosing its organisation offers no sector)."""
        self._filling = True
        try:
            self._fill(data)
        finally:
            self._filling = False
        self._kind_changed()

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
        self._decision_chosen = bool(data.name)  # a stored actor's choice stands
        self.notes.setPlainText(data.notes)
        self.tags.setText(", ".join(data.tags))
        self.personal.fill(data.legal_basis, data.consent_date, data.purpose)

    def _role_changed(self, role: str) -> None:
        if not self._filling and not self._decision_chosen:
            self.decision_power.setChecked(decides_by_role(role))

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
