"""The body form: name, kind, decision code, theme, leader and facilitator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from obecdesk.core.stakeholders.bodies import BodyData, BodyInfo
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.ui.discard_guard import GuardedDialog
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.actor_picker import ActorPicker


class BodyDialog(GuardedDialog):
    """Creates or edits one body; ``saved`` holds it after a successful OK."""

    def __init__(self, services: Services, locality_id: str,
                 body: BodyInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("body-dialog")
        self.services = services
        self.locality_id = locality_id
        self.body = body
        self.saved: BodyInfo | None = None
        self.setWindowTitle(self.tr("Upravit orgán") if body else self.tr("Nový orgán"))

        self.name = QLineEdit()
        self.name.setObjectName("body-name")
        self.kind = QComboBox()
        for value, label in BodyKind.choices():
            self.kind.addItem(vocab(label), value)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("např. PS-B (čísluje usnesení)"))
        self.theme = QLineEdit()
        self.leader = ActorPicker(services.actors)
        self.facilitator = ActorPicker(services.actors)
        for picker in (self.leader, self.facilitator):
            picker.load(locality_id)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        form = QFormLayout(self)
        form.addRow(self.tr("Název *"), self.name)
        form.addRow(self.tr("Druh"), self.kind)
        form.addRow(self.tr("Zkratka"), self.code)
        form.addRow(self.tr("Téma"), self.theme)
        form.addRow(self.tr("Vedoucí"), self.leader)
        form.addRow(self.tr("Facilitátor"), self.facilitator)
        form.addRow(self.tr("Poznámky"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        data = body.data() if body else BodyData(name="")
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.code.setText(data.code)
        self.theme.setText(data.theme)
        self.leader.set_actor(data.leader_id)
        self.facilitator.set_actor(data.facilitator_id)
        self.notes.setPlainText(data.notes)
        self.mark_clean()

    def data(self) -> BodyData:
        return BodyData(
            name=self.name.text(), kind=self.kind.currentData(), code=self.code.text(),
            theme=self.theme.text(), leader_id=self.leader.actor_id(),
            facilitator_id=self.facilitator.actor_id(), notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        data = self.data()
        bodies = self.services.bodies
        if self.body is None:
            saved = run_guarded(self, lambda: bodies.create(self.locality_id, data))
        else:
            saved = run_guarded(self, lambda: bodies.update(self.body.id, data))
        if saved is not None:
            self.saved = saved
            super().accept()
