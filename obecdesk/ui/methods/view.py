"""Methods: the facilitation methods this locality's meetings have used so far."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.overview import MethodUse
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext


class MethodsView(CapabilityView):
    def __init__(self, ctx: AppContext, methods_used: Callable[[str], list[MethodUse]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.methods_used = methods_used
        title = QLabel(self.tr("Facilitační metody použité v lokalitě"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        hint = QLabel(self.tr("Přehled metod uvedených u bodů programu jednání "
                              "(od nejčastěji použité)."))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Metoda"), self.tr("Počet použití"), self.tr("Naposledy")])
        self.table = QTableView()
        self.table.setObjectName("methods-table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        if not self.ctx.locality_id:
            return
        for use in self.methods_used(self.ctx.locality_id):
            self.model.appendRow([QStandardItem(use.method), QStandardItem(str(use.times)),
                                  QStandardItem(date_text(use.last_used))])

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("agenda_items", "meetings"):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
