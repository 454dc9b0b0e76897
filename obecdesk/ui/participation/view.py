"""Participace: the locality's events (head counts in all and from the target groups) above,
the proposals and comments of the chosen event below with their disposition, and the export
of "what happened to your proposal" to XLSX or PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.core.participation.events import EventInfo
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.participation.dialogs import EventDialog
from obecdesk.ui.participation.models import EventCol, EventsModel
from obecdesk.ui.participation.proposals_panel import ProposalsPanel, row_table
from obecdesk.ui.selection import enable_with_selection
from obecdesk.ui.services import Services

KINDS = ("participation-events", "proposals")


class ParticipationView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self.events_model = EventsModel(self)
        self.events = row_table(self.events_model, EventCol.TITLE)
        self.events.setObjectName("participation-events")
        self.events.selectionModel().currentRowChanged.connect(lambda *_: self.proposals.reload())
        self.events.doubleClicked.connect(lambda *_: self.edit_event())
        self.summary = QLabel()
        self.summary.setObjectName("participation-summary")
        self.summary.setWordWrap(True)
        new_event = QPushButton(self.tr("Nová akce…"))
        new_event.clicked.connect(lambda: self.edit_event(new=True))
        edit_event = QPushButton(self.tr("Upravit akci…"))
        edit_event.clicked.connect(lambda: self.edit_event())
        delete_event = QPushButton(self.tr("Smazat akci"))
        delete_event.clicked.connect(self.delete_event)
        enable_with_selection(self.events, edit_event, delete_event)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(new_event)
        top.addWidget(edit_event)
        top.addWidget(delete_event)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.events)

        self.proposals = ProposalsPanel(
            services.proposals, lambda: self.ctx.locality_id, self.current_event,
            services.export_proposals, self.summary.setText)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.proposals)
        split.setSizes([190, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def current_event(self) -> EventInfo | None:
        index = self.events.currentIndex()
        return self.events_model.row_at(index.row()) if index.isValid() else None

    def reload(self) -> None:
        locality_id = self.ctx.locality_id
        chosen = self.current_event()
        rows = self.services.events.of_locality(locality_id) if locality_id else []
        if any(e.data.method_id for e in rows):
            self.events_model.method_names = {
                m.id: m.name_cs for m in self.services.method_catalog.methods(locality_id)}
        self.events_model.set_rows(rows)
        total = sum(e.data.attendance_total or 0 for e in rows)
        target = sum(e.data.attendance_target or 0 for e in rows)
        self.summary.setText(self.tr("Akcí {0} · účastníků {1}, z cílových skupin {2}").format(
            number_text(len(rows)), number_text(total), number_text(target)))
        ids = [e.id for e in rows]
        if rows:
            row = ids.index(chosen.id) if chosen and chosen.id in ids else 0
            self.events.selectRow(row)
        self.proposals.reload()

    # -- editing -----------------------------------------------------------------------------

    def edit_event(self, *, new: bool = False) -> None:
        locality_id = self.ctx.locality_id
        if not locality_id:
            return
        methods = [(m.id, m.name_cs) for m in self.services.method_catalog.methods(locality_id)
                   if not m.is_block]
        events = self.services.events
        if new:
            EventDialog(lambda d: events.create(locality_id, d), methods, parent=self).exec()
            return
        event = self.current_event()
        if event is not None:
            EventDialog(lambda d: events.update(event.id, d), methods, event.data,
                        parent=self).exec()

    def delete_event(self) -> None:
        event = self.current_event()
        if event is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat akci"), self.tr(
            "Smazat akci {0} i s jejími návrhy a připomínkami ({1})?").format(
            event.data.title, event.proposals))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.services.events.remove(event.id))

    # -- broadcasts --------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
