"""A warning in the main window's status bar when the current locality's acute or systematic
cooperation is in its last two weeks or past its planned end: once per locality and run, so it
reminds without nagging (the locality detail and Spolupráce keep showing the countdown)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from obecdesk.core.cooperation.service import CooperationService
from obecdesk.errors import UserError
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.context import AppContext
from obecdesk.ui.cooperation.countdown_text import warning_sentence

#: how long the warning stays in the status bar (ms)
SHOWN_MS = 30_000


class EndWarning(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext, cooperation: CooperationService,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        self.window = window
        self.cooperation = cooperation
        self.today = today
        self.warned: set[str] = set()
        #: the last sentence shown (tests and the screenshot script read it)
        self.shown = ""
        self.ctx = ctx
        ctx.locality_changed.connect(self.check)
        # a memorandum or a planned end saved later may bring the end within two weeks
        ctx.hub.changed.connect(self._on_changes)
        self.check(ctx.locality_id)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("cooperations", "localities"):
            self.check(self.ctx.locality_id)

    def check(self, locality_id: str) -> None:
        if not locality_id or locality_id in self.warned:
            return
        try:
            frame = self.cooperation.frame(locality_id, self.today())
        except UserError:  # the locality was removed meanwhile
            return
        value = frame.countdown
        if value is None or not value.warning:
            return
        self.warned.add(locality_id)
        self.shown = warning_sentence(frame.locality_name, value)
        self.window.statusBar().showMessage(self.shown, SHOWN_MS)
