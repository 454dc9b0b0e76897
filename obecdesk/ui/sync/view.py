"""Synchronizace: the exchanges of this replica (Přehled) and the conflicts to review."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.formatting import number_text
from obecdesk.store.changes import ChangeSet
from obecdesk.sync.conflict_review import ConflictReview
from obecdesk.sync.sync_desk import SyncDesk
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.layout import scrolled
from obecdesk.ui.sync.conflicts_view import ConflictsView
from obecdesk.ui.sync.overview import SyncOverview


class SyncView(CapabilityView):
    """The capability page: Přehled and Konflikty as tabs; both follow every committed change."""

    def __init__(self, ctx: AppContext, desk: SyncDesk, conflicts: ConflictReview,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = False
        self.overview = SyncOverview(ctx, desk)
        self.conflicts = ConflictsView(conflicts)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync-tabs")
        # the overview scrolls on a small laptop screen instead of widening the window
        self.tabs.addTab(scrolled(self.overview), self.tr("Přehled"))
        self.tabs.addTab(self.conflicts, "")
        self.conflicts.count_changed.connect(self._title_conflicts)
        self.overview.show_conflicts.connect(self.show_conflicts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._title_conflicts(self.conflicts.model.rowCount())

    def _title_conflicts(self, count: int) -> None:
        title = self.tr("Konflikty (%1)").replace("%1", number_text(count)) if count \
            else self.tr("Konflikty")
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), title)

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh now if shown; a hidden page refreshes when it is shown again (what waits
        to be sent is a read of the change feed, not worth doing on every edit elsewhere)."""
        if self.isVisibleTo(self.window()):  # the page shown in the window (shown or not yet)
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        self.overview.reload()
        self.conflicts.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.reload()
        super().showEvent(event)
