"""Base class of capability views: records its connections and drops them when it goes away."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from obecdesk.store.changes import ChangeSet
from obecdesk.ui.context import AppContext


class CapabilityView(QWidget):
    """One entry of the left-hand navigation.

    Subclasses override :meth:`on_changes` (refresh only if the change concerns them) and
    :meth:`on_locality_changed`. Connections made through :meth:`listen` are disconnected when
    the view is destroyed, so a closed view never receives a stale update.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._connections: list[tuple[SignalInstance, Callable]] = []
        self.listen(ctx.hub.changed, self.on_changes)
        self.listen(ctx.locality_changed, self.on_locality_changed)
        self.destroyed.connect(self._drop_connections)

    def listen(self, signal: SignalInstance, slot: Callable) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _drop_connections(self, *_args) -> None:
        for signal, slot in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self._connections.clear()

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh if ``changes`` touches what this view shows."""

    def on_locality_changed(self, locality_id: str) -> None:
        """The locality switcher moved to ``locality_id`` ("" when there is none)."""
