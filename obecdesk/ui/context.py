"""What every view receives in its constructor: the change broadcast, settings, the locality."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from obecdesk.store import Store
from obecdesk.ui.changes import ChangeHub
from obecdesk.ui.settings import LAST_LOCALITY, Settings


class AppContext(QObject):
    """The opened store, its change broadcast, the settings and the locality being worked on.

    Passed explicitly to each view (no global application object); views read the current
    locality here and hear ``locality_changed`` when the switcher moves. The services a view
    uses come separately, in its constructor (see :mod:`obecdesk.ui.services`).
    """

    locality_changed = Signal(str)  # locality id, "" for none
    #: a view asks the window to show another screen (a capability key)
    show_requested = Signal(str)

    def __init__(self, store: Store, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.hub = ChangeHub(store, self)
        self._locality_id = settings.get(LAST_LOCALITY)

    @property
    def locality_id(self) -> str:
        return self._locality_id

    def set_locality(self, locality_id: str) -> None:
        if locality_id != self._locality_id:
            self._locality_id = locality_id
            self.settings.set(LAST_LOCALITY, locality_id)
            self.locality_changed.emit(locality_id)
