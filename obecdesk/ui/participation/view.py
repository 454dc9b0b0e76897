"""Participace: the locality's events (head counts in all and from the target groups) above,
the proposals and comments of the chosen event below with their disposition, and the export
of "what happened to your proposal" to XLSX or PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.core.participation.events import EventInfo
from obecdesk.core.vocabulary.participation import Disposition
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.columns import fitting_table, rows_follow_columns
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.participation.dialogs import EventDialog, ProposalDialog
from obecdesk.ui.participation.models import EventCol, EventsModel, ProposalCol, ProposalsModel
from obecdesk.ui.services import Services

KINDS = ("participation-events", "proposals")


def _table(model, stretch: int, caps: dict[int, int] | None = None) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fitting_table(table, caps=caps)
    rows_follow_columns(table)
    return table


class ParticipationView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self.events_model = EventsModel(self)
        self.events = _table(self.events_model, EventCol.TITLE)
        self.events.setObjectName("participation-events")
        self.events.selectionModel().currentRowChanged.connect(lambda *_: self._load_proposals())
        self.events.doubleClicked.connect(lambda *_: self.edit_event())
        self.summary = QLabel()
        self.summary.setObjectName("participation-summary")
        self.summary.setWordWrap(True)
        new_event = QPushButton(self.tr("Nová akce…"))
        new_event.clicked.connect(lambda: self.edit_event(new=True))
        edit_event = QPushButton(self.tr("Upravit akci…"))
        edit_event.clicked.connect(lambda: self.edit_event())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(new_event)
        top.addWidget(edit_event)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.events)

        self.proposals_model = ProposalsModel(self)
        self.proposals = _table(self.proposals_model, ProposalCol.OUTCOME,
                                {ProposalCol.TEXT: 300, ProposalCol.EVENT: 220})
        self.proposals.setObjectName("participation-proposals")
        self.proposals.doubleClicked.connect(lambda *_: self.edit_proposal())
        self.scope = QComboBox()
        self.scope.setObjectName("proposals-scope")
        self.scope.addItem(self.tr("ze všech akcí"), "all")
        self.scope.addItem(self.tr("z vybrané akce"), "event")
        self.scope.currentIndexChanged.connect(self._load_proposals)
        self.disposition = QComboBox()
        self.disposition.setObjectName("proposals-disposition")
        self.disposition.addItem(self.tr("jakkoli vyřízené"), "")
        for member in Disposition:
            self.disposition.addItem(tr_context("Vocabulary", member.label), member.value)
        self.disposition.currentIndexChanged.connect(self._load_proposals)
        new_proposal = QPushButton(self.tr("Nový návrh k vybrané akci…"))
        new_proposal.clicked.connect(lambda: self.edit_proposal(new=True))
        export = QPushButton(self.tr("Uložit seznam (XLSX, PDF)…"))
        export.clicked.connect(self.export_dialog)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Návrhy a připomínky")))
        bar.addWidget(self.scope)
        bar.addWidget(self.disposition)
        bar.addStretch(1)
        bar.addWidget(new_proposal)
        bar.addWidget(export)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.proposals)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
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
        self.events_model.set_rows(rows)
        total = sum(e.data.attendance_total or 0 for e in rows)
        target = sum(e.data.attendance_target or 0 for e in rows)
        self.summary.setText(self.tr("Akcí {0} · účastníků {1}, z cílových skupin {2}").format(
            number_text(len(rows)), number_text(total), number_text(target)))
        ids = [e.id for e in rows]
        if rows:
            row = ids.index(chosen.id) if chosen and chosen.id in ids else 0
            self.events.selectRow(row)
        self._load_proposals()

    def _load_proposals(self) -> None:
        locality_id = self.ctx.locality_id
        if not locality_id:
            self.proposals_model.set_rows([])
            return
        event = self.current_event()
        if self.scope.currentData() == "event" and event is None:
            self.proposals_model.set_rows([])
            return
        self.proposals_model.set_rows(self.services.proposals.of_locality(
            locality_id, event_id=event.id if self.scope.currentData() == "event" else None,
            disposition=self.disposition.currentData() or None))

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

    def edit_proposal(self, *, new: bool = False) -> None:
        proposals = self.services.proposals
        if new:
            event = self.current_event()
            if event is None:
                return
            ProposalDialog(lambda d: proposals.add(event.id, d), parent=self).exec()
            return
        index = self.proposals.currentIndex()
        if index.isValid():
            item = self.proposals_model.row_at(index.row())
            ProposalDialog(lambda d: proposals.update(item.id, d), item.data, parent=self).exec()

    def export_dialog(self) -> None:
        if not self.ctx.locality_id:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Uložit seznam návrhů"), self.tr("navrhy.xlsx"),
            self.tr("Tabulka Excel (*.xlsx);;Dokument PDF (*.pdf)"))
        if path:
            if not path.lower().endswith((".xlsx", ".pdf")):
                path += ".pdf" if "pdf" in chosen.lower() else ".xlsx"
            self.export(path)

    def export(self, path: str) -> bool:
        written = run_guarded(self, lambda: self.services.export_proposals(
            self.ctx.locality_id, path))
        if written is not None:
            self.summary.setText(self.tr("Seznam návrhů uložen do {0}.").format(written))
        return written is not None

    # -- broadcasts --------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
