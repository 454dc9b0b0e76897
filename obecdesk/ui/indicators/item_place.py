"""HQ's review in Indikátory: the context menus of a value, a project and a measure, and opening
an item of HQ's notes where it lives (a value in the grid, a project in the list, a measure in
the plan: the current version's copy of its lineage)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView, QMenu

from obecdesk.core.indicators.periods import parse_period
from obecdesk.ui.indicators.plan_tree import PlanNode

PLAN, GRID = 1, 2


class ReviewPlaces:
    """Part of ``IndicatorsView``: its grid, projects, plan, tabs and review actions."""

    def _review_menu(self, view: QAbstractItemView, pos: QPoint, kind: str, item_id: str) -> None:
        menu = QMenu(self)
        self.review_actions.add_to(menu, kind, item_id)
        menu.exec(view.viewport().mapToGlobal(pos))

    def _grid_menu(self, pos: QPoint) -> None:
        key = self.grid_model.value_key(self.grid.view.indexAt(pos))
        if key is not None:
            self._review_menu(self.grid.view, pos, "value", key)

    def _project_menu(self, pos: QPoint) -> None:
        index = self.projects.table.indexAt(pos)
        if index.isValid():
            project = self.projects.model.row_at(index.row())
            self._review_menu(self.projects.table, pos, "project", project.id)

    def _measure_menu(self, menu: QMenu, node: PlanNode | None) -> None:
        if node is not None and node.kind == "measure":
            self.review_actions.add_to(menu, "measure", node.id)

    def open_item(self, kind: str, key: str, item_id: str) -> None:
        """Show the reviewed item ``item_id`` (a measure's ``key`` is its lineage)."""
        data = self.data
        if data is None:
            return
        if kind == "project":
            self.tabs.setCurrentWidget(self.projects)
            rows = [p.id for p in self.projects.model.rows()]
            if item_id in rows:
                self.projects.table.selectRow(rows.index(item_id))
        elif kind == "measure":
            lineage = {m.lineage_id: m.id for a in data.tree for g in a.goals for m in g.measures}
            self.tabs.setCurrentIndex(PLAN)
            self.plan.select_id(lineage.get(key, item_id))
        elif (place := self.services.reviews.value_place(item_id)) is not None:
            indicator_id, period = place
            frequency = parse_period(period).frequency
            self.frequency.setCurrentIndex(self.frequency.findData(frequency.value))
            if GRID in self._stale:  # the same frequency does not reload a grid left stale
                self._load_grid()
            cell = self.grid_model.cell_of(indicator_id, period)
            if cell.isValid():
                self.tabs.setCurrentIndex(GRID)
                self.grid.view.setCurrentIndex(cell)
            else:  # a period the grid no longer shows: the indicator's detail has it all
                self.tabs.setCurrentIndex(PLAN)
                self.plan.select_id(indicator_id)
