"""The strategic plan's heading: title, version, when the council adopted it, how long it holds.

A locality without a plan starts here; an existing version's heading is corrected here (the
council's date is often known only after the plan is written). Save stays open on a refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.cells import CellError, parse_date
from obecdesk.core.indicators.plans import PlanInfo
from obecdesk.errors import ValidationError
from obecdesk.ui.discard_guard import GuardedDialog
from obecdesk.ui.errors import run_guarded


@dataclass(frozen=True)
class PlanHeading:
    title: str
    version: int
    adopted_on: dt.date | None
    valid_from: dt.date | None
    valid_to: dt.date | None


class PlanDialog(GuardedDialog):
    def __init__(self, save: Callable[[PlanHeading], object], plan: PlanInfo | None = None,
                 default_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("plan-dialog")
        self.setWindowTitle(self.tr("Upravit strategický plán") if plan
                            else self.tr("Nový strategický plán"))
        self.setMinimumWidth(460)
        self.title = QLineEdit(plan.title if plan else default_title)
        self.version = QSpinBox()
        self.version.setRange(1, 99)
        self.version.setValue(plan.version if plan else 1)
        self.adopted = QLineEdit(date_text(plan.adopted_on) if plan else "")
        self.adopted.setPlaceholderText(self.tr("prázdné, dokud jej rada neschválí"))
        self.valid_from = QLineEdit(date_text(plan.valid_from) if plan else "")
        self.valid_to = QLineEdit(date_text(plan.valid_to) if plan else "")
        for edit in (self.valid_from, self.valid_to):
            edit.setPlaceholderText("1.1.2025")
        form = QFormLayout()
        for label, widget in ((self.tr("Název *"), self.title), (self.tr("Verze"), self.version),
                              (self.tr("Schválen radou dne"), self.adopted),
                              (self.tr("Platí od"), self.valid_from),
                              (self.tr("Platí do"), self.valid_to)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.mark_clean()

    def data(self) -> tuple:
        """What the form holds, as typed (the discard question compares it)."""
        return (self.title.text(), self.version.value(), self.adopted.text(),
                self.valid_from.text(), self.valid_to.text())

    def heading(self) -> PlanHeading:
        try:
            return PlanHeading(self.title.text(), self.version.value(),
                               parse_date(self.adopted.text(), "Datum schválení"),
                               parse_date(self.valid_from.text(), "Začátek platnosti"),
                               parse_date(self.valid_to.text(), "Konec platnosti"))
        except CellError as exc:
            raise ValidationError(str(exc) + ".") from None

    def accept(self) -> None:
        if run_guarded(self, lambda: self._save(self.heading()) or True):
            super().accept()
