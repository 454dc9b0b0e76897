"""Komunikace: the communication stream of an acute or preventive cooperation (seed 000)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.communication.desk import CommunicationDesk
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.communication.situation_tab import SituationTab
from obecdesk.ui.context import AppContext

#: entity kinds whose change this view shows
KINDS = ("situation-events", "situation-attachments", "actors")


class CommunicationView(CapabilityView):
    def __init__(self, ctx: AppContext, desk: CommunicationDesk, actors: ActorService,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.desk = desk
        self._actor_service = actors
        self.situation = SituationTab(desk.situation, self.actor_choices)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.situation, self.tr("Situace"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()

    def actor_choices(self, locality_id: str) -> list[tuple[str, str]]:
        """The locality's actors (living, not erased) as (id, name), in the list's order."""
        found = self._actor_service.list(ActorFilter(locality_id, erased=False))
        return [(a.id, a.name) for a in found]

    def reload(self) -> None:
        self.situation.load(self.ctx.locality_id)

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
