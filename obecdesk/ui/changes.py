"""The one typed broadcast of "these entity kinds / ids changed" from the store to every view."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from obecdesk.store import Store
from obecdesk.store.changes import ChangeSet


class ChangeHub(QObject):
    """Re-emits each committed :class:`ChangeSet` of the store as a Qt signal, on the GUI thread.

    The store tells its listeners on whichever thread committed (an actor import commits in a
    worker). Views must only ever hear ``changed`` on the thread the hub lives in, whatever kind
    of receiver they connect, so a commit from another thread is queued to the hub's thread
    here, once, instead of relying on each receiver's connection type. A commit on the hub's
    own thread is delivered at once, as before: the caller sees refreshed views when it returns.
    """

    changed = Signal(object)  # ChangeSet
    #: carries a commit made on another thread to the hub's thread (a queued connection)
    _crossing = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._crossing.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        store.subscribe(self._forward)
        self.destroyed.connect(lambda *_: store.unsubscribe(self._forward))

    def _forward(self, changes: ChangeSet) -> None:
        if QThread.currentThread() == self.thread():
            self.changed.emit(changes)
        else:
            self._crossing.emit(changes)

    @Slot(object)
    def _deliver(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self._store.unsubscribe(self._forward)
