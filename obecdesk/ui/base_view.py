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
        # not a bound method: by the time ``destroyed`` fires the view's methods are gone
        connections = self._connections
        self.destroyed.connect(lambda *_: _disconnect_all(connections))

    def listen(self, signal: SignalInstance, slot: Callable) -> None:
        """Connect ``slot``; Qt drops slots that are this view's methods itself, we drop the rest."""
        signal.connect(slot)
        if getattr(slot, "__self__", None) is not self:
            self._connections.append((signal, slot))

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh if ``changes`` touches what this view shows."""

    def on_locality_changed(self, locality_id: str) -> None:
        """The locality switcher moved to ``locality_id`` ("" when there is none)."""


def _disconnect_all(connections: list[tuple[SignalInstance, Callable]]) -> None:
    for signal, slot in connections:
        with contextlib.suppress(RuntimeError, TypeError, SystemError):
            signal.disconnect(slot)
    connections.clear()
