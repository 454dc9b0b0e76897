"""The one typed broadcast of "these entity kinds / ids changed" from the store to every view."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from obecdesk.store import Store
from obecdesk.store.changes import ChangeSet


class ChangeHub(QObject):
    """Re-emits each committed :class:`ChangeSet` of the store as a Qt signal."""

    changed = Signal(object)  # ChangeSet

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.subscribe(self._forward)
        self.destroyed.connect(lambda *_: store.unsubscribe(self._forward))

    def _forward(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self._store.unsubscribe(self._forward)
