"""Indikátory: the locality's dashboard, the strategic plan (built here or imported) with
indicator details, the value grid for the end of a quarter, the projects, the partnership's
activity in numbers, and HQ's notes on values, projects and measures.

A change or a switch reads the statuses once (without every value) and fills only the visible
tab; the others catch up when shown, as the whole screen does when it was behind another one.
The indicator's detail reads its chart's values when it is chosen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
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
from obecdesk.ui.indicators.item_place import ReviewPlaces
from obecdesk.ui.indicators.plan_actions import PlanActions
from obecdesk.ui.indicators.plan_structure import PlanStructure
from obecdesk.ui.indicators.plan_tree import PlanTreePanel
from obecdesk.ui.indicators.projects_panel import ProjectsPanel
from obecdesk.ui.indicators.review_actions import ReviewActions
from obecdesk.ui.indicators.review_panel import ReviewPanel
from obecdesk.ui.indicators.value_grid import ValueGrid
from obecdesk.ui.indicators.value_grid_model import ValueGridModel
from obecdesk.ui.layout import scrolled
from obecdesk.ui.services import Services

#: entity kinds whose change this view shows (a locality's start date: the overview's phase)
KINDS = ("localities", "strategic_plans", "plan_areas", "plan_goals", "measures", "indicators",
         "indicator_targets", "indicator_values", "value_corrections", "projects",
         "project_measures", "meetings", "attendance", "action_items", "decisions",
         "hq_reviews")
#: the tabs, in their order (``item_place`` knows PLAN and GRID too)
DASHBOARD, PLAN, GRID, PROJECTS, ACTIVITY, NOTES = range(6)


class IndicatorsView(ReviewPlaces, CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self._data: LocalityIndicators | None = None
        self._read = False
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
        self.notes = ReviewPanel(services.reviews)
        self.notes.open_item.connect(self.open_item)
        self.review_actions = ReviewActions(services.reviews, self)
        self.grid.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.view.customContextMenuRequested.connect(self._grid_menu)
        self.projects.table.customContextMenuRequested.connect(self._project_menu)
        self.structure.extra_menu = self._measure_menu
        self._stale: set[int] = set()
        self._outdated = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("Přehled"))
        self.tabs.addTab(scrolled(plan_page), self.tr("Plán a ukazatele"))  # fits 125 %
        self.tabs.addTab(grid_page, self.tr("Zadávání hodnot"))
        self.tabs.addTab(self.projects, self.tr("Projekty"))
        self.tabs.addTab(self.activity, self.tr("Činnost partnerství"))
        self.tabs.addTab(self.notes, self.tr("Poznámky centrály"))
        self.tabs.currentChanged.connect(lambda _i: self._show_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()

    @property
    def values(self):
        """The activity cards by key (what the partnership did, in numbers)."""
        return self.activity.values

    @property
    def data(self) -> LocalityIndicators | None:
        """The locality's plan, statuses and projects, read when first needed after a change
        (the grid, the activity and HQ's notes do without them)."""
        if not self._read:
            locality_id, self._read = self.ctx.locality_id, True
            self._data = self.services.locality_indicators(locality_id, series=False) \
                if locality_id else None
        return self._data

    def reload(self) -> None:
        self._outdated = self._read = False
        self._stale = set(range(self.tabs.count()))
        self._show_current()

    def _show_current(self) -> None:
        """Fill the visible tab if it is stale."""
        index = self.tabs.currentIndex()
        if index not in self._stale:
            return
        self._stale.discard(index)
        if index == ACTIVITY:
            self.activity.reload()
        elif index == GRID:
            self._load_grid()
        elif index == NOTES:
            self.notes.show_locality(self.ctx.locality_id)
        elif (data := self.data) is None:
            return
        elif index == DASHBOARD:
            self.dashboard.show_data(data)
        elif index == PLAN:
            self.plan.show_data(data)
            if self.current_id:
                self.show_indicator(self.current_id)
        elif index == PROJECTS:
            self.projects.show_projects(data.projects, data.summary, data.reviews)

    def _load_grid(self) -> None:
        if locality_id := self.ctx.locality_id:
            self._stale.discard(GRID)
            data = self._data if self._read else None  # what was read anyway
            self.grid_model.reviews = data.reviews if data \
                else self.services.reviews.states(locality_id)
            self.grid_model.load(locality_id, self.frequency.currentData(),
                                 indicators=[i.info for i in data.indicators] if data else None)

    def show_indicator(self, indicator_id: str) -> None:
        if self.data is None:
            return
        self.current_id = indicator_id
        item = next((i for i in self.data.indicators if i.info.id == indicator_id), None)
        if item is not None:
            if not item.has_series:
                item = replace(item, values=self.services.values.series(indicator_id),
                               has_series=True)
            self.detail.show_indicator(item, self.services.values.history(indicator_id),
                                       self.services.reviews.of_indicator(indicator_id))

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*KINDS):
            return
        if self.parentWidget() is not None and self.isHidden():  # behind another screen
            self._outdated = True  # (each saved meeting would read the locality again)
            return
        if changes.kinds <= {"indicator_values", "value_corrections"} \
                and self.tabs.currentIndex() == GRID:
            # the grid saved a cell: it keeps its place; the other tabs catch up when shown
            self._read = False
            self.grid_model.reviews = self.services.reviews.states(self.ctx.locality_id)
            self._stale = set(range(self.tabs.count())) - {GRID}
            return
        self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.current_id = ""
        self.reload()

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        handled = super().event(event)  # a locality switched meanwhile reloads there
        if event.type() == QEvent.Type.ShowToParent and self._outdated:
            self.reload()
        return handled
