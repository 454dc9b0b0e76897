"""Synchronizace: this installation and its exchanges (Přehled), and the conflicts to review."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.core.inventory import KIND_LABELS
from obecdesk.store.changes import ChangeSet
from obecdesk.sync.conflict_review import ConflictReview
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.sync.conflicts_view import ConflictsView


class ReplicaPanel(QWidget):
    """This installation's identity and what its store holds."""

    def __init__(self, ctx: AppContext, counts: Callable[[], dict[str, int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts = counts
        title = QLabel(self.tr("Tato instalace (replika)"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        form = QFormLayout()
        replica = QLabel(ctx.store.replica_id)
        replica.setObjectName("replica-id")
        form.addRow(self.tr("Identifikátor repliky"), replica)
        if ctx.store.identity.ancestor_id:
            form.addRow(self.tr("Kopie repliky"), QLabel(ctx.store.identity.ancestor_id))
        self.change_seq = QLabel()
        self.change_seq.setObjectName("change-seq")
        form.addRow(self.tr("Pořadové číslo poslední změny"), self.change_seq)
        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflicts")
        form.addRow(self.tr("Nevyřešené konflikty"), self.conflicts)
        form.addRow(self.tr("Databáze"), QLabel(ctx.store.location))
        form.addRow(self.tr("Verze schématu"), QLabel(ctx.store.schema_version()))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Druh záznamu"), self.tr("Počet")])
        table = QTableView()
        table.setObjectName("counts-table")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Záznamy, které se synchronizují s ústředím:")))
        layout.addWidget(table)
        self.reload()

    def reload(self) -> None:
        self.change_seq.setText(number_text(self.ctx.store.change_seq()))
        self.conflicts.setText(number_text(self.ctx.store.conflict_count()))
        self.model.removeRows(0, self.model.rowCount())
        for kind, count in self.counts().items():
            number = QStandardItem(number_text(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = tr_context("Kinds", KIND_LABELS.get(kind, kind))
            self.model.appendRow([QStandardItem(label), number])


class SyncView(CapabilityView):
    """The capability page: Přehled and Konflikty as tabs; both follow every committed change."""

    def __init__(self, ctx: AppContext, counts: Callable[[], dict[str, int]],
                 conflicts: ConflictReview, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview = ReplicaPanel(ctx, counts)
        self.conflicts = ConflictsView(conflicts)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync-tabs")
        self.tabs.addTab(self.overview, self.tr("Přehled"))
        self.tabs.addTab(self.conflicts, "")
        self.conflicts.count_changed.connect(self._title_conflicts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._title_conflicts(self.conflicts.model.rowCount())

    def _title_conflicts(self, count: int) -> None:
        title = self.tr("Konflikty (%1)").replace("%1", number_text(count)) if count \
            else self.tr("Konflikty")
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), title)

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)

    def on_changes(self, changes: ChangeSet) -> None:
        self.overview.reload()
        self.conflicts.reload()
