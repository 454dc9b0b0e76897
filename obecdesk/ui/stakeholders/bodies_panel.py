"""Bodies of the partnership: the list, the chosen body's members, and its composition check."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.bodies import BodyInfo, MemberInfo
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.body_dialog import BodyDialog
from obecdesk.ui.stakeholders.composition_panel import CompositionPanel
from obecdesk.ui.stakeholders.member_dialog import MemberDialog
from obecdesk.ui.stakeholders.members_model import MemberColumn, MembersTableModel
from obecdesk.ui.stakeholders.services import StakeholderServices


def _column(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        if isinstance(widget, (QHBoxLayout, QGridLayout)):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget, 1 if (stretch_first and index == 1) else 0)
    return holder


class BodiesPanel(QWidget):
    def __init__(self, services: StakeholderServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.locality_id = ""
        self.dialog: BodyDialog | MemberDialog | None = None
        self._bodies: list[BodyInfo] = []

        self.body_list = QListWidget()
        self.body_list.setObjectName("bodies-list")
        self.body_list.setSpacing(3)
        self.body_list.setWordWrap(True)
        self.body_list.currentRowChanged.connect(lambda _row: self._show_body())
        self.new_body = QPushButton(self.tr("Nový orgán…"))
        self.new_body.setObjectName("new-body")
        self.new_body.clicked.connect(lambda: self._open_body_dialog(None))
        self.edit_body = QPushButton(self.tr("Upravit…"))
        self.edit_body.clicked.connect(lambda: self._open_body_dialog(self.selected_body()))
        self.delete_body = QPushButton(self.tr("Smazat"))
        self.delete_body.clicked.connect(self._delete_body)
        body_buttons = QGridLayout()  # two rows keep the list column narrow
        body_buttons.addWidget(self.new_body, 0, 0, 1, 2)
        body_buttons.addWidget(self.edit_body, 1, 0)
        body_buttons.addWidget(self.delete_body, 1, 1)

        self.members_title = QLabel()
        self.members_title.setStyleSheet("font-weight: bold;")
        self.show_former = QCheckBox(self.tr("i bývalí členové"))
        self.show_former.toggled.connect(lambda _on: self._show_members())
        self.members_model = MembersTableModel(self)
        self.members = QTableView()
        self.members.setObjectName("members-table")
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.verticalHeader().hide()
        header = self.members.horizontalHeader()
        # text columns share the width; dates and the yes/no column take what they need
        for column in MemberColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (MemberColumn.NAME, MemberColumn.ORGANISATION,
                                                      MemberColumn.ROLE)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.members.setWordWrap(False)
        self.members.verticalHeader().setDefaultSectionSize(24)
        self.members.doubleClicked.connect(lambda _i: self._edit_member())
        self.add_member = QPushButton(self.tr("Přidat člena…"))
        self.add_member.setObjectName("add-member")
        self.add_member.clicked.connect(self._add_member)
        self.edit_member = QPushButton(self.tr("Role a data…"))
        self.edit_member.clicked.connect(self._edit_member)
        self.end_member = QPushButton(self.tr("Ukončit členství"))
        self.end_member.setToolTip(self.tr("Zapíše dnešní datum odchodu; záznam zůstane mezi "
                                           "bývalými členy."))
        self.end_member.clicked.connect(self._end_member)
        self.remove_member = QPushButton(self.tr("Odebrat (omyl)"))
        self.remove_member.setToolTip(self.tr("Smaže záznam o členství zadaný omylem; kdo "
                                              "odešel, tomu ukončete členství."))
        self.remove_member.clicked.connect(self._remove_member)
        member_buttons = QHBoxLayout()
        for button in (self.add_member, self.edit_member, self.end_member, self.remove_member):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        title_row = QHBoxLayout()
        title_row.addWidget(self.members_title, 1)
        title_row.addWidget(self.show_former)

        self.composition = CompositionPanel(services.composition, self)

        splitter = QSplitter()
        splitter.addWidget(_column(QLabel(self.tr("Orgány partnerství")), self.body_list,
                                   body_buttons, stretch_first=True))
        splitter.addWidget(_column(title_row, self.members, member_buttons, stretch_first=True))
        splitter.addWidget(self.composition)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # the first real width is known only now
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([int(width * 0.19), int(width * 0.5), int(width * 0.31)])

    # -- data --------------------------------------------------------------------------------

    def set_locality(self, locality_id: str) -> None:
        self.locality_id = locality_id
        self.reload()

    def reload(self) -> None:
        selected = self.selected_body()
        self._bodies = self.services.bodies.list(self.locality_id) if self.locality_id else []
        self.body_list.blockSignals(True)
        self.body_list.clear()
        for body in self._bodies:
            text = self.tr("{0}\n{1} · členů: {2}").format(
                body.name, vocab(BodyKind.label_of(body.kind)), body.member_count)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, body.id)
            self.body_list.addItem(item)
        ids = [b.id for b in self._bodies]
        row = ids.index(selected.id) if selected and selected.id in ids else (0 if ids else -1)
        self.body_list.setCurrentRow(row)
        self.body_list.blockSignals(False)
        self.new_body.setEnabled(bool(self.locality_id))
        self._show_body()

    def selected_body(self) -> BodyInfo | None:
        row = self.body_list.currentRow()
        return self._bodies[row] if 0 <= row < len(self._bodies) else None

    def select_body(self, body_id: str) -> None:
        ids = [b.id for b in self._bodies]
        if body_id in ids:
            self.body_list.setCurrentRow(ids.index(body_id))

    def _show_body(self) -> None:
        body = self.selected_body()
        for button in (self.edit_body, self.delete_body, self.add_member, self.edit_member,
                       self.end_member, self.remove_member):
            button.setEnabled(body is not None)
        self._show_members()
        self.composition.show_body(body.id if body else None)

    def _show_members(self) -> None:
        body = self.selected_body()
        members = (self.services.bodies.members(body.id, include_former=self.show_former.isChecked())
                   if body else [])
        self.members_model.set_members(members)
        self.members_title.setText(self.tr("Členové: {0}").format(body.name) if body else "")

    def selected_member(self) -> MemberInfo | None:
        index = self.members.currentIndex()
        return self.members_model.member_at(index.row()) if index.isValid() else None

    # -- actions -----------------------------------------------------------------------------

    def _open_body_dialog(self, body: BodyInfo | None) -> None:
        if not self.locality_id:
            return
        self.dialog = BodyDialog(self.services, self.locality_id, body, self)
        self.dialog.accepted.connect(self._body_saved)
        self.dialog.open()

    def _body_saved(self) -> None:
        if isinstance(self.dialog, BodyDialog) and self.dialog.saved is not None:
            self.reload()
            self.select_body(self.dialog.saved.id)

    def _delete_body(self) -> None:
        body = self.selected_body()
        if body is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat orgán"), self.tr(
            "Smazat orgán {0} i se záznamy o členství?").format(body.name))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.services.bodies.delete(body.id))

    def _add_member(self) -> None:
        body = self.selected_body()
        if body is not None:
            self.dialog = MemberDialog(self.services, body, None, self)
            self.dialog.open()

    def _edit_member(self) -> None:
        body, member = self.selected_body(), self.selected_member()
        if body is not None and member is not None:
            self.dialog = MemberDialog(self.services, body, member, self)
            self.dialog.open()

    def _end_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            run_guarded(self, lambda: self.services.bodies.end_membership(
                member.id, dt.date.today()))

    def _remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        answer = QMessageBox.question(self, self.tr("Odebrat člena"), self.tr(
            "Odebrat záznam o členství {0}? Použijte jen pro záznam zadaný omylem.")
            .format(member.actor_name))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.services.bodies.remove_member(member.id))
