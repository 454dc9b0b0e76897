"""Nastavení → Já: which person of the current locality is me, picked or created here.

"Me" is this installation's choice (:mod:`obecdesk.core.profile`): the actor syncs, the choice
does not. Tasks owned by me are "Moje otevřené úkoly", and "já" is offered first as a task owner.
Saving broadcasts a change of the kind ``profile`` (no store change tells the views otherwise).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.profile import PROFILE_KIND
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.vocabulary.stakeholders import ActorKind
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded, show_error
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.actor_dialog import ActorDialog
from obecdesk.ui.stakeholders.actor_picker import ActorPicker


class ProfileDialog(QDialog):
    def __init__(self, services: Services, ctx: AppContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        locality_id = ctx.locality_id
        self.setObjectName("profile-dialog")
        self.setWindowTitle(self.tr("Já – můj profil"))
        self.services = services
        self.locality_id = locality_id
        self.create_dialog: ActorDialog | None = None
        locality = services.localities.get(locality_id) if locality_id else None

        intro = QLabel(self.tr(
            "Vyberte sebe mezi aktéry lokality, nebo se jako aktér založte. Úkoly, za které "
            "odpovídáte, pak uvidíte v „Moje otevřené úkoly“ a při zadávání úkolu vám půjde "
            "úkol přidělit jako „já“. Volba platí jen na tomto počítači; aktér se synchronizuje "
            "jako každý jiný."))
        intro.setWordWrap(True)
        self.picker = ActorPicker(services.actors)
        self.picker.setObjectName("profile-actor")
        self.picker.load(locality_id, exclude=self._not_persons())
        me = services.profile.me(locality_id) if locality_id else None
        self.picker.set_actor(me.id if me else None)
        self.create_button = QPushButton(self.tr("Založit mě jako aktéra…"))
        self.create_button.setObjectName("profile-create")
        self.create_button.clicked.connect(self.create_me)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(self.create_button)
        self.elsewhere = QLabel(self._elsewhere_text())
        self.elsewhere.setObjectName("profile-elsewhere")
        self.elsewhere.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Lokalita"), QLabel(locality.name if locality else "—"))
        form.addRow(self.tr("Já jsem"), pick_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.buttons)
        for widget in (self.picker, self.create_button,
                       self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            widget.setEnabled(bool(locality_id))
        self.resize(600, self.sizeHint().height())

    def _not_persons(self) -> set[str]:
        if not self.locality_id:
            return set()
        organisations = self.services.actors.list(
            ActorFilter(self.locality_id, kind=ActorKind.ORGANISATION))
        return {a.id for a in organisations}

    def _elsewhere_text(self) -> str:
        mine = self.services.profile.my_actor_ids() - {self.picker.actor_id()}
        others = [a for a in self.services.actors.get_many(mine)
                  if a.locality_id != self.locality_id]
        if not others:
            return ""
        names = {loc.id: loc.name for loc in self.services.localities.list(include_archived=True)}
        return self.tr("V dalších lokalitách: {0}").format(", ".join(
            f"{names.get(a.locality_id, '?')} ({a.name})" for a in others))

    def create_me(self) -> None:
        """A new person in the locality, named as the locality's coordinator to start with."""
        self.create_dialog = ActorDialog(self.services.actors, self.services.gdpr,
                                         self.locality_id, None, self)
        coordinator = self.services.localities.get(self.locality_id).coordinator
        self.create_dialog.form.name.setText(coordinator)
        self.create_dialog.accepted.connect(self._created)
        self.create_dialog.open()

    def _created(self) -> None:
        saved = self.create_dialog.saved if self.create_dialog else None
        if saved is not None:
            self.picker.load(self.locality_id, exclude=self._not_persons())
            self.picker.set_actor(saved.id)

    def accept(self) -> None:
        chosen = self.picker.actor_id()
        if self.picker.currentText().strip() and chosen is None:
            show_error(self, self.tr("Vyberte se ze seznamu aktérů, nebo se jako aktér založte."))
            return
        done = run_guarded(self, lambda: self.services.profile.set_me(self.locality_id, chosen)
                           or True)
        if done:
            super().accept()
            self.ctx.hub.changed.emit(ChangeSet({PROFILE_KIND: {self.locality_id}}))
