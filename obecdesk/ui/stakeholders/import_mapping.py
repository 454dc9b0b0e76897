"""The column-mapping table of the import wizard: one row per file column, a field combo each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from obecdesk.core.stakeholders.imports.results import ImportPreview
from obecdesk.core.stakeholders.imports.rows import available_fields


class ColumnMappingTable(QTableWidget):
    """Header | field combo | sample values. ``changed`` carries the user's field → header map.

    The map names every field (``None`` for the unused ones), so the service applies exactly
    what the combos show rather than its own guess.
    """

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("import-mapping")
        self.setHorizontalHeaderLabels(
            [self.tr("Sloupec v souboru"), self.tr("Načíst jako"), self.tr("Ukázka hodnot")])
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 180)
        header.resizeSection(1, 220)
        header.setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []

    def headers(self) -> list[str]:
        return [self.item(row, 0).text() for row in range(self.rowCount())]

    def clear_columns(self) -> None:
        self.setRowCount(0)
        self.combos = []

    def show_preview(self, preview: ImportPreview) -> None:
        """Show the preview's mapping; the same file only moves the combos, never rebuilds."""
        if [m.header for m in preview.mapping] == self.headers():
            for combo, column in zip(self.combos, preview.mapping, strict=True):
                combo.blockSignals(True)  # the user's own change is what brought us here
                combo.setCurrentIndex(max(combo.findData(column.field), 0))
                combo.blockSignals(False)
            return
        self.setRowCount(len(preview.mapping))
        self.combos = []
        fields = available_fields()
        for row, column in enumerate(preview.mapping):
            self.setItem(row, 0, QTableWidgetItem(column.header))
            combo = QComboBox()
            combo.addItem(self.tr("— nenačítat —"), None)
            for field, label in fields:
                combo.addItem(QCoreApplication.translate("ActorImport", label), field)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.currentIndexChanged.connect(self._combo_changed)
            self.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            samples = [cells[column.index] for cells in preview.sample
                       if column.index < len(cells) and cells[column.index]][:3]
            self.setItem(row, 2, QTableWidgetItem(", ".join(samples)))

    def set_column_field(self, header: str, field: str | None) -> None:
        """Map the file column ``header`` to ``field`` (what the user does with the combo)."""
        row = self.headers().index(header)
        self.combos[row].setCurrentIndex(max(self.combos[row].findData(field), 0))

    def field_of(self, header: str) -> str | None:
        return self.combos[self.headers().index(header)].currentData()

    def chosen(self) -> dict[str, str | None]:
        columns: dict[str, str | None] = {field: None for field, _label in available_fields()}
        for header, combo in zip(self.headers(), self.combos, strict=True):
            if combo.currentData():
                columns[combo.currentData()] = header
        return columns

    def _combo_changed(self, _index: int) -> None:
        self.changed.emit(self.chosen())
