"""Fitting screens to a town-hall laptop: window size, remembered splitters, scrolling forms.

A 1366×768 screen (or 1280×720 at 125 % scaling) is the size to design for. The helpers here are
what every screen uses so that none of them forces a size, loses its layout between runs, or
grows taller than the screen (columns that fit are in :mod:`obecdesk.ui.columns`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QWidget,
)

from obecdesk.ui.settings import Settings, splitter_state

#: the window size a first start asks for when the screen has room for it
PREFERRED_WINDOW = QSize(1280, 800)
#: room a window manager's title bar and borders take around a window (a generous guess)
_FRAME = QSize(16, 48)


def fit_window(window: QWidget, preferred: QSize = PREFERRED_WINDOW) -> None:
    """Give ``window`` its ``preferred`` size where the screen has room for it and its frame;
    on a smaller screen (a 1366×768 laptop) open it maximized instead: a window taller than
    the screen hides its status bar, and only the window manager knows its title bar's height."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(preferred)
        return
    area = screen.availableGeometry()
    fits = (preferred.width() + _FRAME.width() <= area.width()
            and preferred.height() + _FRAME.height() <= area.height())
    if fits:
        window.resize(preferred)
        window.move(area.center() - window.rect().center())
    else:
        window.resize(min(preferred.width(), area.width() - _FRAME.width()),
                      min(preferred.height(), area.height() - _FRAME.height()))
        window.move(area.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def clamp_to_screen(window: QWidget) -> None:
    """After restoring a saved geometry: a window saved on a bigger screen shrinks to this one."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    if window.width() > area.width() or window.height() > area.height():
        window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
    if not area.intersects(window.frameGeometry()):
        window.move(area.topLeft())


class _SplitterMemory(QObject):
    """Restores a named splitter's sizes and saves them shortly after the user drags it."""

    def __init__(self, splitter: QSplitter, settings: Settings) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.settings = settings
        self.setting = splitter_state(splitter.objectName())
        state = settings.get(self.setting)
        if state:
            splitter.restoreState(state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.save)
        splitter.splitterMoved.connect(lambda *_: self._timer.start())

    def save(self, *, sync: bool = True) -> None:
        self.settings.set(self.setting, bytes(self.splitter.saveState()), sync=sync)


def remember_splitters(root: QWidget, settings: Settings) -> list[QSplitter]:
    """Every named splitter under ``root`` (and ``root`` itself) keeps its position between runs.

    Splitters without an object name are left alone: the name is the settings key.
    """
    found = [root] if isinstance(root, QSplitter) else []
    found += root.findChildren(QSplitter)
    remembered = []
    for splitter in found:
        if splitter.objectName() and splitter.findChild(_SplitterMemory) is None:
            _SplitterMemory(splitter, settings)
            remembered.append(splitter)
    return remembered


def save_splitters(root: QWidget, *, sync: bool = True) -> None:
    """Save every remembered splitter now (on close, in case a drag's timer has not fired);
    without ``sync`` the caller writes the settings file once it has saved the rest."""
    for memory in root.findChildren(_SplitterMemory):
        memory.save(sync=sync)


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a long form scrolls instead of forcing the window
    taller than a laptop screen."""
    area = QScrollArea()
    area.setObjectName(f"scroll-{widget.objectName()}" if widget.objectName() else "")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
