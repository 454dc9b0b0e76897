"""The actor table as a laptop screen shows it: sortable rows, one selected, sensible widths."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from obecdesk.core.stakeholders.actor_fields import ActorInfo
from obecdesk.ui.columns import fitting_table
from obecdesk.ui.stakeholders.actor_columns import ActorColumn
from obecdesk.ui.stakeholders.actor_table_model import ActorTableModel


class ActorTableView(QTableView):
    def __init__(self, model: ActorTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actors-table")
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(ActorColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # widths from the header and a sample of rows (never every row: 100,000 actors), capped
        # so a long organisation name cannot push the numbers off screen; elided text has a
        # tooltip with the whole of it
        fitting_table(self, max_width=130, caps={ActorColumn.NAME: 210})

    def selected_actor(self) -> ActorInfo | None:
        index = self.currentIndex()
        model: ActorTableModel = self.model()
        if not index.isValid() or index.row() >= model.rowCount():
            return None
        return model.actor_at(index.row())

    def select_actor(self, actor_id: str) -> bool:
        row = self.model().row_of(actor_id)
        if row >= 0:
            self.selectRow(row)
        return row >= 0
