"""The communication plan: key messages, the spokesperson, channels and holding statements,
saved as a whole with one button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.plan import CommunicationPlanService, PlanData
from obecdesk.ui.communication.risk_dialog import actor_combo
from obecdesk.ui.errors import run_guarded


class PlanForm(QWidget):
    def __init__(self, plans: CommunicationPlanService,
                 actors: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans = plans
        self.actors = actors
        self.locality_id = ""
        self.key_messages = QPlainTextEdit()
        self.key_messages.setPlaceholderText(self.tr("Co má veřejnost slyšet vždy stejně, "
                                                     "jedno sdělení na řádek"))
        self.channels = QPlainTextEdit()
        self.channels.setPlaceholderText(self.tr("web, Facebook a zpravodaj obce, úřední "
                                                 "deska, setkání…"))
        self.holding = QPlainTextEdit()
        self.holding.setPlaceholderText(self.tr("Krátké prohlášení pro první hodiny po "
                                                "události, než budou známa fakta"))
        for edit, height in ((self.key_messages, 120), (self.channels, 60), (self.holding, 90)):
            edit.setMinimumHeight(50)
            edit.setMaximumHeight(height)
        self.spokesperson = actor_combo([], None, self.tr("(neurčen)"))
        self.save = QPushButton(self.tr("Uložit plán"))
        self.save.clicked.connect(lambda: self.save_plan())
        self.saved = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Klíčová sdělení"), self.key_messages)
        form.addRow(self.tr("Mluvčí"), self.spokesperson)
        form.addRow(self.tr("Kanály"), self.channels)
        form.addRow(self.tr("Připravená prohlášení"), self.holding)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.saved)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def load(self, locality_id: str) -> None:
        if locality_id != self.locality_id:
            self.saved.clear()
        self.locality_id = locality_id
        plan = self.plans.plan(locality_id) if locality_id else PlanData()
        self.key_messages.setPlainText(plan.key_messages)
        self.channels.setPlainText(plan.channels)
        self.holding.setPlainText(plan.holding_statements)
        self.spokesperson.clear()
        self.spokesperson.addItem(self.tr("(neurčen)"), "")
        for actor_id, name in self.actors(locality_id) if locality_id else []:
            self.spokesperson.addItem(name, actor_id)
        self.spokesperson.setCurrentIndex(max(0, self.spokesperson.findData(
            plan.spokesperson_id or "")))

    def data(self) -> PlanData:
        return PlanData(self.key_messages.toPlainText(), self.spokesperson.currentData() or None,
                        self.channels.toPlainText(), self.holding.toPlainText())

    def save_plan(self) -> None:
        if not self.locality_id:
            return
        locality_id, data = self.locality_id, self.data()
        if run_guarded(self, lambda: self.plans.save_plan(locality_id, data) or True):
            self.saved.setText(self.tr("Plán je uložen."))
