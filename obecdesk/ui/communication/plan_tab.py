"""Komunikační plán: the plan itself, the texts being written with their versions, and the
recommendations with their implementation status, each on its own page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.communication.plan import CommunicationPlanService
from obecdesk.core.communication.texts import TextService
from obecdesk.ui.communication.plan_form import PlanForm
from obecdesk.ui.communication.recommendations_panel import RecommendationsPanel
from obecdesk.ui.communication.texts_panel import TextsPanel
from obecdesk.ui.layout import scrolled


class PlanTab(QWidget):
    def __init__(self, plans: CommunicationPlanService, texts: TextService,
                 actors: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = PlanForm(plans, actors)
        self.texts = TextsPanel(texts)
        self.recommendations = RecommendationsPanel(plans, actors)
        self.pages = QTabWidget()
        self.pages.addTab(scrolled(self.form), self.tr("Plán"))
        self.pages.addTab(self.texts, self.tr("Texty"))
        self.pages.addTab(self.recommendations, self.tr("Doporučení a jejich plnění"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def load(self, locality_id: str, *, plan: bool = True) -> None:
        """Reload; ``plan=False`` keeps the plan form as typed (a change elsewhere)."""
        if plan:
            self.form.load(locality_id)
        self.texts.load(locality_id)
        self.recommendations.load(locality_id)
