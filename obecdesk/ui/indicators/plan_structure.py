"""Building the plan by hand: the toolbar (and the tree's context menu) that founds the plan
and adds, edits and removes its areas, goals and measures, and opens the import of a table.

What can be done follows the selected row: a goal or a measure goes into the area (and goal)
of the selected row. Only the newest version of the plan is built further; older versions stay
as the council adopted them. Every change goes through the plan services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from obecdesk.core.indicators.overview import LocalityIndicators
from obecdesk.core.indicators.plans import AreaNode, MeasureNode
from obecdesk.ui.indicators.area_dialog import AreaDialog
from obecdesk.ui.indicators.goal_dialog import GoalDialog
from obecdesk.ui.indicators.measure_dialog import MeasureDialog
from obecdesk.ui.indicators.plan_dialog import PlanDialog, PlanHeading
from obecdesk.ui.indicators.plan_import_dialog import PlanImportDialog
from obecdesk.ui.indicators.plan_removal import remove_part
from obecdesk.ui.indicators.plan_tree import PlanNode, PlanTreePanel
from obecdesk.ui.services import Services

PARTS = ("area", "goal", "measure")


class PlanStructure(QToolBar):
    def __init__(self, services: Services, tree: PlanTreePanel,
                 data: Callable[[], LocalityIndicators | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-structure")
        self.services, self.tree, self.data = services, tree, data
        # the id of the row the last dialog saved (selected once the tree is refilled)
        self.saved_id = ""
        self.plan_action = self.addAction(self.tr("Založit plán…"), self.edit_plan)
        self.addSeparator()
        self.add_area_action = self.addAction(self.tr("Přidat oblast…"), self.add_area)
        self.add_goal_action = self.addAction(self.tr("Přidat cíl…"), self.add_goal)
        self.add_measure_action = self.addAction(self.tr("Přidat opatření…"), self.add_measure)
        self.edit_action = self.addAction(self.tr("Upravit…"), self.edit_selected)
        self.delete_action = self.addAction(self.tr("Smazat…"), self.delete_selected)
        self.addSeparator()
        self.import_action = self.addAction(self.tr("Importovat…"), self.import_table)
        self.import_action.setToolTip(self.tr("Projekty, opatření nebo hodnoty ukazatelů "
                                              "z tabulky CSV či XLSX, s náhledem"))
        for action in self.actions():  # a toolbar button keeps the "…" of a dialog opener
            action.setIconText(action.text())
        tree.node_changed.connect(self.update_actions)
        tree.tree.customContextMenuRequested.connect(self.show_menu)
        #: ``(menu, node)`` adds actions of another capability to the context menu
        self.extra_menu: Callable[[QMenu, PlanNode | None], None] | None = None
        tree.tree.doubleClicked.connect(self._double_clicked)
        self.update_actions()

    def update_actions(self) -> None:
        data, node = self.data(), self.tree.current_node()
        newest = self.tree.newest_shown()
        self.plan_action.setEnabled(data is not None)
        self.plan_action.setText(self.tr("Upravit plán…") if data and data.plan
                                 else self.tr("Založit plán…"))
        self.plan_action.setIconText(self.plan_action.text())
        self.add_area_action.setEnabled(newest)
        in_part = newest and node is not None and node.kind in PARTS
        for action in (self.add_goal_action, self.add_measure_action, self.edit_action,
                       self.delete_action):
            action.setEnabled(in_part)
        self.import_action.setEnabled(data is not None)

    def _double_clicked(self) -> None:
        """A double click on an area, goal or measure opens its form."""
        if self.edit_action.isEnabled():
            self.edit_selected()

    def show_menu(self, pos: QPoint) -> None:
        index = self.tree.tree.indexAt(pos)
        if index.isValid():
            self.tree.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.add_area_action, self.add_goal_action, self.add_measure_action,
                       None, self.edit_action, self.delete_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        if self.extra_menu is not None:  # HQ's review of a measure
            self.extra_menu(menu, self.tree.current_node())
        menu.exec(self.tree.tree.viewport().mapToGlobal(pos))

    # -- finding what the selected row is ---------------------------------------------------

    def _area(self, area_id: str) -> AreaNode | None:
        data = self.data()
        return next((a for a in data.tree if a.id == area_id), None) if data else None

    def _measure(self, node: PlanNode) -> MeasureNode | None:
        area = self._area(node.area_id)
        return next((m for g in area.goals for m in g.measures if m.id == node.id),
                    None) if area else None

    def _saved(self, id_: str | None) -> str | None:
        self.saved_id = id_ or ""
        return id_

    def _run(self, dialog) -> None:
        """Open ``dialog``; the row it saved becomes the selected one in the refilled tree."""
        self.saved_id = ""
        dialog.exec()
        if self.saved_id:
            self.tree.select_id(self.saved_id)

    # -- the actions --------------------------------------------------------------------------

    def edit_plan(self) -> None:
        """Found the locality's plan, or correct the heading of the version shown."""
        data = self.data()
        if data is None:
            return
        plan = next((p for p in data.plans if p.id == self.tree.shown_plan_id()), None)
        if plan is None:
            def save(h: PlanHeading):
                return self.services.plans.create_plan(locality_id=data.locality_id, **asdict(h))
            title = self.tr("Strategický plán {0}").format(data.locality_name)
            PlanDialog(save, None, title, self).exec()
        else:
            PlanDialog(lambda h: self.services.plan_edits.update_plan(plan.id, **asdict(h)),
                       plan, parent=self).exec()

    def add_area(self) -> None:
        data = self.data()
        if data is None or data.plan is None:
            return
        plans = self.services.plans
        self._run(AreaDialog(lambda title, theme: self._saved(
            plans.add_area(data.plan.id, title, theme=theme)), parent=self))

    def add_goal(self) -> None:
        node = self.tree.current_node()
        area = self._area(node.area_id) if node else None
        if area is not None:
            self._run(GoalDialog(lambda title: self._saved(
                self.services.plans.add_goal(area.id, title)), area.title, parent=self))

    def _measure_dialog(self, area: AreaNode, save, goal_id: str | None,
                        measure: MeasureNode | None = None) -> MeasureDialog:
        goals = [(g.id, g.title) for g in area.goals if g.id is not None]
        return MeasureDialog(save, self.services.actors, self.data().locality_id,
                             theme=area.theme, goals=goals, goal_id=goal_id,
                             data=measure.data if measure else None, parent=self)

    def add_measure(self) -> None:
        dialog = self.new_measure_dialog()
        if dialog is not None:
            self._run(dialog)

    def new_measure_dialog(self) -> MeasureDialog | None:
        """The form of a new measure in the area (and goal) of the selected row."""
        node = self.tree.current_node()
        area = self._area(node.area_id) if node else None
        if area is None:
            return None
        plans = self.services.plans
        return self._measure_dialog(area, lambda data, goal_id: self._saved(
            plans.add_measure(area.id, data, goal_id=goal_id)), node.goal_id or None)

    def edit_selected(self) -> None:
        node = self.tree.current_node()
        area = self._area(node.area_id) if node else None
        if area is None:
            return
        edits = self.services.plan_edits
        if node.kind == "area":
            self._run(AreaDialog(lambda title, theme: self._saved(
                edits.update_area(area.id, title, theme=theme) or area.id),
                area.title, area.theme, self))
        elif node.kind == "goal":
            self._run(GoalDialog(lambda title: self._saved(
                edits.update_goal(node.id, title) or node.id), area.title, node.title, self))
        elif (measure := self._measure(node)) is not None:
            def save(data, goal_id):
                self.services.plans.update_measure(measure.id, data)
                if goal_id != (node.goal_id or None):
                    edits.move_measure(measure.id, goal_id)
                return self._saved(measure.id)
            self._run(self._measure_dialog(area, save, node.goal_id or None, measure))

    def delete_selected(self) -> None:
        node = self.tree.current_node()
        if node is not None and node.kind in PARTS:
            remove_part(self, self.services.plan_edits, node.kind, node.id)

    def import_table(self) -> None:
        self.open_import("measures")

    def open_import(self, kind: str) -> None:
        """The import dialog with ``kind`` (projects, measures, indicator-values) chosen."""
        data = self.data()
        if data is not None:
            names = {i.info.id: i.info.name for i in data.indicators}
            PlanImportDialog(self.services.plan_import, data.locality_id, kind, names,
                             self).exec()
