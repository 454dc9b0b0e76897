"""Indikátory: the locality's dashboard, the strategic plan (built here or imported) with
indicator details, the value grid for the end of a quarter, the projects, and the
partnership's activity in numbers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.indicators.overview import LocalityIndicators
from obecdesk.core.vocabulary.indicators import Frequency
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.indicators.activity import ActivityPanel
from obecdesk.ui.indicators.dashboard import Dashboard
from obecdesk.ui.indicators.indicator_detail import IndicatorDetail
from obecdesk.ui.indicators.plan_actions import PlanActions
from obecdesk.ui.indicators.plan_structure import PlanStructure
from obecdesk.ui.indicators.plan_tree import PlanTreePanel
from obecdesk.ui.indicators.projects_panel import ProjectsPanel
from obecdesk.ui.indicators.value_grid import ValueGrid
from obecdesk.ui.indicators.value_grid_model import ValueGridModel
from obecdesk.ui.layout import scrolled
from obecdesk.ui.services import Services

#: entity kinds whose change this view shows
KINDS = ("strategic_plans", "plan_areas", "plan_goals", "measures", "indicators",
         "indicator_targets", "indicator_values", "value_corrections", "projects",
         "project_measures", "meetings", "attendance", "action_items", "decisions")


class IndicatorsView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self.data: LocalityIndicators | None = None
        self.current_id = ""
        self.dashboard = Dashboard()
        self.plan = PlanTreePanel(services.plans)
        self.detail = IndicatorDetail(services.values)
        self.plan.indicator_selected.connect(self.show_indicator)
        self.actions = PlanActions(services, lambda: self.data)
        self.plan.measure_selected.connect(self.actions.measure_chosen)
        split = QSplitter()
        split.addWidget(self.plan)
        split.addWidget(self.detail)
        split.setSizes([470, 650])
        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.actions)
        self.structure = PlanStructure(services, self.plan, lambda: self.data)
        plan_layout.addWidget(self.structure)
        self.actions.found_plan = self.structure.edit_plan
        plan_layout.addWidget(split, 1)
        self.grid_model = ValueGridModel(services.indicators, services.values, self)
        self.grid = ValueGrid(self.grid_model)
        self.frequency = QComboBox()
        self.frequency.setObjectName("grid-frequency")
        for f in Frequency:
            self.frequency.addItem(tr_context("Vocabulary", f.label), f.value)
        self.frequency.setCurrentIndex(self.frequency.findData(Frequency.QUARTER.value))
        self.frequency.currentIndexChanged.connect(self._load_grid)
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ukazatele vykazované")))
        top.addWidget(self.frequency)
        top.addStretch(1)
        grid_layout.addLayout(top)
        grid_layout.addWidget(self.grid)
        self.projects = ProjectsPanel(self.actions.edit_project,
                                      lambda: self.structure.open_import("projects"))
        self.activity = ActivityPanel(ctx, services.activity)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("Přehled"))
        self.tabs.addTab(scrolled(plan_page), self.tr("Plán a ukazatele"))  # fits 125 %
        self.tabs.addTab(grid_page, self.tr("Zadávání hodnot"))
        self.tabs.addTab(self.projects, self.tr("Projekty"))
        self.tabs.addTab(self.activity, self.tr("Činnost partnerství"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()

    @property
    def values(self):
        """The activity cards by key (what the partnership did, in numbers)."""
        return self.activity.values

    def reload(self) -> None:
        self.activity.reload()
        locality_id = self.ctx.locality_id
        if not locality_id:
            self.data = None
            return
        self.data = self.services.locality_indicators(locality_id)
        self.dashboard.show_data(self.data)
        self.plan.show_data(self.data)
        self.projects.show_projects(self.data.projects, self.data.summary)
        self._load_grid()
        if self.current_id:
            self.show_indicator(self.current_id)

    def _load_grid(self) -> None:
        if self.ctx.locality_id:
            self.grid_model.load(self.ctx.locality_id, self.frequency.currentData())

    def show_indicator(self, indicator_id: str) -> None:
        if self.data is None:
            return
        self.current_id = indicator_id
        item = next((i for i in self.data.indicators if i.info.id == indicator_id), None)
        if item is not None:
            self.detail.show_indicator(item, self.services.values.history(indicator_id))

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*KINDS):
            return
        if changes.kinds <= {"indicator_values", "value_corrections"} \
                and self.tabs.currentIndex() == 2:
            # the grid saved a cell: it keeps its place; the other tabs catch up
            self.data = self.services.locality_indicators(self.ctx.locality_id)
            self.dashboard.show_data(self.data)
            self.plan.show_data(self.data)
            return
        self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.current_id = ""
        self.reload()
