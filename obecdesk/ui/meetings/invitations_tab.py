"""Pozvánky: who is invited (the body's members by default), when invitations went out,
and the e-mail draft (.eml) and calendar invitation (.ics) to send them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.meetings.draft_rows import AttendanceRow
from obecdesk.ui.meetings.attendance_model import AttendanceModel, InviteesProxy
from obecdesk.ui.meetings.widgets import OptionalDateEdit
from obecdesk.ui.selection import enable_with_selection


class ActorCombo(QComboBox):
    """Pick an actor by typing part of the name (any position, any case)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_actors(self, actors: list[tuple[str, str, str]]) -> None:
        """``[(id, name, organisation), ...]``."""
        self.clear()
        for actor_id, name, organisation in actors:
            self.addItem(f"{name} – {organisation}" if organisation else name, actor_id)
            self.setItemData(self.count() - 1, (name, organisation), Qt.ItemDataRole.UserRole + 1)
        self.setCurrentIndex(-1)

    def picked(self) -> tuple[str, str, str] | None:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        name, organisation = self.itemData(index, Qt.ItemDataRole.UserRole + 1)
        return self.itemData(index), name, organisation


class InvitationsTab(QWidget):
    """``edited`` on any change; ``eml_requested`` / ``ics_requested`` ask the editor to export;
    ``members_requested`` asks it to add the current members of the body."""

    edited = Signal()
    eml_requested = Signal()
    ics_requested = Signal()
    members_requested = Signal()

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = InviteesProxy(self)
        self.proxy.setSourceModel(model)
        self._loading = False

        self.table = QTableView()
        self.table.setObjectName("invitees-table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.count_label = QLabel()
        self.count_label.setObjectName("invitee-count")
        self.actor_combo = ActorCombo()
        self.actor_combo.setObjectName("invitee-picker")
        add = QPushButton(self.tr("Pozvat"))
        add.setObjectName("add-invitee")
        add.clicked.connect(self.add_picked)
        members = QPushButton(self.tr("Pozvat všechny členy orgánu"))
        members.setObjectName("invite-members")
        members.clicked.connect(self.members_requested)
        remove = QPushButton(self.tr("Odebrat z pozvaných"))
        remove.setObjectName("remove-invitee")
        remove.clicked.connect(self.remove_selected)
        enable_with_selection(self.table, remove)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Aktér:")))
        picker.addWidget(self.actor_combo, 1)
        picker.addWidget(add)
        picker.addWidget(members)
        picker.addWidget(remove)

        self.sent_on = OptionalDateEdit()
        self.sent_on.setObjectName("invitations-sent-on")
        self.sent_on.dateChanged.connect(self._changed)
        today = QPushButton(self.tr("Dnes"))
        today.clicked.connect(lambda: self.sent_on.set_value(dt.date.today()))
        self.clear_sent_on = QPushButton(self.tr("Vymazat"))
        self.clear_sent_on.setObjectName("clear-sent-on")
        self.clear_sent_on.setToolTip(self.tr("Pozvánky zatím nebyly rozeslány."))
        self.clear_sent_on.clicked.connect(lambda: self.sent_on.set_value(None))
        self.eml_button = QPushButton(self.tr("E-mail s pozvánkou (.eml)"))
        self.eml_button.setObjectName("export-eml")
        self.eml_button.clicked.connect(self.eml_requested)
        self.ics_button = QPushButton(self.tr("Pozvánka do kalendáře (.ics)"))
        self.ics_button.setObjectName("export-ics")
        self.ics_button.clicked.connect(self.ics_requested)
        sending = QHBoxLayout()
        sending.addWidget(QLabel(self.tr("Pozvánky rozeslány dne:")))
        sending.addWidget(self.sent_on)
        sending.addWidget(today)
        sending.addWidget(self.clear_sent_on)
        sending.addStretch(1)
        sending.addWidget(self.eml_button)
        sending.addWidget(self.ics_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(picker)
        layout.addWidget(self.table, 1)
        layout.addLayout(sending)

        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_count)
        self._update_count()

    def set_actors(self, actors: list[tuple[str, str, str]]) -> None:
        self.actor_combo.set_actors(actors)

    def set_sent_on(self, day: dt.date | None) -> None:
        self._loading = True
        self.sent_on.set_value(day)
        self._loading = False

    def sent_on_value(self) -> dt.date | None:
        return self.sent_on.value()

    def add_picked(self) -> None:
        picked = self.actor_combo.picked()
        if picked is None:
            return
        actor_id, name, organisation = picked
        row = self.model.add(AttendanceRow(name=name, organisation=organisation,
                                           actor_id=actor_id))
        self.actor_combo.setCurrentIndex(-1)
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def remove_selected(self) -> None:
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove(row)

    def _update_count(self, *_args) -> None:
        self.count_label.setText(self.tr("Pozváno: {0}").format(self.proxy.rowCount()))

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()
