"""The import wizard's footer: what it is doing or found, and the import and close buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from obecdesk.core.formatting import number_text
from obecdesk.core.stakeholders.imports.results import ImportPreview, ImportResult


class ImportStatusBar(QWidget):
    """A busy indicator while a worker runs, the counts of a preview or of a finished import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setObjectName("import-progress")
        self.progress.setRange(0, 0)  # busy: the services report no fractions
        self.progress.setMaximumWidth(160)
        self.progress.hide()

        self.summary = QLabel()
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Importovat"))
        self.import_button.setObjectName("import-confirm")
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Zrušit"))
        self.close_button.setObjectName("import-cancel")
        buttons = QHBoxLayout(self)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

    def show_preview(self, preview: ImportPreview) -> None:
        """What the import would do; the import button is enabled when there is anything to do."""
        counts = preview.counts()
        parts = [self.tr("Aktérů k importu: {0}.").format(number_text(counts["to_import"]))]
        if counts["duplicates"]:
            parts.append(self.tr("Duplicit (přeskočí se): {0}.").format(counts["duplicates"]))
        if counts["rejected"]:
            parts.append(self.tr("Odmítnutých řádků: {0}.").format(counts["rejected"]))
        if counts["empty_rows"]:
            parts.append(self.tr("Vynechaných prázdných řádků: {0}.").format(counts["empty_rows"]))
        parts += list(preview.notes)
        self.summary.setText(" ".join(parts))
        self.import_button.setEnabled(counts["to_import"] > 0)

    def show_result(self, result: ImportResult) -> None:
        """What the import did."""
        parts = [self.tr("Importováno aktérů: {0}.").format(number_text(result.imported))]
        if result.duplicates:
            parts.append(self.tr("Přeskočeno duplicit přidaných mezitím: {0}.")
                         .format(result.duplicates))
        if result.rejected:
            parts.append(self.tr("Odmítnutých řádků: {0}.").format(len(result.rejected)))
        self.summary.setText(" ".join(parts))
