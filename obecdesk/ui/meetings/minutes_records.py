"""Decisions and action items under the minutes text: one tabbed place, each table several rows.

Stacked one above the other they left the text three lines and each table one row on a laptop;
as two switchable pages (with their counts) the text keeps most of the height while typing.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableView,
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


class RecordsTabs(QWidget):
    """Two pages switched by two toggle buttons with counts (a tab bar here clipped the accent
    of "Úkoly" in Qt's Fusion style); ``currentIndex``/``setCurrentIndex`` as a tab widget."""

    def __init__(self, decisions: QWidget, actions: QWidget, decisions_model: QAbstractItemModel,
                 actions_model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes-records")
        self.models = (decisions_model, actions_model)
        self.pages = QStackedWidget()
        self.buttons = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for index, page in enumerate((decisions, actions)):
            self.pages.addWidget(page)
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(("show-decisions", "show-actions")[index])
            self.buttons.addButton(button, index)
            switch.addWidget(button)
        switch.addStretch(1)
        self.buttons.idClicked.connect(self.pages.setCurrentIndex)
        self.buttons.button(DECISIONS).setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(switch)
        layout.addWidget(self.pages, 1)
        for model in self.models:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.recount)
        self.recount()

    def currentIndex(self) -> int:  # noqa: N802 - reads as QTabWidget's
        return self.pages.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - reads as QTabWidget's
        self.buttons.button(index).setChecked(True)
        self.pages.setCurrentIndex(index)

    def recount(self, *_args) -> None:
        self.buttons.button(DECISIONS).setText(
            self.tr("Usnesení ({0})").format(self.models[0].rowCount()))
        self.buttons.button(ACTIONS).setText(
            self.tr("Úkoly ({0})").format(self.models[1].rowCount()))
