"""Sync: this installation's identity and what its store holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFormLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from obecdesk.core.formatting import number_text
from obecdesk.core.inventory import KIND_LABELS
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.i18n import tr_context


class ReplicaView(CapabilityView):
    def __init__(self, ctx: AppContext, counts: Callable[[], dict[str, int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
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

    def on_changes(self, changes: ChangeSet) -> None:
        self.reload()
