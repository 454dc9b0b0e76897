"""Decisions and action items under the minutes text: one tabbed place, each table several rows.

Stacked one above the other they left the text three lines and each table one row on a laptop;
as two tabs (with their counts) the text keeps most of the height while the meeting is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from obecdesk.ui.columns import fitting_table
from obecdesk.ui.selection import enable_with_selection

DECISIONS, ACTIONS = range(2)


def records_table(name: str, model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table


def table_box(table: QTableView, add: QPushButton, remove: QPushButton) -> QWidget:
    """The table under its add/remove buttons; remove only with a row selected; columns fitted."""
    box = QWidget()
    row = QHBoxLayout()
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    layout = QVBoxLayout(box)
    layout.addLayout(row)
    layout.addWidget(table)
    # the header and three rows at least
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                           + 3 * table.verticalHeader().defaultSectionSize() + 4)
    enable_with_selection(table, remove)
    fitting_table(table)
    return box


class RecordsTabs(QTabWidget):
    def __init__(self, decisions: QWidget, actions: QWidget, decisions_model: QAbstractItemModel,
                 actions_model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes-records")
        self.models = (decisions_model, actions_model)
        self.addTab(decisions, "")
        self.addTab(actions, "")
        for model in self.models:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.recount)
        self.recount()

    def recount(self, *_args) -> None:
        self.setTabText(DECISIONS, self.tr("Usnesení ({0})").format(self.models[0].rowCount()))
        self.setTabText(ACTIONS, self.tr("Úkoly ({0})").format(self.models[1].rowCount()))
