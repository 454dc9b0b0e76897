"""Import of projects, measures or indicator values from a CSV (Czech Excel) or XLSX table.

The same service as ``obecdesk import projects|measures|indicator-values``: choosing a kind,
a file or an encoding only asks for a new preview (recognised columns, rows to import, refused
rows with their line numbers, notes); nothing is written until "Importovat" is pressed. A file
that cannot be read gives one Czech sentence in the dialog and changes nothing. The plan's
tables are small, so the preview and the import run at once, not in a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.core.indicators.import_columns import COLUMNS
from obecdesk.core.indicators.imports import PlanImportPreview, PlanImportService
from obecdesk.core.stakeholders.imports.encoding import ENCODING_CHOICES
from obecdesk.errors import UserError
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.indicators.plan_import_preview import PlanImportTabs

KINDS = {"projects": QT_TRANSLATE_NOOP("PlanImportDialog", "projekty"),
         "measures": QT_TRANSLATE_NOOP("PlanImportDialog", "opatření plánu"),
         "indicator-values": QT_TRANSLATE_NOOP("PlanImportDialog", "hodnoty ukazatelů")}
ERROR_STYLE = "color:#a11d1d; font-weight:bold;"


class PlanImportDialog(QDialog):
    def __init__(self, service: PlanImportService, locality_id: str, kind: str = "measures",
                 names: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        """``names``: indicator id → name, shown in the preview of values."""
        super().__init__(parent)
        self.setObjectName("plan-import-dialog")
        self.setWindowTitle(self.tr("Import do plánu a ukazatelů"))
        self.service, self.locality_id, self.names = service, locality_id, names or {}
        self.path = ""
        self.preview: PlanImportPreview | None = None
        self.imported: int | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("plan-import-kind")
        for key, label in KINDS.items():
            self.kind.addItem(tr_context("PlanImportDialog", label), key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self.refresh)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("CSV (i z českého Excelu) nebo XLSX"))
        choose = QPushButton(self.tr("Vybrat soubor…"))
        choose.clicked.connect(self.choose_file)
        self.encoding = QComboBox()
        self.encoding.setObjectName("plan-import-encoding")
        for codec, label in ENCODING_CHOICES.items():
            self.encoding.addItem(self.tr("automaticky") if codec == "auto" else label, codec)
        self.encoding.currentIndexChanged.connect(self.refresh)
        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Co importovat:")), 0, 0)
        top.addWidget(self.kind, 0, 1)
        top.addWidget(QLabel(self.tr("Kódování:")), 0, 3)
        top.addWidget(self.encoding, 0, 4)
        top.addWidget(QLabel(self.tr("Soubor:")), 1, 0)
        top.addWidget(self.path_edit, 1, 1, 1, 3)
        top.addWidget(choose, 1, 4)
        top.setColumnStretch(2, 1)
        self.columns = QLabel()
        self.columns.setObjectName("plan-import-columns")
        self.columns.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("plan-import-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.tabs = PlanImportTabs()
        self.summary = QLabel()
        self.summary.setObjectName("plan-import-summary")
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Importovat"))
        self.import_button.setObjectName("plan-import-confirm")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        self.close_button = QPushButton(self.tr("Zrušit"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.columns)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        screen = self.screen().availableGeometry()  # a 1280×720 laptop at 125 % too
        self.resize(min(900, screen.width() - 40), min(560, screen.height() - 80))
        self._show_help()

    def _show_help(self) -> None:
        kind = self.kind.currentData()
        wanted = ", ".join(headers[0] for headers in COLUMNS[kind].values())
        self.columns.setText(self.tr("Sloupce, které import zná: {0} "
                                     "(viz docs/import-formats.md).").format(wanted))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vyberte tabulku k importu"), "",
            self.tr("Tabulky (*.csv *.xlsx *.txt);;Všechny soubory (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        self.path = path
        self.path_edit.setText(path)
        self.refresh()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def refresh(self) -> None:
        """A new preview of the chosen file as the chosen kind (writes nothing)."""
        self.preview = None
        self.import_button.setEnabled(False)
        self.tabs.clear_preview()
        self.summary.clear()
        self.error.hide()
        self._show_help()
        if not self.path or self.imported is not None:
            return
        try:
            preview = self.service.preview(self.kind.currentData(), self.path, self.locality_id,
                                           self.encoding.currentData())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.preview = preview
        found = ", ".join(f"{header}" for header in preview.columns)
        self.columns.setText(self.tr("{0}. Rozpoznané sloupce: {1}.").format(
            preview.description, found))
        self.tabs.show_preview(preview, self.names)
        parts = [self.tr("Řádků k importu: {0}.").format(number_text(len(preview.rows)))]
        if preview.rejected:
            parts.append(self.tr("Chybných řádků (neimportují se): {0}.").format(
                len(preview.rejected)))
        if preview.empty_rows:
            parts.append(self.tr("Vynechaných prázdných řádků: {0}.").format(preview.empty_rows))
        self.summary.setText(" ".join(parts))
        self.import_button.setEnabled(bool(preview.rows))

    def confirm(self) -> None:
        """Write the previewed rows (the only place this dialog writes anything)."""
        if self.preview is None or not self.preview.rows:
            return
        preview = self.preview
        written = run_guarded(self, lambda: self.service.commit(preview))
        if written is None:
            return
        self.imported = written
        self.import_button.setEnabled(False)
        self.kind.setEnabled(False)
        self.encoding.setEnabled(False)
        text = self.tr("Importováno řádků: {0} ({1}).").format(
            number_text(written), self.kind.currentText())
        if preview.rejected:
            text += " " + self.tr("Chybné řádky ({0}) se neimportovaly; opravte je v souboru "
                                  "a importujte jen je.").format(len(preview.rejected))
        self.summary.setText(text)
        self.close_button.setText(self.tr("Zavřít"))
