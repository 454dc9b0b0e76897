"""A measure (opatření) with every field the plan keeps: its name picked from the measures
catalog (grouped by area, the plan area's theme first) or typed, the goal it serves, who is
responsible (an actor of the locality, or a name typed when nobody is on record), partners,
period, budget and status. Save stays open on a refusal, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from obecdesk.catalog.plan_catalog import measure_areas
from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.cells import CellError, parse_amount_hal, parse_date
from obecdesk.core.indicators.plans import MeasureData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.vocabulary.indicators import MeasureStatus
from obecdesk.errors import ValidationError
from obecdesk.ui.discard_guard import GuardedDialog
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.indicators.project_dialog import amount_text
from obecdesk.ui.stakeholders.actor_picker import ActorPicker

Save = Callable[[MeasureData, str | None], object]


class MeasureDialog(GuardedDialog):
    def __init__(self, save: Save, actors: ActorService, locality_id: str, *, theme: str = "",
                 goals: list[tuple[str, str]], goal_id: str | None = None,
                 data: MeasureData | None = None, parent: QWidget | None = None) -> None:
        """``save(data, goal_id)``; ``goals``: (id, title) of the area's goals."""
        super().__init__(parent)
        self._save = save
        self.setObjectName("measure-dialog")
        self.setWindowTitle(self.tr("Upravit opatření") if data else self.tr("Nové opatření"))
        self.setMinimumWidth(560)
        data = data or MeasureData("")
        self.catalog = QComboBox()
        self.catalog.setObjectName("measure-catalog")
        self._fill_catalog(theme)
        self.catalog.setCurrentIndex(max(0, self.catalog.findData(data.catalog_code or "")))
        self.catalog.currentIndexChanged.connect(self._from_catalog)
        self.name = QLineEdit(data.title)
        self.name.setObjectName("measure-name")
        self.goal = QComboBox()
        self.goal.setObjectName("measure-goal")
        self.goal.addItem(self.tr("(přímo pod oblastí)"), None)
        for id_, title in goals:
            self.goal.addItem(title, id_)
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))
        self.description = QPlainTextEdit(data.description)
        self.description.setMaximumHeight(64)
        self.responsible = ActorPicker(actors)
        self.responsible.setObjectName("measure-responsible")
        self.responsible.load(locality_id)
        if data.responsible_id:
            self.responsible.set_actor(data.responsible_id)
        elif data.responsible_name:
            self.responsible.setEditText(data.responsible_name)
        self.partners = QLineEdit(data.partners)
        self.partners.setPlaceholderText(self.tr("např. Úřad práce, Charita, ZŠ Komenského"))
        self.starts, self.ends = QLineEdit(date_text(data.starts_on)), QLineEdit(
            date_text(data.ends_on))
        for edit in (self.starts, self.ends):
            edit.setPlaceholderText("1.9.2025")
        self.budget = QLineEdit(amount_text(data.budget_hal))
        self.budget.setPlaceholderText("1 250 000")
        self.status = QComboBox()
        self.status.setObjectName("measure-form-status")
        for member in MeasureStatus:
            self.status.addItem(tr_context("Vocabulary", member.label), member.value)
        self.status.setCurrentIndex(self.status.findData(data.status))
        form = QFormLayout()
        for label, widget in ((self.tr("Z katalogu"), self.catalog), (self.tr("Název *"), self.name),
                              (self.tr("Cíl"), self.goal), (self.tr("Popis"), self.description),
                              (self.tr("Odpovídá"), self.responsible),
                              (self.tr("Partneři"), self.partners), (self.tr("Od"), self.starts),
                              (self.tr("Do"), self.ends), (self.tr("Rozpočet (Kč)"), self.budget),
                              (self.tr("Stav"), self.status)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.mark_clean()

    def _fill_catalog(self, theme: str) -> None:
        """Area headings (not choosable) with their measures; the area's own theme first."""
        self.catalog.addItem(self.tr("vlastní opatření lokality"), "")
        bold = QFont()
        bold.setBold(True)
        areas = sorted(measure_areas(), key=lambda a: a.code != theme)
        for area in areas:
            self.catalog.addItem(area.label_cs, None)
            heading = self.catalog.model().item(self.catalog.count() - 1)
            heading.setEnabled(False)
            heading.setFont(bold)
            for measure in area.measures:
                self.catalog.addItem("    " + measure.label_cs, measure.code)

    def choose_catalog(self, code: str) -> None:
        """Pick the catalog measure ``code``, as choosing it in the drop-down does."""
        self.catalog.setCurrentIndex(self.catalog.findData(code))

    def _from_catalog(self) -> None:
        if self.catalog.currentData():
            self.name.setText(self.catalog.currentText().strip())

    def data(self) -> tuple:
        """What the form holds, as typed (the discard question compares it)."""
        return (self.catalog.currentData(), self.name.text(), self.goal.currentData(),
                self.description.toPlainText(), self.responsible.currentText(),
                self.partners.text(), self.starts.text(), self.ends.text(), self.budget.text(),
                self.status.currentData())

    def measure(self) -> MeasureData:
        responsible_id = self.responsible.actor_id()
        try:
            return MeasureData(
                self.name.text(), self.catalog.currentData() or "",
                self.description.toPlainText().strip(), responsible_id,
                "" if responsible_id else self.responsible.currentText().strip(),
                self.partners.text().strip(), parse_date(self.starts.text(), "Začátek"),
                parse_date(self.ends.text(), "Konec"),
                parse_amount_hal(self.budget.text(), "Rozpočet"), self.status.currentData())
        except CellError as exc:
            raise ValidationError(str(exc) + ".") from None

    def accept(self) -> None:
        if run_guarded(self, lambda: self._save(self.measure(), self.goal.currentData())
                       or True):
            super().accept()
