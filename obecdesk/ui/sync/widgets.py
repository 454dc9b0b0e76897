"""Small pieces shared by the panels of the Synchronizace page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

CARD_FILTER = "*.obeccard *.json"
BUNDLE_FILTER = "*.obecbundle"


def value_label(name: str, *, monospace: bool = False) -> QLabel:
    """A selectable value of a form (fingerprints are read aloud, so they can be copied)."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if monospace:
        label.setStyleSheet("font-family: monospace; font-size: 12pt;")
    return label


def table(name: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
