"""The left side of the meetings page: filters, the meeting list and the "new meeting" action."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.meetings.meeting_types import MeetingInfo
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.bodies import BodyInfo
from obecdesk.core.vocabulary.meetings import MeetingStatus
from obecdesk.ui.columns import fitting_table
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.list_model import Column, MeetingsTableModel
from obecdesk.ui.selection import enable_with_selection

#: the body filter entry for meetings without a body (public meetings, round tables)
NO_BODY = "-"


class MeetingListPanel(QWidget):
    """``meeting_activated(id)`` when the user picks a row; ``new_requested`` for "Nové jednání"."""

    meeting_activated = Signal(str)
    new_requested = Signal()
    delete_requested = Signal(str)

    def __init__(self, service: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.locality_id = ""
        self._selecting = False

        self.body_filter = QComboBox()
        self.body_filter.setObjectName("body-filter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status-filter")
        self.status_filter.addItem(self.tr("Všechny stavy"), None)
        for value, label in MeetingStatus.choices():
            self.status_filter.addItem(vocab(label), value)
        self.body_filter.currentIndexChanged.connect(self.reload)
        self.status_filter.currentIndexChanged.connect(self.reload)

        self.model = MeetingsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("meetings-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # sized from a sample of rows at each reset: ResizeToContents read every loaded row
        # through data() whenever the list was reloaded or a row selected
        self.table.horizontalHeader().setSectionResizeMode(Column.TITLE,
                                                           QHeaderView.ResizeMode.Stretch)
        fitting_table(self.table, caps={Column.BODY: 220})
        self.table.setMinimumHeight(110)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.new_button = QPushButton(self.tr("Nové jednání…"))
        self.new_button.setObjectName("new-meeting")
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button = QPushButton(self.tr("Smazat"))
        self.delete_button.setObjectName("delete-meeting")
        self.delete_button.clicked.connect(self._delete)
        self.count_label = QLabel()
        enable_with_selection(self.table, self.delete_button)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Orgán:")))
        bar.addWidget(self.body_filter, 1)
        bar.addWidget(QLabel(self.tr("Stav:")))
        bar.addWidget(self.status_filter, 1)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    # -- content ---------------------------------------------------------------------------------

    def set_locality(self, locality_id: str, bodies: list[BodyInfo]) -> None:
        self.locality_id = locality_id
        self.set_bodies(bodies)
        self.new_button.setEnabled(bool(locality_id))
        self.reload()

    def set_bodies(self, bodies: list[BodyInfo]) -> None:
        current = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Všechny orgány"), None)
        for body in bodies:
            self.body_filter.addItem(body.name, body.id)
        self.body_filter.addItem(self.tr("Veřejná setkání a kulaté stoly"), NO_BODY)
        self.body_filter.setCurrentIndex(max(self.body_filter.findData(current), 0))
        self.body_filter.blockSignals(False)

    def reload(self, *_args) -> None:
        """Fetch the locality's meetings again, keeping the selected one selected.

        Filtering and paging happen in SQL through the service (``LIMIT``/``OFFSET``).
        """
        selected = self.selected_id()
        body = self.body_filter.currentData()
        filters = {"body_id": None if body == NO_BODY else body,
                   "without_body": body == NO_BODY,
                   "status": self.status_filter.currentData()}
        locality_id = self.locality_id
        if not locality_id:
            fetch, total = None, 0
        else:
            def fetch(offset: int, limit: int) -> list[MeetingInfo]:
                return self.service.list(locality_id, offset=offset, limit=limit, **filters)
            total = self.service.count(locality_id, **filters)
        self._selecting = True
        self.model.reset(fetch)
        self._selecting = False
        self.count_label.setText(self.tr("{0} jednání").format(total))
        if selected and locality_id and self.service.is_listed(selected, locality_id, **filters):
            self.select(selected, notify=False)  # reads pages only up to the selected row

    def selected_id(self) -> str:
        index = self.table.selectionModel().currentIndex()
        return self.model.summary(index.row()).id if index.isValid() else ""

    def select(self, meeting_id: str, *, notify: bool = True) -> bool:
        row = self.model.row_of(meeting_id) if meeting_id else -1
        self._selecting = not notify
        try:
            if row < 0:
                self.table.selectionModel().clearCurrentIndex()
                self.table.clearSelection()
                return False
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, Column.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, Column.TITLE))
            return True
        finally:
            self._selecting = False

    def _row_changed(self, current, _previous) -> None:
        if not self._selecting and current.isValid():
            self.meeting_activated.emit(self.model.summary(current.row()).id)

    def _delete(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            self.delete_requested.emit(meeting_id)
