"""The plan as a tree: areas → goals → measures → indicators, each measure and indicator with
its status colour; any version of the plan can be read (v1 stays readable after a revision)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeView, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.overview import IndicatorStatus, LocalityIndicators
from obecdesk.core.indicators.plans import AreaNode, PlanService
from obecdesk.ui.indicators.status_style import colour_of, dot, status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


class PlanTreeModel(QStandardItemModel):
    """Two columns: the name, and the status with the reason of an indicator's progress."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Plán"), self.tr("Stav")])

    def fill(self, tree: list[AreaNode], indicators: list[IndicatorStatus]) -> None:
        self.removeRows(0, self.rowCount())
        by_measure: dict[str, list[IndicatorStatus]] = {}
        for item in indicators:
            by_measure.setdefault(item.info.data.measure_id or "", []).append(item)
        bold = QFont()
        bold.setBold(True)
        for area in tree:
            area_item = self._row(self.invisibleRootItem(), area.title, "area", area.id)
            area_item.setFont(bold)
            for goal in area.goals:
                parent = area_item
                if goal.id is not None:
                    parent = self._row(area_item, goal.title, "goal", goal.id)
                for measure in goal.measures:
                    m_item = self._row(parent, measure.title, "measure", measure.id,
                                       measure.status)
                    for ind in by_measure.get(measure.lineage_id, []):
                        self._indicator(m_item, ind)
        loose = by_measure.get("", [])
        if loose:
            group = self._row(self.invisibleRootItem(), self.tr("Ukazatele mimo opatření"),
                              "group", "")
            group.setFont(bold)
            for ind in loose:
                self._indicator(group, ind)

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

    def _indicator(self, parent: QStandardItem, ind: IndicatorStatus) -> None:
        title = ind.info.name + (self.tr(" (vypočteno)") if ind.computed else "")
        self._row(parent, title, "indicator", ind.info.id, ind.progress.status,
                  ind.progress.reason)


class PlanTreePanel(QWidget):
    """A version picker above the tree; selecting an indicator tells whoever listens."""

    indicator_selected = Signal(str)
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
            self.model.fill([], self.data.indicators)
            self.adopted.setText(self.tr("Lokalita zatím nemá strategický plán."))
        else:
            tree = self.data.tree if plan is self.data.plan else self.plans.tree(plan.id)
            self.model.fill(tree, self.data.indicators)
            adopted = date_text(plan.adopted_on) or self.tr("zatím neschválen")
            self.adopted.setText(self.tr("{0} – schválen {1}").format(plan.title, adopted))
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 300)

    def _current_changed(self, current, _previous) -> None:
        index = current.siblingAtColumn(0)
        if index.data(KIND_ROLE) == "indicator":
            self.indicator_selected.emit(index.data(ID_ROLE))
        if index.data(KIND_ROLE) == "measure":
            self.measure_selected.emit(index.data(ID_ROLE), index.data(STATUS_ROLE))
        else:
            self.measure_selected.emit("", "")
