"""Moje otevřené úkoly: my open action items of every locality (the profile, Nastavení → Já,
says who I am), or everyone's or one owner's; earliest due first, overdue in red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.collation import person_key
from obecdesk.core.meetings.action_items import ActionItemInfo, ActionItemService
from obecdesk.core.profile import ProfileService
from obecdesk.core.vocabulary.meetings import ActionStatus
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.meetings.tasks_model import Column, TasksTableModel


class OpenTasksPage(QWidget):
    """``open_meeting(locality_id, meeting_id)`` when the user opens a task's meeting."""

    open_meeting = Signal(str, str)

    #: the owner filter's data for "my tasks" (an actor id otherwise, "" for everyone's)
    MINE = "me"

    def __init__(self, service: ActionItemService,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None, *, profile: ProfileService | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.profile = profile
        self.today = today
        self.model = TasksTableModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("open-tasks-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column_of(Column.TEXT),
                                    QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.model.column_of(Column.DUE), 100)
        header.resizeSection(self.model.column_of(Column.OWNER), 180)
        header.resizeSection(self.model.column_of(Column.MEETING), 260)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        self.overdue_only = QCheckBox(self.tr("Jen úkoly po termínu"))
        self.overdue_only.setObjectName("overdue-only")
        self.overdue_only.toggled.connect(self.reload)
        self.owner = QComboBox()
        self.owner.setObjectName("tasks-owner")
        self.owner.setMinimumContentsLength(18)
        self.owner.activated.connect(self.reload)
        self.summary = QLabel()
        self.summary.setObjectName("tasks-summary")
        self.summary.setWordWrap(True)  # the bar fits a laptop at 125 %
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        done = QPushButton(self.tr("Označit jako splněný"))
        done.setObjectName("mark-done")
        done.clicked.connect(self.mark_selected_done)
        open_button = QPushButton(self.tr("Otevřít jednání"))
        open_button.clicked.connect(self.open_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(QLabel(self.tr("Odpovídá:")))
        bar.addWidget(self.owner)
        bar.addWidget(self.overdue_only)
        bar.addWidget(done)
        bar.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _fill_owners(self, everyone: list[ActionItemInfo]) -> None:
        """Mine (when the profile is set), everyone's, then each owner of an open task."""
        mine = self.profile is not None and self.profile.is_set()
        offered_mine = self.owner.findData(self.MINE) >= 0
        chosen = self.MINE if mine and not offered_mine else self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        if mine:
            self.owner.addItem(self.tr("moje"), self.MINE)
        self.owner.addItem(self.tr("všichni"), "")
        owners = {i.owner_id: i.owner_name for i in everyone if i.owner_id}
        for owner_id, name in sorted(owners.items(), key=lambda kv: person_key(kv[1])):
            self.owner.addItem(name, owner_id)
        index = self.owner.findData(chosen) if chosen is not None else -1
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)
        self.owner.setToolTip("" if mine else self.tr(
            "Nastavte si profil v Nastavení → Já a uvidíte tu jen své úkoly."))

    def reload(self, *_args) -> None:
        overdue_only = self.overdue_only.isChecked()
        everyone = self.service.open_tasks(self.today(), overdue_only=overdue_only)
        self._fill_owners(everyone)
        chosen = self.owner.currentData()
        if chosen == self.MINE:
            rows = self.profile.my_open_tasks(self.today(), overdue_only=overdue_only)
        else:
            rows = [i for i in everyone if not chosen or i.owner_id == chosen]
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        text = (self.tr("Mých otevřených úkolů: {0}, z toho po termínu: {1}")
                if chosen == self.MINE else
                self.tr("Otevřených úkolů: {0}, z toho po termínu: {1}"))
        self.summary.setText(text.format(len(rows), overdue))

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def mark_selected_done(self) -> None:
        row = self._selected_row()
        if row >= 0:
            info = self.model.row_at(row)
            run_guarded(self, lambda: self.service.set_status(
                info.id, ActionStatus.DONE, on=self.today()))

    def open_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            info = self.model.row_at(row)
            self.open_meeting.emit(info.locality_id, info.meeting_id)
