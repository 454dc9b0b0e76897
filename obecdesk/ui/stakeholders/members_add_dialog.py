"""Přidat více členů: tick several actors of the locality, give them one role, add them at once.

The list is a checkable model over the locality's actors who are not members yet, filtered by
typing (any diacritics). Ticks survive filtering, so "ticks from two searches" is one add. A
locality too big to list (the picker's limit) is searched through the service instead.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.actor_fields import ActorInfo
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.bodies import BodyInfo
from obecdesk.core.text import fold
from obecdesk.core.vocabulary.stakeholders import ROLE_SUGGESTIONS
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.actor_picker import PICKER_LIMIT, SEARCH_LIMIT, actor_label
from obecdesk.ui.stakeholders.member_dialog import BODY_ROLES

ID_ROLE = Qt.ItemDataRole.UserRole


class MembersAddDialog(QDialog):
    """``added`` holds the new memberships after a successful add."""

    def __init__(self, services: Services, body: BodyInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("members-add-dialog")
        self.setWindowTitle(self.tr("Přidat členy: {0}").format(body.name))
        self.services = services
        self.body = body
        self.added: list = []
        self.checked: dict[str, str] = {}  # actor id -> label, in the order ticked
        members = {m.actor_id for m in services.bodies.members(body.id)}
        rows = services.actors.list(ActorFilter(body.locality_id, erased=False),
                                    limit=PICKER_LIMIT + 1)
        #: every candidate when the locality is small enough to list, else None (search instead)
        self.candidates: list[ActorInfo] | None = (
            [a for a in rows if a.id not in members] if len(rows) <= PICKER_LIMIT else None)
        self.members = members

        self.filter = QLineEdit()
        self.filter.setObjectName("members-filter")
        self.filter.setPlaceholderText(self.tr("Hledat jméno, organizaci, roli…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.refilter)
        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(self._ticked)
        self.list = QListView()
        self.list.setObjectName("members-candidates")
        self.list.setModel(self.model)
        self.list.setMinimumHeight(260)
        self.tick_shown = QPushButton(self.tr("Vybrat zobrazené"))
        self.tick_shown.clicked.connect(lambda: self._tick_all(True))
        self.untick = QPushButton(self.tr("Zrušit výběr"))
        self.untick.clicked.connect(self.clear_ticks)
        self.count = QLabel()
        self.count.setObjectName("members-count")

        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setObjectName("members-role")
        self.role.addItems(["člen/ka", *BODY_ROLES[1:], *ROLE_SUGGESTIONS])
        self.has_joined = QCheckBox(self.tr("vstoupili dne"))
        self.has_joined.setChecked(True)
        self.joined = QDateEdit(QDate.currentDate())
        self.joined.setCalendarPopup(True)
        self.joined.setDisplayFormat("d. M. yyyy")
        self.has_joined.toggled.connect(self.joined.setEnabled)

        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_shown)
        ticks.addWidget(self.untick)
        ticks.addStretch(1)
        ticks.addWidget(self.count)
        joined = QHBoxLayout()
        joined.addWidget(self.has_joined)
        joined.addWidget(self.joined)
        joined.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Role všech vybraných"), self.role)
        form.addRow(joined)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setObjectName("add-selected")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(ticks)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 560)
        self.refilter()

    # -- the list ------------------------------------------------------------------------------

    def shown(self) -> list[ActorInfo]:
        """The candidates the filter lets through."""
        text = self.filter.text().strip()
        if self.candidates is not None:
            words = fold(text).split()
            return [a for a in self.candidates
                    if all(w in fold(f"{actor_label(a)} {a.role}") for w in words)]
        if len(text) < 2:
            return []
        found = self.services.actors.list(ActorFilter(self.body.locality_id, search=text,
                                                      erased=False), limit=SEARCH_LIMIT)
        return [a for a in found if a.id not in self.members]

    def refilter(self, *_args) -> None:
        self.model.blockSignals(True)
        self.model.clear()
        for actor in self.shown():
            item = QStandardItem(actor_label(actor))
            item.setData(actor.id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if actor.id in self.checked
                               else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.model.blockSignals(False)
        self.list.reset()
        self._show_count()

    def _ticked(self, item: QStandardItem) -> None:
        actor_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked.setdefault(actor_id, item.text())
        else:
            self.checked.pop(actor_id, None)
        self._show_count()

    def tick(self, actor_id: str, on: bool = True) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ID_ROLE) == actor_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.model.rowCount()):
            self.model.item(row).setCheckState(state)

    def clear_ticks(self) -> None:
        self.checked.clear()
        self.refilter()

    def _show_count(self) -> None:
        self.count.setText(self.tr("Vybráno: {0}").format(len(self.checked)))
        self.add_button.setText(self.tr("Přidat vybrané ({0})").format(len(self.checked)))
        self.add_button.setEnabled(bool(self.checked))

    # -- adding --------------------------------------------------------------------------------

    def accept(self) -> None:
        joined = self.joined.date().toPython() if self.has_joined.isChecked() else None
        added = run_guarded(self, lambda: self.services.bodies.add_members(
            self.body.id, list(self.checked), role=self.role.currentText(), joined_on=joined))
        if added is not None:
            self.added = added
            super().accept()
