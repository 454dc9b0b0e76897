"""Komunikace: the communication stream of an acute or preventive cooperation (seed 000)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.communication.desk import CommunicationDesk
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.communication.audience_tab import AudienceTab
from obecdesk.ui.communication.plan_tab import PlanTab
from obecdesk.ui.communication.risks_tab import RisksTab
from obecdesk.ui.communication.situation_tab import SituationTab
from obecdesk.ui.context import AppContext
from obecdesk.ui.layout import scrolled

#: entity kinds whose change this view shows
KINDS = ("situation-events", "situation-attachments", "risk-scenarios", "audience-groups",
         "attitude-readings", "communication-texts", "communication-text-versions",
         "communication-recommendations", "actors")


class CommunicationView(CapabilityView):
    def __init__(self, ctx: AppContext, desk: CommunicationDesk, actors: ActorService,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.desk = desk
        self._actor_service = actors
        self.situation = SituationTab(desk.situation, self.actor_choices)
        self.audience = AudienceTab(desk.audiences)
        self.risks = RisksTab(desk.risks, self.actor_choices)
        self.plan = PlanTab(desk.plan, desk.texts, self.actor_choices)
        self.tabs = QTabWidget()
        # each page scrolls rather than make the window taller than a laptop at 125 %
        self.tabs.addTab(scrolled(self.situation), self.tr("Situace"))
        self.tabs.addTab(scrolled(self.audience), self.tr("Publikum"))
        self.tabs.addTab(scrolled(self.risks), self.tr("Rizika"))
        self.tabs.addTab(scrolled(self.plan), self.tr("Komunikační plán"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()

    def show_tab(self, page: QWidget) -> None:
        """Bring up the tab of ``page`` (``self.situation``, ``self.risks``…)."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(page):
                self.tabs.setCurrentIndex(i)
                return

    def actor_choices(self, locality_id: str) -> list[tuple[str, str]]:
        """The locality's actors (living, not erased) as (id, name), in the list's order."""
        found = self._actor_service.list(ActorFilter(locality_id, erased=False))
        return [(a.id, a.name) for a in found]

    def reload(self, *, plan: bool = True) -> None:
        self.situation.load(self.ctx.locality_id)
        self.audience.load(self.ctx.locality_id)
        self.risks.load(self.ctx.locality_id)
        self.plan.load(self.ctx.locality_id, plan=plan)

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("communication-plans", "actors"):
            self.reload()
        elif changes.touches(*KINDS):
            self.reload(plan=False)

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
