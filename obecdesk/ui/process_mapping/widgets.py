"""Small building blocks the process-mapping panels share: a wrapping table, a button row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def table(model, name: str, *, stretch: tuple[int, ...] = (), wrap: bool = False) -> QTableView:
    """A read-only, single-selection table whose ``stretch`` columns share the spare width;
    ``wrap`` lets long text (formal and informal practice) wrap in tall rows."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(wrap)
    view.setMinimumHeight(90)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def button_row(*buttons: tuple[str, str, Callable[[], object]]) -> tuple[QHBoxLayout,
                                                                        dict[str, QPushButton]]:
    """Buttons (object name, label, slot) left-aligned in a row; returned by name too."""
    row = QHBoxLayout()
    made: dict[str, QPushButton] = {}
    for name, label, slot in buttons:
        button = QPushButton(label)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, s=slot: s())
        row.addWidget(button)
        made[name] = button
    row.addStretch(1)
    return row, made


def page(top: QWidget, below: QWidget | QLayout, *, margins: bool = True) -> QWidget:
    """``top`` stretching over ``below`` (a button row, or a widget that takes the rest)."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    if isinstance(below, QWidget):
        layout.addWidget(top)
        layout.addWidget(below, 1)
    else:
        layout.addWidget(top, 1)
        layout.addLayout(below)
    return widget


def confirm(parent: QWidget, title: str, question: str) -> bool:
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


def selected_row(view: QTableView) -> int:
    """The source row of the selected line (through a filter proxy), -1 for none."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return -1
    index = rows[0]
    model = view.model()
    if hasattr(model, "mapToSource"):
        index = model.mapToSource(index)
    return index.row()


def selected_item(view: QTableView, model) -> Any:
    """The row value of the selected line, None for none."""
    row = selected_row(view)
    return model.row_at(row) if row >= 0 else None
