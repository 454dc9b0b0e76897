"""Base class of capability views: records its connections and drops them when it goes away."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtWidgets import QWidget

from obecdesk.store.changes import ChangeSet
from obecdesk.ui.context import AppContext


class CapabilityView(QWidget):
    """One entry of the left-hand navigation.

    Subclasses override :meth:`on_changes` (refresh only if the change concerns them) and
    :meth:`on_locality_changed`. Connections made through :meth:`listen` are disconnected when
    the view is destroyed, so a closed view never receives a stale update. A hidden view (another
    screen is in front) without unsaved edits follows a locality switch only when it is shown
    again: every screen once opened would otherwise reload at each switch (issue #21).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._connections: list[tuple[SignalInstance, Callable]] = []
        self.listen(ctx.hub.changed, self.on_changes)
        self._pending_locality: str | None = None
        self.listen(ctx.locality_changed, self._locality_switched)
        # not a bound method: by the time ``destroyed`` fires the view's methods are gone
        connections = self._connections
        self.destroyed.connect(lambda *_: _disconnect_all(connections))

    def listen(self, signal: SignalInstance, slot: Callable) -> None:
        """Connect ``slot``; Qt drops slots that are this view's methods itself, we drop the rest."""
        signal.connect(slot)
        if getattr(slot, "__self__", None) is not self:
            self._connections.append((signal, slot))

    def has_unsaved_edits(self) -> bool:
        """True while typed work is not saved: such a view settles it at the switch itself."""
        return False

    def _locality_switched(self, locality_id: str) -> None:
        # a view of its own (no parent, as in a dialog or test) is never "behind" another screen
        behind = self.parentWidget() is not None and self.isHidden()
        if behind and not self.has_unsaved_edits():
            self._pending_locality = locality_id
            return
        self._pending_locality = None
        self.on_locality_changed(locality_id)

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        # ShowToParent: the stack put this view in front (also while the window is not shown)
        if event.type() == QEvent.Type.ShowToParent and self._pending_locality is not None:
            locality_id, self._pending_locality = self._pending_locality, None
            self.on_locality_changed(locality_id)
        return super().event(event)

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh if ``changes`` touches what this view shows."""

    def on_locality_changed(self, locality_id: str) -> None:
        """The locality switcher moved to ``locality_id`` ("" when there is none)."""


def _disconnect_all(connections: list[tuple[SignalInstance, Callable]]) -> None:
    for signal, slot in connections:
        with contextlib.suppress(RuntimeError, TypeError, SystemError):
            signal.disconnect(slot)
    connections.clear()
