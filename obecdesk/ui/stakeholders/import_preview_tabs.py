"""The three lists of an import preview: rows to import, duplicates, rejected rows with reasons."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from obecdesk.core.stakeholders.imports.results import ImportPreview
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.text_table_model import TextTableModel


def _table(model: TextTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(150)
    header.resizeSection(0, 60)  # the row number
    return view


class ImportPreviewTabs(QTabWidget):
    """Tabs titled with their counts, so what will happen is visible before any click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-tabs")
        self.rows_model = TextTableModel([
            self.tr("Řádek"), self.tr("Jméno / název"), self.tr("Organizace"), self.tr("Sektor"),
            self.tr("Role"), self.tr("E-mail"), self.tr("Upozornění")], self)
        self.duplicates_model = TextTableModel(
            [self.tr("Řádek"), self.tr("Jméno / název"), self.tr("Organizace"), self.tr("Proč")],
            self)
        self.rejected_model = TextTableModel(
            [self.tr("Řádek"), self.tr("Důvod"), self.tr("Obsah řádku")], self)
        for model in self._models():
            self.addTab(_table(model), "")
        self._name_tabs()

    def _models(self) -> tuple[TextTableModel, ...]:
        return self.rows_model, self.duplicates_model, self.rejected_model

    def clear_preview(self) -> None:
        for model in self._models():
            model.set_rows([])
        self._name_tabs()

    def show_preview(self, preview: ImportPreview) -> None:
        sector_label = {s.value: vocab(s.label) for s in Sector}
        self.rows_model.set_rows([
            (str(r.line), r.data.name, r.data.organisation_name,
             sector_label.get(r.data.sector, r.data.sector), r.data.role, r.data.email,
             "; ".join(r.warnings)) for r in preview.rows])
        self.duplicates_model.set_rows([
            (str(d.line), d.name, d.organisation, d.reason) for d in preview.duplicates])
        self.rejected_model.set_rows([
            (str(r.line), r.reason, " | ".join(c for c in r.cells if c))
            for r in preview.rejected])
        self._name_tabs()

    def _name_tabs(self) -> None:
        titles = (self.tr("Bude importováno ({0})"), self.tr("Duplicity ({0})"),
                  self.tr("Odmítnuté řádky ({0})"))
        for index, (title, model) in enumerate(zip(titles, self._models(), strict=True)):
            self.setTabText(index, title.format(model.rowCount()))
