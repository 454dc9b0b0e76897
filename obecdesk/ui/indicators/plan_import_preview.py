"""The lists of a plan import's preview: the rows to import (per kind, in the words of the
file), the rows refused with their line numbers and reasons, and the notes of the reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTabWidget, QWidget

from obecdesk.core.formatting import money_text, number_text
from obecdesk.core.indicators.imports import PlanImportPreview
from obecdesk.core.indicators.projects import hal_to_czk
from obecdesk.core.vocabulary.indicators import MeasureStatus, ProjectStatus
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.text_table_model import TextTableModel

Cell = Callable[[dict[str, Any]], str]


def _money(hal: int | None) -> str:
    czk = hal_to_czk(hal)
    return "" if czk is None else money_text(czk)


def _status(enum) -> Cell:
    return lambda v: vocab(enum(v["status"]).label)


# kind → (header, cell) of the rows to import, besides the line number and the warnings
ROW_COLUMNS: dict[str, tuple[tuple[str, Cell], ...]] = {
    "projects": (
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Název"), lambda v: v["title"]),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Program"), lambda v: v["programme"]),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Stav"), _status(ProjectStatus)),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Požadováno"), lambda v: _money(
            v["requested_hal"])),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Schváleno"), lambda v: _money(
            v["approved_hal"]))),
    "measures": (
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Oblast"), lambda v: v["area"]),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Cíl"), lambda v: v["goal"]),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Opatření"), lambda v: v["title"]),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Stav"), _status(MeasureStatus)),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Odpovídá"), lambda v: v["responsible_name"]
         or (QCoreApplication.translate("PlanImportPreview", "aktér z adresáře")
             if v["responsible_id"] else "")),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Rozpočet"), lambda v: _money(v["budget_hal"]))),
    "indicator-values": (
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Období"), lambda v: v["period"]),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Hodnota"), lambda v: number_text(v["value"])),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Zdroj"), lambda v: v["source"]),
        (QT_TRANSLATE_NOOP("PlanImportPreview", "Poznámka"), lambda v: v["note"])),
}


def _table(model: TextTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(150)
    header.resizeSection(0, 60)  # the line number
    return view


class PlanImportTabs(QTabWidget):
    """Tabs titled with their counts, so what would happen shows before any click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-import-tabs")
        self.rows_model = TextTableModel([], self)
        self.rejected_model = TextTableModel([self.tr("Řádek"), self.tr("Chyba")], self)
        self.notes_model = TextTableModel([self.tr("Poznámka")], self)
        self.rows_view = _table(self.rows_model)
        self.addTab(self.rows_view, "")
        self.addTab(_table(self.rejected_model), "")
        self.addTab(_table(self.notes_model), "")
        self._name_tabs()

    def _name_tabs(self) -> None:
        titles = (self.tr("Bude importováno ({0})"), self.tr("Chybné řádky ({0})"),
                  self.tr("Poznámky ({0})"))
        models = (self.rows_model, self.rejected_model, self.notes_model)
        for index, (title, model) in enumerate(zip(titles, models, strict=True)):
            self.setTabText(index, title.format(model.rowCount()))

    def clear_preview(self) -> None:
        for model in (self.rows_model, self.rejected_model, self.notes_model):
            model.set_rows([])
        self._name_tabs()

    def show_preview(self, preview: PlanImportPreview, names: dict[str, str]) -> None:
        """``names``: indicator id → name, for the value rows."""
        columns = ROW_COLUMNS[preview.kind]
        first = [self.tr("Řádek")]
        if preview.kind == "indicator-values":
            first.append(self.tr("Ukazatel"))
        headers = first + [QCoreApplication.translate("PlanImportPreview", h)
                           for h, _ in columns] + [self.tr("Upozornění")]
        self.rows_model.headers = headers
        rows = []
        for row in preview.rows:
            lead = [str(row.line)]
            if preview.kind == "indicator-values":
                lead.append(names.get(row.values["indicator_id"], ""))
            rows.append(lead + [cell(row.values) for _, cell in columns]
                        + ["; ".join(row.warnings)])
        self.rows_model.set_rows(rows)
        self.rows_view.resizeColumnsToContents()
        header = self.rows_view.horizontalHeader()
        for column in range(len(headers)):  # long titles stay readable in the tooltip
            header.resizeSection(column, min(header.sectionSize(column) + 12, 260))
        self.rejected_model.set_rows([(str(line), reason) for line, reason in preview.rejected])
        self.notes_model.set_rows([(note,) for note in preview.notes])
        self._name_tabs()
        self.setCurrentIndex(0 if preview.rows or not preview.rejected else 1)
