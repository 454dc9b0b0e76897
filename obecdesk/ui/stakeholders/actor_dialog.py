"""The actor dialog: create or edit an organisation or a person, erase or export a person's data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from obecdesk.core.records import changed_fields
from obecdesk.core.stakeholders.actor_fields import ActorData, ActorInfo
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.stakeholders.actor_form import ActorForm
from obecdesk.ui.stakeholders.gdpr_actions import GdprActions


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

        self.form = ActorForm()
        self.gdpr = GdprActions(gdpr, self)
        self.erase_button = self.form.personal.erase_button
        self.erase_button.clicked.connect(self._erase)
        self.export_button = self.form.personal.export_button
        self.export_button.clicked.connect(self._export)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

        own_id = actor.id if actor else None
        self.form.set_organisations([org for org in actors.organisations(locality_id)
                                     if org.id != own_id])
        self.form.fill(actor.data() if actor else ActorData(name=""))
        self.form.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._initial = self.data()
        self.read_only = actor is not None and actor.erased
        if self.read_only:
            self._lock(layout)
        self.resize(560, self.sizeHint().height())

    def _lock(self, layout: QVBoxLayout) -> None:
        """An erased person's placeholder is shown, never edited (the service refuses too)."""
        self.setWindowTitle(self.tr("Anonymizovaný záznam"))
        self.form.lock()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        notice = QLabel(self.tr("Osobní údaje byly vymazány; záznam nelze měnit."))
        notice.setObjectName("erased-notice")
        layout.insertWidget(0, notice)

    def data(self) -> ActorData:
        """What the form says, as the service's input."""
        return self.form.data()

    def _kind_changed(self, *_args) -> None:
        existing_person = self.form.is_person() and self.actor is not None and self.actor.is_person
        self.erase_button.setEnabled(existing_person and not self.actor.erased)
        self.export_button.setEnabled(existing_person)

    # -- actions -----------------------------------------------------------------------------

    def accept(self) -> None:
        data = self.data()
        if self.actor is None:
            saved = run_guarded(self, lambda: self.actors.create(self.locality_id, data))
        else:
            changes = changed_fields(self._initial, data)  # what arrived meanwhile stays
            saved = run_guarded(self, lambda: self.actors.edit(self.actor.id, changes))
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
