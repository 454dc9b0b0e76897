"""The plan as a tree: areas → goals → measures → indicators, each measure and indicator with
its status colour; any version of the plan can be read (v1 stays readable after a revision)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeView, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.overview import IndicatorStatus, LocalityIndicators
from obecdesk.core.indicators.plans import AreaNode, PlanService
from obecdesk.core.review_queries import ItemReview
from obecdesk.ui.indicators.review_style import mark_row, most_urgent
from obecdesk.ui.indicators.status_style import colour_of, dot, status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
#: the area and the goal a row lies in (an area's own id for the area row)
AREA_ROLE = Qt.ItemDataRole.UserRole + 4
GOAL_ROLE = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class PlanNode:
    """The selected row: what it is, and where a new goal or measure would go."""

    kind: str
    id: str
    title: str
    area_id: str
    goal_id: str


class PlanTreeModel(QStandardItemModel):
    """Two columns: the name, and the status with the reason of an indicator's progress."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Plán"), self.tr("Stav")])

    def fill(self, tree: list[AreaNode], indicators: list[IndicatorStatus],
             reviews: dict[tuple[str, str], ItemReview] | None = None,
             reviewed: dict[str, list[str]] | None = None) -> None:
        """``reviews``: HQ's review of each reviewed item (a measure's key is its lineage);
        ``reviewed``: indicator id → the ids of its reviewed values."""
        marks = {i: most_urgent(reviews or {}, "value", ids)
                 for i, ids in (reviewed or {}).items()}
        self.removeRows(0, self.rowCount())
        by_measure: dict[str, list[IndicatorStatus]] = {}
        for item in indicators:
            by_measure.setdefault(item.info.data.measure_id or "", []).append(item)
        bold = QFont()
        bold.setBold(True)
        shown = set()
        for area in tree:
            area_item = self._row(self.invisibleRootItem(), area.title, "area", area.id)
            area_item.setFont(bold)
            area_item.setData(area.id, AREA_ROLE)
            for goal in area.goals:
                parent = area_item
                if goal.id is not None:
                    parent = self._row(area_item, goal.title, "goal", goal.id)
                    self._place(parent, area.id, goal.id)
                for measure in goal.measures:
                    m_item = self._row(parent, measure.title, "measure", measure.id,
                                       measure.status)
                    self._place(m_item, area.id, goal.id)
                    mark_row(m_item, (reviews or {}).get(("measure", measure.lineage_id)))
                    shown.add(measure.lineage_id)
                    for ind in by_measure.get(measure.lineage_id, []):
                        self._indicator(m_item, ind, marks)
        # an indicator whose measure this version no longer has is not lost from sight
        loose = [i for key, items in by_measure.items() if key not in shown for i in items]
        if loose:
            group = self._row(self.invisibleRootItem(), self.tr("Ukazatele mimo opatření"),
                              "group", "")
            group.setFont(bold)
            for ind in loose:
                self._indicator(group, ind, marks)

    @staticmethod
    def _place(item: QStandardItem, area_id: str, goal_id: str | None) -> None:
        item.setData(area_id, AREA_ROLE)
        item.setData(goal_id or "", GOAL_ROLE)

    def _row(self, parent: QStandardItem, title: str, kind: str, id_: str,
             status: str = "", reason: str = "") -> QStandardItem:
        name = QStandardItem(title)
        name.setEditable(False)
        name.setData(id_, ID_ROLE)
        name.setData(kind, KIND_ROLE)
        name.setData(status, STATUS_ROLE)
        state = QStandardItem(status_label(status) if status else "")
        state.setEditable(False)
        if status:
            name.setIcon(dot(status))
            state.setForeground(colour_of(status))
        if reason:
            state.setText(f"{state.text()} – {reason}")
            state.setToolTip(reason)
        parent.appendRow([name, state])
        return name

    def _indicator(self, parent: QStandardItem, ind: IndicatorStatus,
                   marks: dict[str, ItemReview | None]) -> None:
        title = ind.info.name + (self.tr(" (vypočteno)") if ind.computed else "")
        item = self._row(parent, title, "indicator", ind.info.id, ind.progress.status,
                         ind.progress.reason)
        mark_row(item, marks.get(ind.info.id))


class PlanTreePanel(QWidget):
    """A version picker above the tree; selecting an indicator tells whoever listens."""

    indicator_selected = Signal(str)
    #: the selection or the shown version changed (see :meth:`current_node`)
    node_changed = Signal()
    #: a measure was chosen (id, status), or nothing ("", "")
    measure_selected = Signal(str, str)

    def __init__(self, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans = plans
        self.data: LocalityIndicators | None = None
        self.version = QComboBox()
        self.version.setObjectName("plan-version")
        self.version.currentIndexChanged.connect(self._show_version)
        self.adopted = QLabel()
        self.adopted.setWordWrap(True)
        self.model = PlanTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Verze plánu:")))
        top.addWidget(self.version)
        top.addWidget(self.adopted, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)

    def show_data(self, data: LocalityIndicators) -> None:
        self.data = data
        self.version.blockSignals(True)
        self.version.clear()
        for plan in data.plans:
            self.version.addItem(self.tr("verze {0}").format(plan.version), plan.id)
        self.version.blockSignals(False)
        self._show_version()

    def _show_version(self) -> None:
        if self.data is None:
            return
        plan = next((p for p in self.data.plans if p.id == self.version.currentData()), None)
        if plan is None:
            self.model.fill([], self.data.indicators, self.data.reviews, self.data.reviewed_values)
            self.adopted.setText(self.tr("Lokalita zatím nemá strategický plán."))
        else:
            tree = self.data.tree if plan is self.data.plan else self.plans.tree(plan.id)
            self.model.fill(tree, self.data.indicators, self.data.reviews,
                            self.data.reviewed_values)
            adopted = date_text(plan.adopted_on) or self.tr("zatím neschválen")
            self.adopted.setText(self.tr("{0} – schválen {1}").format(plan.title, adopted))
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 300)
        self.node_changed.emit()

    def shown_plan_id(self) -> str:
        return self.version.currentData() or ""

    def newest_shown(self) -> bool:
        """The newest version is shown: only that one is built further (older ones stay)."""
        return self.data is not None and self.data.plan is not None \
            and self.shown_plan_id() == self.data.plan.id

    def current_node(self) -> PlanNode | None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        if not index.isValid():
            return None
        return PlanNode(index.data(KIND_ROLE), index.data(ID_ROLE), index.data(),
                        index.data(AREA_ROLE) or "", index.data(GOAL_ROLE) or "")

    def select_id(self, id_: str) -> bool:
        """Make the row of ``id_`` (an area, goal, measure or indicator) the current one."""
        found = self.model.match(self.model.index(0, 0), ID_ROLE, id_, 1,
                                 Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        self.tree.setCurrentIndex(found[0] if found else QModelIndex())
        return bool(found)

    def _current_changed(self, current, _previous) -> None:
        index = current.siblingAtColumn(0)
        if index.data(KIND_ROLE) == "indicator":
            self.indicator_selected.emit(index.data(ID_ROLE))
        if index.data(KIND_ROLE) == "measure":
            self.measure_selected.emit(index.data(ID_ROLE), index.data(STATUS_ROLE))
        else:
            self.measure_selected.emit("", "")
        self.node_changed.emit()
