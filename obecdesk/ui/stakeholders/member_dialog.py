"""Adding a member to a body, or changing a membership's role and dates (joined, left)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.bodies import BodyInfo
from obecdesk.core.stakeholders.memberships import MemberInfo
from obecdesk.core.vocabulary.stakeholders import ROLE_SUGGESTIONS
from obecdesk.ui.errors import run_guarded, show_error
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.actor_picker import ActorPicker

BODY_ROLES = ["člen/ka", "předseda/předsedkyně", "místopředseda/místopředsedkyně",
              "vedoucí skupiny", "facilitátor/ka", "zapisovatel/ka", "host"]


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d. M. yyyy")
    return edit


class MemberDialog(QDialog):
    """New membership when ``member`` is None, else editing that membership."""

    def __init__(self, services: Services, body: BodyInfo,
                 member: MemberInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member-dialog")
        self.services = services
        self.body = body
        self.member = member
        self.setWindowTitle(self.tr("Člen orgánu {0}").format(body.name))

        self.actor = ActorPicker(services.actors)
        self.actor.setObjectName("member-actor")
        current = {m.actor_id for m in services.bodies.members(body.id)} if member is None else set()
        self.actor.load(body.locality_id, exclude=current)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setObjectName("member-role")
        self.role.addItems(["", *BODY_ROLES, *ROLE_SUGGESTIONS])
        self.joined = _date_edit()
        self.has_joined = QCheckBox(self.tr("vstoupil/a dne"))
        self.has_joined.setChecked(True)
        self.has_joined.toggled.connect(self.joined.setEnabled)
        self.left = _date_edit()
        self.has_left = QCheckBox(self.tr("odešel/odešla dne"))
        self.has_left.toggled.connect(self.left.setEnabled)
        self.left.setEnabled(False)

        form = QFormLayout(self)
        form.addRow(self.tr("Aktér"), self.actor)
        form.addRow(self.tr("Role v orgánu"), self.role)
        for check, edit in ((self.has_joined, self.joined), (self.has_left, self.left)):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit)
            row.addStretch(1)
            form.addRow(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        if member is not None:
            if self.actor.findData(member.actor_id) < 0:
                self.actor.addItem(member.actor_name, member.actor_id)
            self.actor.set_actor(member.actor_id)
            self.actor.setEnabled(False)
            self.role.setEditText(member.role)
            self.has_joined.setChecked(member.joined_on is not None)
            if member.joined_on:
                self.joined.setDate(QDate(member.joined_on))
            self.has_left.setChecked(member.left_on is not None)
            if member.left_on:
                self.left.setDate(QDate(member.left_on))

    def _dates(self) -> tuple[dt.date | None, dt.date | None]:
        joined = self.joined.date().toPython() if self.has_joined.isChecked() else None
        left = self.left.date().toPython() if self.has_left.isChecked() else None
        return joined, left

    def accept(self) -> None:
        joined, left = self._dates()
        role = self.role.currentText()
        bodies = self.services.bodies
        if self.member is None:
            actor_id = self.actor.actor_id()
            if actor_id is None:
                show_error(self, self.tr("Vyberte aktéra ze seznamu."))
                return
            saved = run_guarded(self, lambda: bodies.add_member(
                self.body.id, actor_id, role=role, joined_on=joined, left_on=left))
        else:
            saved = run_guarded(self, lambda: bodies.update_member(
                self.member.id, role=role, joined_on=joined, left_on=left))
        if saved is not None:
            super().accept()
