"""Writing mode: during a meeting the minutes take the whole height of a laptop screen.

The meeting list and the page tabs are hidden and the editor shows Zápis; the header's
"Režim psaní" button or F11 switches back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from obecdesk.ui.meetings.meeting_tabs import MINUTES


class FocusMode(QObject):
    """Over a meetings view: its ``list_panel``, ``pages`` and ``editor``."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.button = view.editor.header.focus_button
        self.list_panel = view.list_panel
        self.pages = view.pages
        self.editor_tabs = view.editor.tabs
        self.button.toggled.connect(self.set)
        QShortcut(QKeySequence(Qt.Key.Key_F11), view, activated=lambda: self.set(not self.on))

    @property
    def on(self) -> bool:
        return self.list_panel.isHidden()

    def set(self, on: bool) -> None:
        self.list_panel.setHidden(on)
        self.pages.tabBar().setHidden(on)
        self.button.blockSignals(True)
        self.button.setChecked(on)
        self.button.blockSignals(False)
        if on:
            self.pages.setCurrentIndex(0)
            self.editor_tabs.setCurrentIndex(MINUTES)
