"""Members of the chosen body: the table, and adding, editing, ending or removing a membership."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.bodies import BodyInfo
from obecdesk.core.stakeholders.memberships import MemberInfo
from obecdesk.ui.columns import fitting_table
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.selection import enable_with_selection
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.member_dialog import MemberDialog
from obecdesk.ui.stakeholders.members_add_dialog import MembersAddDialog
from obecdesk.ui.stakeholders.members_model import MemberColumn, MembersTableModel

_TEXT_COLUMNS = (MemberColumn.NAME, MemberColumn.ORGANISATION, MemberColumn.ROLE)


class MembersPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.body: BodyInfo | None = None
        self.dialog: MemberDialog | None = None
        self.many_dialog: MembersAddDialog | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.show_former = QCheckBox(self.tr("i bývalí členové"))
        self.show_former.toggled.connect(lambda _on: self.reload())
        self.model = MembersTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("members-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        # text columns share the width; dates and the yes/no column take what they need
        # the member's name is what the coordinator reads: fitted to the names, never squeezed
        for column in MemberColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in _TEXT_COLUMNS
                                        and column != MemberColumn.NAME
                                        else QHeaderView.ResizeMode.Interactive)
        fitting_table(self.table, max_width=220)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())

        self.add_button = QPushButton(self.tr("Přidat člena…"))
        self.add_button.setObjectName("add-member")
        self.add_button.clicked.connect(self.add_member)
        self.add_many_button = QPushButton(self.tr("Přidat více členů…"))
        self.add_many_button.setObjectName("add-members")
        self.add_many_button.setToolTip(self.tr("Zaškrtněte více aktérů lokality a přidejte je "
                                                "najednou se stejnou rolí."))
        self.add_many_button.clicked.connect(self.add_members)
        self.edit_button = QPushButton(self.tr("Role a data…"))
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button = QPushButton(self.tr("Ukončit členství"))
        self.end_button.setToolTip(self.tr("Zapíše dnešní datum odchodu; záznam zůstane mezi "
                                           "bývalými členy."))
        self.end_button.clicked.connect(self.end_member)
        self.remove_button = QPushButton(self.tr("Odebrat (omyl)"))
        self.remove_button.setToolTip(self.tr("Smaže záznam o členství zadaný omylem; kdo "
                                              "odešel, tomu ukončete členství."))
        self.remove_button.clicked.connect(self.remove_member)

        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.show_former)
        buttons = QVBoxLayout()  # two rows: the panel stays narrow enough for a laptop
        for row_buttons in ((self.add_button, self.add_many_button),
                            (self.edit_button, self.end_button, self.remove_button)):
            row = QHBoxLayout()
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        enable_with_selection(self.table, self.edit_button, self.end_button, self.remove_button)
        self.show_body(None)

    def show_body(self, body: BodyInfo | None) -> None:
        self.body = body
        for button in (self.add_button, self.add_many_button):
            button.setEnabled(body is not None)
        self.reload()

    def reload(self) -> None:
        body = self.body
        self.model.set_rows(self.services.bodies.members(
            body.id, include_former=self.show_former.isChecked()) if body else [])
        self.title.setText(self.tr("Členové: {0}").format(body.name) if body else "")

    def selected_member(self) -> MemberInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def member_names(self) -> list[str]:
        return [self.model.row_at(r).actor_name for r in range(self.model.rowCount())]

    # -- actions -----------------------------------------------------------------------------

    def add_member(self) -> None:
        if self.body is not None:
            self.dialog = MemberDialog(self.services, self.body, None, self)
            self.dialog.open()

    def add_members(self) -> None:
        if self.body is not None:
            self.many_dialog = MembersAddDialog(self.services, self.body, self)
            self.many_dialog.open()

    def edit_member(self) -> None:
        member = self.selected_member()
        if self.body is not None and member is not None:
            self.dialog = MemberDialog(self.services, self.body, member, self)
            self.dialog.open()

    def end_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            run_guarded(self, lambda: self.services.bodies.end_membership(
                member.id, dt.date.today()))

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        answer = QMessageBox.question(self, self.tr("Odebrat člena"), self.tr(
            "Odebrat záznam o členství {0}? Použijte jen pro záznam zadaný omylem.")
            .format(member.actor_name))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.services.bodies.remove_member(member.id))
