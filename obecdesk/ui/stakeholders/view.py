"""Stakeholder mapping: the screen a coordinator lives in during the first month (issue #3).

Tabs over the services handed in: the actor list with its card, relations with a network view, the
bodies of the partnership with their members and composition check, and the power/interest map.
Only the visible tab re-reads on a change; the others are marked stale and catch up when shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.localities.gate import STAKEHOLDERS, LocalityGate
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.actor_list_panel import ActorListPanel
from obecdesk.ui.stakeholders.bodies_panel import BodiesPanel
from obecdesk.ui.stakeholders.import_dialog import ImportDialog
from obecdesk.ui.stakeholders.power_map import PowerMapPanel
from obecdesk.ui.stakeholders.relations_panel import RelationsPanel

WATCHED = ("actors", "bodies", "memberships", "relations")


class StakeholdersView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self.import_dialog: ImportDialog | None = None

        self.actor_list = ActorListPanel(self.services, self)
        self.actor_list.import_requested.connect(self.open_import)
        self.relations = RelationsPanel(self.services, self)
        self.bodies = BodiesPanel(self.services, self)
        self.power_map = PowerMapPanel(services.actors, services.stakeholder_map, self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("stakeholder-tabs")
        self.tabs.addTab(self.actor_list, self.tr("Aktéři"))
        self.tabs.addTab(self.bodies, self.tr("Orgány a složení"))
        self.tabs.addTab(self.relations, self.tr("Vztahy"))
        self.tabs.addTab(self.power_map, self.tr("Mapa vlivu"))
        self.tabs.currentChanged.connect(lambda _i: self._reload_current())
        self._stale: set[QWidget] = set()

        self.gate = LocalityGate(ctx, services, STAKEHOLDERS, self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.gate)
        self.on_locality_changed(ctx.locality_id)

    @property
    def panels(self) -> list[QWidget]:
        return [self.actor_list, self.bodies, self.relations, self.power_map]

    def show_tab(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(panel)

    # -- refreshing --------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*WATCHED):
            return
        if changes.touches("bodies"):
            self._share_bodies()
        self.actor_list.note_changes(changes)
        self._stale = set(self.panels)
        self._reload_current()

    def on_locality_changed(self, locality_id: str) -> None:
        self._share_bodies()
        for panel in self.panels:
            panel.locality_id = ""  # so set_locality below always re-reads
        self._stale = set(self.panels)
        self._reload_current()

    def _reload_current(self) -> None:
        panel = self.tabs.currentWidget()
        if panel not in self._stale:
            return
        self._stale.discard(panel)
        locality_id = self.ctx.locality_id
        if panel.locality_id != locality_id:
            panel.set_locality(locality_id)
        else:
            panel.reload()

    def _share_bodies(self) -> None:
        """The body filters of the list and the map offer the locality's current bodies."""
        locality_id = self.ctx.locality_id
        bodies = self.services.bodies.list(locality_id) if locality_id else []
        choices = [(b.id, b.name) for b in bodies]
        self.actor_list.set_bodies(choices)
        self.power_map.set_bodies(choices)

    # -- import ------------------------------------------------------------------------------

    def open_import(self) -> None:
        if not self.ctx.locality_id:
            return
        self.import_dialog = ImportDialog(self.services.actor_import, self.ctx.locality_id, self)
        self.import_dialog.open()
