"""The actor dialog: create or edit an organisation or a person, erase or export a person's data.

"Uložit a další" saves a new actor and clears the form for the next one, keeping what people
typed one after another share (kind, organisation, sector, the legal basis and purpose); the
warnings under the form (an odd e-mail, a possible duplicate) are asked about once on saving.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.records import changed_fields
from obecdesk.core.stakeholders.actor_fields import ActorData, ActorInfo
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.ui.discard_guard import ask_discard
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.stakeholders.actor_form import ActorForm
from obecdesk.ui.stakeholders.actor_warnings import ActorWarnings
from obecdesk.ui.stakeholders.gdpr_actions import GdprActions


class ActorDialog(QDialog):
    """Edits one actor; ``saved`` holds the stored actor after a successful OK, and
    ``saved_one`` tells about each actor saved with "Uložit a další" too."""

    saved_one = Signal(object)

    def __init__(self, actors: ActorService, gdpr: PersonalDataService, locality_id: str,
                 actor: ActorInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actor-dialog")
        self.actors = actors
        self.personal_data = gdpr
        self.existing: ActorDialog | None = None
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
        self.next_button: QPushButton | None = None
        if actor is None:
            self.next_button = self.buttons.addButton(self.tr("Uložit a další"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.next_button.setObjectName("save-and-next")
            self.next_button.setToolTip(self.tr("Uloží aktéra a vyprázdní formulář pro dalšího; "
                                                "druh, organizace, sektor a právní základ zůstanou."))
            self.next_button.clicked.connect(self.save_and_next)
        self.warnings = ActorWarnings(actors, locality_id, actor.id if actor else None)
        self.warnings.open_actor.connect(self.open_existing)
        self.status = QLabel()
        self.status.setObjectName("saved-status")
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)

        own_id = actor.id if actor else None
        self.form.set_organisations([org for org in actors.organisations(locality_id)
                                     if org.id != own_id])
        self.form.fill(actor.data() if actor else ActorData(name=""))
        self.form.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._initial = self.data()
        for field in (self.form.name, self.form.email):
            field.textChanged.connect(self._watch)
        self._watch()
        self.warnings.check_now()
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

    def _watch(self, *_args) -> None:
        self.warnings.watch(self.form.name.text(), self.form.email.text())

    def _confirmed(self, data: ActorData) -> bool:
        """Save despite the warnings? Asked for a new actor, or when the name or e-mail changed."""
        if self.actor is not None and (data.name, data.email) == (self._initial.name,
                                                                  self._initial.email):
            return True
        found = self.warnings.messages()
        if not found:
            return True
        answer = QMessageBox.question(
            self, self.tr("Zkontrolujte údaje"),
            "\n".join(found) + "\n\n" + self.tr("Přesto uložit?"))
        return answer == QMessageBox.StandardButton.Yes

    def _save(self) -> ActorInfo | None:
        data = self.data()
        if not self._confirmed(data):
            return None
        if self.actor is None:
            saved = run_guarded(self, lambda: self.actors.create(self.locality_id, data))
        else:
            changes = changed_fields(self._initial, data)  # what arrived meanwhile stays
            saved = run_guarded(self, lambda: self.actors.edit(self.actor.id, changes))
        if saved is not None:
            self.saved = saved
            self.saved_one.emit(saved)
        return saved

    def accept(self) -> None:
        if self._save() is not None:
            super().accept()

    def save_and_next(self) -> None:
        """Save this actor and start the next one with the shared context kept."""
        saved = self._save()
        if saved is None:
            return
        kept = self.data()
        self.form.fill(replace(ActorData(name=""), kind=kept.kind, sector=kept.sector,
                               organisation_id=kept.organisation_id,
                               organisation_name=kept.organisation_name, tags=kept.tags,
                               legal_basis=kept.legal_basis, consent_date=kept.consent_date,
                               purpose=kept.purpose))
        self._initial = self.data()
        self.warnings.check_now()
        self.status.setText(self.tr("Uloženo: {0}. Zadejte dalšího aktéra.").format(saved.name))
        self.status.show()
        self.form.name.setFocus()

    def open_existing(self, actor_id: str) -> None:
        """Show the record this one may duplicate, on top; what was typed here stays."""
        existing = run_guarded(self, lambda: self.actors.get(actor_id))
        if existing is not None:
            self.existing = ActorDialog(self.actors, self.personal_data, existing.locality_id,
                                        existing, self)
            self.existing.open()

    def has_changes(self) -> bool:
        return not self.read_only and self.data() != self._initial

    def reject(self) -> None:
        """Cancel; typed work is dropped only after the user agrees."""
        if self.has_changes() and not ask_discard(self):
            return
        super().reject()

    def _erase(self) -> None:
        if self.actor is not None and self.gdpr.erase(self.actor):
            self.saved = self.actors.get(self.actor.id)
            super().accept()

    def _export(self) -> None:
        if self.actor is not None:
            self.gdpr.export_dialog(self.actor)
