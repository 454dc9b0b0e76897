"""The lower half of the participation screen: proposals and comments from all events or the
chosen one, filtered by disposition, added, edited and deleted, and saved as "what happened to
your proposal" (XLSX or PDF)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.participation.events import EventInfo
from obecdesk.core.participation.proposals import ProposalService
from obecdesk.core.vocabulary.participation import Disposition
from obecdesk.ui.columns import fitting_table, rows_follow_columns
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.participation.dialogs import ProposalDialog
from obecdesk.ui.participation.models import ProposalCol, ProposalsModel
from obecdesk.ui.selection import enable_with_selection


def row_table(model, stretch: int, caps: dict[int, int] | None = None) -> QTableView:
    """A table of whole rows whose ``stretch`` column takes the room left and whose rows grow
    to their wrapped text."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fitting_table(table, caps=caps)
    rows_follow_columns(table)
    return table


class ProposalsPanel(QWidget):
    """``locality()`` and ``event()`` (the event chosen above) say whose proposals to show;
    ``export(locality_id, path)`` writes the list; ``status(text)`` reports where it went."""

    def __init__(self, proposals: ProposalService, locality: Callable[[], str],
                 event: Callable[[], EventInfo | None], export: Callable[..., Path],
                 status: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.locality, self.chosen_event = proposals, locality, event
        self.write, self.status = export, status
        self.model = ProposalsModel(self)
        self.table = row_table(self.model, ProposalCol.OUTCOME,
                               {ProposalCol.TEXT: 300, ProposalCol.EVENT: 220})
        self.table.setObjectName("participation-proposals")
        self.table.doubleClicked.connect(lambda *_: self.edit_proposal())
        self.scope = QComboBox()
        self.scope.setObjectName("proposals-scope")
        self.scope.addItem(self.tr("ze všech akcí"), "all")
        self.scope.addItem(self.tr("z vybrané akce"), "event")
        self.scope.currentIndexChanged.connect(self.reload)
        self.disposition = QComboBox()
        self.disposition.setObjectName("proposals-disposition")
        self.disposition.addItem(self.tr("jakkoli vyřízené"), "")
        for member in Disposition:
            self.disposition.addItem(tr_context("Vocabulary", member.label), member.value)
        self.disposition.currentIndexChanged.connect(self.reload)
        new = QPushButton(self.tr("Nový návrh…"))
        new.setToolTip(self.tr("Návrh nebo připomínka z akce vybrané nahoře"))
        new.clicked.connect(lambda: self.edit_proposal(new=True))
        delete = QPushButton(self.tr("Smazat"))
        delete.clicked.connect(self.delete_proposal)
        enable_with_selection(self.table, delete)
        export = QPushButton(self.tr("Uložit seznam…"))
        export.setToolTip(self.tr("Co se stalo s vašimi návrhy: tabulka XLSX nebo PDF"))
        export.clicked.connect(self.export_dialog)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Návrhy a připomínky")))
        bar.addWidget(self.scope)
        bar.addWidget(self.disposition)
        bar.addStretch(1)
        for button in (new, delete, export):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def reload(self) -> None:
        locality_id, event = self.locality(), self.chosen_event()
        only_event = self.scope.currentData() == "event"
        if not locality_id or (only_event and event is None):
            self.model.set_rows([])
            return
        self.model.set_rows(self.service.of_locality(
            locality_id, event_id=event.id if only_event and event else None,
            disposition=self.disposition.currentData() or None))

    def edit_proposal(self, *, new: bool = False) -> None:
        if new:
            event = self.chosen_event()
            if event is not None:
                ProposalDialog(lambda d: self.service.add(event.id, d), parent=self).exec()
            return
        index = self.table.currentIndex()
        if index.isValid():
            item = self.model.row_at(index.row())
            ProposalDialog(lambda d: self.service.update(item.id, d), item.data,
                           parent=self).exec()

    def delete_proposal(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        item = self.model.row_at(index.row())
        answer = QMessageBox.question(self, self.tr("Smazat návrh"), self.tr(
            "Smazat návrh „{0}“?").format(item.data.text))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.service.remove(item.id))

    def export_dialog(self) -> None:
        if not self.locality():
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Uložit seznam návrhů"), self.tr("navrhy.xlsx"),
            self.tr("Tabulka Excel (*.xlsx);;Dokument PDF (*.pdf)"))
        if path:
            if not path.lower().endswith((".xlsx", ".pdf")):
                path += ".pdf" if "pdf" in chosen.lower() else ".xlsx"
            self.export(path)

    def export(self, path: str) -> bool:
        written = run_guarded(self, lambda: self.write(self.locality(), path))
        if written is not None:
            self.status(self.tr("Seznam návrhů uložen do {0}.").format(written))
        return written is not None
