"""A new indicator: picked from the shared catalog (its code keeps the numbers comparable at HQ)
or the locality's own, with the measure it measures, baseline, valid range and per-period
targets. Save stays open on a refusal, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from obecdesk.catalog.plan_catalog import catalog_indicators
from obecdesk.core.indicators.cells import CellError, parse_date, parse_decimal
from obecdesk.core.indicators.definitions import IndicatorData, parse_targets
from obecdesk.core.vocabulary.indicators import (
    Aggregation,
    Direction,
    Frequency,
    ResultType,
    Unit,
)
from obecdesk.errors import ValidationError
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context

Save = Callable[[IndicatorData, dict[str, float]], str]


def _combo(enum) -> QComboBox:
    combo = QComboBox()
    for member in enum:
        combo.addItem(tr_context("Vocabulary", member.label), member.value)
    return combo


class IndicatorDialog(QDialog):
    def __init__(self, save: Save, measures: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        """``measures``: (lineage id, title) of the current plan's measures."""
        super().__init__(parent)
        self._save = save
        self.saved_id = ""
        self.setWindowTitle(self.tr("Nový ukazatel"))
        self.setMinimumWidth(520)
        self.catalog = QComboBox()
        self.catalog.setObjectName("catalog")
        self.catalog.addItem(self.tr("vlastní ukazatel lokality"), "")
        for entry in catalog_indicators():
            self.catalog.addItem(entry.label_cs, entry.code)
        self.catalog.currentIndexChanged.connect(self._from_catalog)
        self.name = QLineEdit()
        self.unit, self.direction = _combo(Unit), _combo(Direction)
        self.aggregation, self.result_type = _combo(Aggregation), _combo(ResultType)
        self.frequency = _combo(Frequency)
        self.frequency.setCurrentIndex(self.frequency.findData(Frequency.QUARTER.value))
        self.measure = QComboBox()
        self.measure.addItem(self.tr("(bez opatření)"), "")
        for lineage, title in measures:
            self.measure.addItem(title, lineage)
        self.baseline, self.baseline_date = QLineEdit(), QLineEdit()
        self.baseline_date.setPlaceholderText("30.9.2024")
        self.minimum, self.maximum, self.source = QLineEdit(), QLineEdit(), QLineEdit()
        self.targets = QLineEdit()
        self.targets.setObjectName("targets")
        self.targets.setPlaceholderText("2025-Q4=40; 2026-Q4=60")
        form = QFormLayout()
        for label, widget in ((self.tr("Z katalogu"), self.catalog), (self.tr("Název *"), self.name),
                              (self.tr("Jednotka"), self.unit), (self.tr("Směr"), self.direction),
                              (self.tr("Souhrn za období"), self.aggregation),
                              (self.tr("Typ výsledku"), self.result_type),
                              (self.tr("Vykazuje se"), self.frequency),
                              (self.tr("Opatření"), self.measure),
                              (self.tr("Výchozí hodnota"), self.baseline),
                              (self.tr("Datum výchozí hodnoty"), self.baseline_date),
                              (self.tr("Platný rozsah od"), self.minimum),
                              (self.tr("do"), self.maximum), (self.tr("Zdroj dat"), self.source),
                              (self.tr("Cíle za období"), self.targets)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _from_catalog(self) -> None:
        code = self.catalog.currentData()
        entry = next((e for e in catalog_indicators() if e.code == code), None)
        if entry is None:
            return
        self.name.setText(entry.label_cs)
        for combo, value in ((self.unit, entry.unit), (self.direction, entry.direction),
                             (self.aggregation, entry.aggregation),
                             (self.result_type, entry.result_type),
                             (self.frequency, entry.frequency)):
            combo.setCurrentIndex(combo.findData(value))

    def data(self) -> tuple[IndicatorData, dict[str, float]]:
        def number(edit: QLineEdit) -> float | None:
            value = parse_decimal(edit.text())
            return None if value is None else float(value)

        try:
            data = IndicatorData(
                self.name.text(), self.unit.currentData(), self.direction.currentData(),
                self.aggregation.currentData(), self.result_type.currentData(),
                self.frequency.currentData(), number(self.baseline),
                parse_date(self.baseline_date.text(), "Datum výchozí hodnoty"),
                number(self.minimum), number(self.maximum), self.source.text().strip(),
                self.measure.currentData() or None, self.catalog.currentData())
        except CellError as exc:
            raise ValidationError(str(exc) + ".") from None
        return data, parse_targets(self.targets.text())

    def accept(self) -> None:
        saved = run_guarded(self, lambda: self._save(*self.data()))
        if saved:
            self.saved_id = saved
            super().accept()
