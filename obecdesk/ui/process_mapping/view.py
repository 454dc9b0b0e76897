"""Mapování procesů: the agendas with their steps (formal against informal practice), documents
and interviews; the critical points; the recommendations and their follow-up; the report PDF."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.process_mapping.overview import ProcessMap
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.layout import scrolled
from obecdesk.ui.process_mapping.agenda_editors import AgendaEditors
from obecdesk.ui.process_mapping.agendas_panel import AgendasPanel
from obecdesk.ui.process_mapping.finding_editors import FindingEditors
from obecdesk.ui.process_mapping.points_panel import PointsPanel
from obecdesk.ui.process_mapping.recommendations_panel import RecommendationsPanel
from obecdesk.ui.services import Services

#: entity kinds whose change this view shows (actors: the referral's name)
KINDS = ("process-agendas", "process-steps", "process-documents", "process-interviews",
         "critical-points", "recommendations", "recommendation-follow-ups", "actors",
         "localities")


class ProcessMappingView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self.desk = services.process_mapping
        self.data: ProcessMap | None = None
        self.last_preview = None
        # preview PDFs live as long as the view; the folder goes away with it
        self._pdf_folder = tempfile.TemporaryDirectory(prefix="obecdesk-")
        folder = self._pdf_folder
        self.destroyed.connect(lambda *_: folder.cleanup())
        self.agenda_editors = AgendaEditors(self.desk, self)
        self.finding_editors = FindingEditors(self.desk, self)
        self.agendas = AgendasPanel(self.agenda_editors)
        self.points = PointsPanel(self.finding_editors)
        self.recommendations = RecommendationsPanel(self.finding_editors, services)
        self.points.go_to_step.connect(self.go_to_step)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("process-tabs")
        self.tabs.addTab(self.agendas, self.tr("Agendy a postupy"))
        self.tabs.addTab(scrolled(self.points), self.tr("Kritická místa"))
        self.tabs.addTab(scrolled(self.recommendations), self.tr("Doporučení"))
        self.summary = QLabel()
        self.summary.setObjectName("process-summary")
        print_button = QPushButton(self.tr("Zpráva z mapování (PDF)…"))
        print_button.setObjectName("print-process-map")
        print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def reload(self) -> None:
        locality_id = self.ctx.locality_id
        if not locality_id:
            self.data = None
            self.summary.setText(self.tr("Vyberte lokalitu."))
            return
        data = run_guarded(self, lambda: self.desk.read(locality_id))
        if data is None:
            return
        self.data = data
        self.summary.setText(self.tr("{0}: agend {1}, kritických míst {2}, doporučení {3}").format(
            data.locality_name, len(data.agendas), len(data.points), len(data.recommendations)))
        self.agendas.show_map(data)
        self.points.show_map(data)
        self.recommendations.show_map(data)

    def go_to_step(self, agenda_id: str, step_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.agendas.select_step(agenda_id, step_id or None)

    def print_report(self) -> None:
        if self.data is None:
            return
        from obecdesk.reports.process_map_report import write_process_map_report
        from obecdesk.ui.meetings.print_preview import PdfPreviewDialog

        # a new file per build: an open preview keeps reading its own
        descriptor, name = tempfile.mkstemp(prefix="mapovani-procesu-", suffix=".pdf",
                                            dir=self._pdf_folder.name)
        os.close(descriptor)
        data = self.data
        path = run_guarded(self, lambda: write_process_map_report(data, name))
        if path is None:
            return
        self.last_preview = PdfPreviewDialog(
            Path(path), self.tr("Zpráva z mapování procesů – {0}").format(data.locality_name),
            "mapovani-procesu.pdf", self)
        self.last_preview.setModal(False)
        self.last_preview.show()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
