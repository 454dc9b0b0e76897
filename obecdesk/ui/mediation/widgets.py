"""The table and button row every tab of the mediation screen is made of."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableView, QWidget

from obecdesk.ui.columns import fitting_table, rows_follow_columns


def row_table(model, stretch: int, name: str) -> QTableView:
    """A one-row-at-a-time table whose ``stretch`` column takes the room left and whose rows
    grow to their wrapped text."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fitting_table(table, max_width=260)
    rows_follow_columns(table)
    return table


def button_bar(*widgets: QWidget) -> QHBoxLayout:
    bar = QHBoxLayout()
    for widget in widgets:
        bar.addWidget(widget)
    bar.addStretch(1)
    return bar
