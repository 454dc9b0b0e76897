"""The status bar's "Uloženo 14:32": when the coordinator's work last reached the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from obecdesk.core.formatting import time_text
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.changes import ChangeHub


class SavedState(QLabel):
    def __init__(self, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved-state")
        #: the clock it reads (tests set theirs)
        self.now: Callable[[], dt.datetime] = dt.datetime.now
        hub.changed.connect(self._saved)

    def _saved(self, changes: ChangeSet) -> None:
        if changes:
            self.setText(self.tr("Uloženo {0}").format(time_text(self.now().time())))
