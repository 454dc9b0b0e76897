"""The import wizard: pick a CSV/XLSX, check the column mapping and the rows, then import.

Nothing is written until "Importovat" is pressed: every change of the file or the mapping only
asks the service for a new preview. A broken file gives a Czech sentence in the dialog itself.
Reading the file and writing the rows both run in worker threads behind a busy indicator, so a
10,000-row sheet never freezes the window; a running import can be cancelled and then rolls back.
"""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from obecdesk.core.stakeholders.imports.results import ImportPreview, ImportResult
from obecdesk.core.stakeholders.imports.service import ActorImportService
from obecdesk.ui.errors import show_error
from obecdesk.ui.stakeholders.background import ServiceCall
from obecdesk.ui.stakeholders.import_file_row import ImportFileRow
from obecdesk.ui.stakeholders.import_mapping import ColumnMappingTable
from obecdesk.ui.stakeholders.import_preview_tabs import ImportPreviewTabs
from obecdesk.ui.stakeholders.import_status import ImportStatusBar

ERROR_STYLE = "color:#a11d1d; font-weight:bold;"


class ImportDialog(QDialog):
    """Preview and confirm an import of actors into one locality."""

    def __init__(self, service: ActorImportService, locality_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-dialog")
        self.setWindowTitle(self.tr("Import aktérů z tabulky"))
        self.service = service
        self.locality_id = locality_id
        self.path = ""
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.worker: ServiceCall | None = None
        #: preview readers still running; only the newest one's answer is shown
        self._previews: list[ServiceCall] = []
        self._cancel = threading.Event()

        self.file_row = ImportFileRow()
        self.file_row.file_chosen.connect(self.load_file)
        self.file_row.encoding_changed.connect(self._encoding_chosen)
        self.description = QLabel()
        self.error = QLabel()
        self.error.setObjectName("import-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.mapping = ColumnMappingTable()
        self.mapping.changed.connect(self._run_preview)

        self.result_tabs = ImportPreviewTabs()

        self.status = ImportStatusBar()
        self.status.import_button.clicked.connect(self.confirm)
        self.status.close_button.clicked.connect(self.reject)
        # the parts tests and the methods below reach for, named once here
        self.progress = self.status.progress
        self.summary = self.status.summary
        self.import_button = self.status.import_button
        self.close_button = self.status.close_button

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_row)
        layout.addWidget(self.description)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Přiřazení sloupců (změnou se náhled přepočítá):")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.result_tabs, 3)
        layout.addWidget(self.status)
        self.resize(980, 720)

    # -- choosing and previewing -------------------------------------------------------------

    def load_file(self, path: str) -> None:
        """Preview ``path`` with the mapping guessed from its headers (read in the background)."""
        self.path = path
        self.file_row.show_path(path)
        self._run_preview(None)

    def set_encoding(self, codec: str) -> None:
        """Choose the CSV encoding (a key of ``ENCODING_CHOICES``), as the combo does."""
        self.file_row.set_codec(codec)

    def _encoding_chosen(self) -> None:
        if self.path:  # other text means other headers: guess the mapping afresh
            self._run_preview(None)

    @property
    def busy(self) -> bool:
        """A preview is being read or an import is being written."""
        return bool(self._previews) or self.worker is not None

    def _run_preview(self, columns: dict[str, str | None] | None) -> None:
        """Read the file again in a worker thread; the answer arrives in ``_preview_ready``."""
        path, encoding = self.path, self.file_row.codec()
        worker = ServiceCall(lambda: self.service.preview(
            path, self.locality_id, columns=columns, encoding=encoding), self)
        worker.setProperty("mapping_given", columns is not None)
        # bound slots of this dialog, so the answers are queued into the UI thread
        worker.done.connect(self._preview_ready)
        worker.failed.connect(self._preview_failed)
        worker.crashed.connect(self._preview_crashed)
        self._previews.append(worker)
        self.import_button.setEnabled(False)
        self.progress.show()
        self.summary.setText(self.tr("Čtu soubor…"))
        worker.start()

    def _preview_finished(self, worker: ServiceCall) -> bool:
        """Forget ``worker``; True when it is the newest request (older answers are stale)."""
        newest = bool(self._previews) and self._previews[-1] is worker
        worker.wait()
        self._previews.remove(worker)
        if not self.busy:
            self.progress.hide()
        return newest

    def _preview_ready(self, preview: ImportPreview) -> None:
        if self._preview_finished(self.sender()):
            self.error.hide()
            self._show_preview(preview)

    def _preview_failed(self, message: str) -> None:
        worker = self.sender()
        if self._preview_finished(worker):
            self._show_failure(message, keep_mapping=bool(worker.property("mapping_given")))

    def _preview_crashed(self, exc: Exception) -> None:
        self._preview_finished(self.sender())
        raise exc

    def _show_failure(self, message: str, *, keep_mapping: bool) -> None:
        self.preview = None
        self.error.setText(message)
        self.error.show()
        if not keep_mapping:
            self.mapping.clear_columns()
            self.description.clear()
        self.result_tabs.clear_preview()
        self.summary.clear()
        self.import_button.setEnabled(False)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.description.setText(preview.description)
        self.mapping.show_preview(preview)
        self.result_tabs.show_preview(preview)
        self.status.show_preview(preview)

    def set_column_field(self, header: str, field: str | None) -> None:
        """Map the file column ``header`` to ``field``, as choosing it in the combo does."""
        self.mapping.set_column_field(header, field)

    # -- importing ---------------------------------------------------------------------------

    def confirm(self) -> None:
        """Write the previewed rows (the only place this dialog writes anything).

        The commit is one transaction in a worker thread, so a big file does not freeze the
        window; the dialog waits with its buttons disabled and reports the outcome.
        """
        if self.preview is None or self.busy:
            return
        self.import_button.setEnabled(False)
        self.close_button.setText(self.tr("Přerušit import"))
        self.mapping.setEnabled(False)
        self.file_row.encoding.setEnabled(False)
        self.progress.show()
        self.summary.setText(self.tr("Importuji…"))
        preview = self.preview
        self._cancel.clear()
        self.worker = ServiceCall(
            lambda: self.service.commit(preview, cancelled=self._cancel.is_set), self)
        self.worker.done.connect(self._imported)
        self.worker.failed.connect(self._import_failed)
        self.worker.crashed.connect(self._import_crashed)
        self.worker.start()

    def cancel_import(self) -> None:
        """Ask the running import to stop; its transaction rolls back, nothing is written."""
        if self.worker is not None:
            self._cancel.set()
            self.summary.setText(self.tr("Přerušuji import…"))

    def _finish_worker(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker = None
        self.progress.setVisible(bool(self._previews))
        self.close_button.setText(self.tr("Zrušit"))
        self.file_row.encoding.setEnabled(True)

    def _imported(self, result: ImportResult) -> None:
        self._finish_worker()
        self.result = result
        self.status.show_result(result)
        self.close_button.setText(self.tr("Zavřít"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)

    def _import_failed(self, message: str) -> None:
        self._finish_worker()
        self.mapping.setEnabled(True)
        self.import_button.setEnabled(True)
        self.summary.clear()
        if self._cancel.is_set():
            self.summary.setText(message)  # the user asked for it: no error box
        else:
            show_error(self, message)

    def _import_crashed(self, exc: Exception) -> None:
        self._finish_worker()
        raise exc

    def reject(self) -> None:
        """Close; during an import the button (and Esc) cancel the import instead."""
        if self.worker is not None:
            self.cancel_import()
            return
        for worker in self._previews:
            worker.wait()  # a reader finishing after the dialog is gone would have no receiver
        super().reject()
