"""What a coordinator changes from the Indikátory screen: a new indicator (from the catalog or
the locality's own), the status of the selected measure, the next version of the plan, and a
new or edited project."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from obecdesk.core.indicators.overview import LocalityIndicators
from obecdesk.core.indicators.projects import ProjectInfo
from obecdesk.core.vocabulary.indicators import MeasureStatus
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.indicators.indicator_dialog import IndicatorDialog
from obecdesk.ui.indicators.project_dialog import ProjectDialog
from obecdesk.ui.services import Services


class PlanActions(QWidget):
    def __init__(self, services: Services, data: Callable[[], LocalityIndicators | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.data = data
        self.measure_id = ""
        # opens the form of a new plan (a locality without one asks for a version)
        self.found_plan: Callable[[], object] | None = None
        self.add_indicator = QPushButton(self.tr("Přidat ukazatel…"))
        self.add_indicator.clicked.connect(self.new_indicator)
        self.revise = QPushButton(self.tr("Nová verze plánu…"))
        self.revise.clicked.connect(self.new_version)
        self.status = QComboBox()
        self.status.setObjectName("measure-status")
        for member in MeasureStatus:
            self.status.addItem(tr_context("Vocabulary", member.label), member.value)
        self.status.setEnabled(False)
        self.status.activated.connect(self._set_status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_indicator)
        layout.addWidget(self.revise)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("Stav vybraného opatření:")))
        layout.addWidget(self.status)

    def measure_chosen(self, measure_id: str, status: str) -> None:
        self.measure_id = measure_id
        self.status.setEnabled(bool(measure_id))
        if measure_id:
            self.status.setCurrentIndex(self.status.findData(status))

    def _set_status(self) -> None:
        if self.measure_id:
            run_guarded(self, lambda: self.services.plans.set_measure_status(
                self.measure_id, self.status.currentData()))

    def new_indicator(self) -> str:
        data = self.data()
        if data is None:
            return ""
        measures = [(m.lineage_id, m.title) for a in data.tree for g in a.goals
                    for m in g.measures]
        dialog = IndicatorDialog(
            lambda d, targets: self.services.indicators.create(data.locality_id, d, targets),
            measures, self)
        dialog.exec()
        return dialog.saved_id

    def edit_project(self, project: ProjectInfo | None) -> None:
        """The project form for a new project (None) or an existing one."""
        data = self.data()
        if data is None:
            return
        measures = [(m.lineage_id, m.title) for a in data.tree for g in a.goals
                    for m in g.measures]
        projects = self.services.projects
        if project is None:
            ProjectDialog(lambda d: projects.create(data.locality_id, d), measures,
                          parent=self).exec()
        else:
            ProjectDialog(lambda d: projects.update(project.id, d), measures, project.data,
                          parent=self).exec()

    def new_version(self) -> str:
        data = self.data()
        if data is None:
            return ""
        plans = self.services.plans
        if data.plan is None and self.found_plan is not None:
            self.found_plan()
            return ""
        if data.plan is None:
            return run_guarded(self, lambda: plans.create_plan(
                locality_id=data.locality_id,
                title=self.tr("Strategický plán {0}").format(data.locality_name))) or ""
        answer = QMessageBox.question(
            self, self.tr("Nová verze plánu"),
            self.tr("Založit verzi {0} jako kopii verze {1}? Verze {1} zůstane, jak je, "
                    "k nahlédnutí a tisku.").format(data.plan.version + 1, data.plan.version))
        if answer != QMessageBox.StandardButton.Yes:
            return ""
        return run_guarded(self, lambda: plans.revise(data.plan.id)) or ""
