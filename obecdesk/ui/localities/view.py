"""Localities: the list, the detail with the phase plan, create/edit/archive."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.cooperation.service import CooperationService
from obecdesk.core.localities import LocalityInfo, LocalityService
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.localities.locality_detail import LocalityDetail
from obecdesk.ui.localities.locality_dialog import LocalityDialog
from obecdesk.ui.localities.table_model import LocalitiesTableModel


class LocalitiesView(CapabilityView):
    def __init__(self, ctx: AppContext, localities: LocalityService,
                 parent: QWidget | None = None, *,
                 cooperation: CooperationService | None = None) -> None:
        super().__init__(ctx, parent)
        self.localities = localities
        #: the countdown of an acute or systematic cooperation in the detail
        self.cooperation = cooperation
        self.dialog: LocalityDialog | None = None
        #: the day that decides the current phase (a test may fix it)
        self.today = dt.date.today

        self.new_button = QPushButton(self.tr("Nová lokalita…"))
        self.new_button.setObjectName("new-locality")
        self.edit_button = QPushButton(self.tr("Upravit…"))
        self.edit_button.setObjectName("edit-locality")
        self.archive_button = QPushButton(self.tr("Archivovat"))
        self.archive_button.setObjectName("archive-locality")
        self.show_archived = QCheckBox(self.tr("zobrazit archivované"))
        self.show_archived.setObjectName("show-archived")
        self.new_button.clicked.connect(self.new_locality)
        self.edit_button.clicked.connect(self.edit_locality)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived.toggled.connect(self.reload)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.archive_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)

        self.model = LocalitiesTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("localities-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_locality())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = LocalityDetail()
        # the parts tests reach for, named once here
        self.detail_title = self.detail.title
        self.detail_labels = self.detail.labels
        self.phase_model = self.detail.phase_model
        self.phase_box = self.detail.phase_box

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.setObjectName("localities-splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([650, 430])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    # -- data ------------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected() or self.ctx.locality_id
        self.model.set_rows(self.localities.list(include_archived=self.show_archived.isChecked()))
        self.select(selected.id if isinstance(selected, LocalityInfo) else selected)

    def select(self, locality_id: str) -> None:
        row = self.model.row_of(locality_id)
        if row < 0 and self.model.rowCount():
            row = 0
        before = self.table.currentIndex().row()
        if row >= 0:
            self.table.selectRow(row)
        if self.table.currentIndex().row() == before:  # no row change shows it: show it here
            self._show_detail()

    def selected(self) -> LocalityInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        info = self.selected()
        self.edit_button.setEnabled(info is not None)
        self.archive_button.setEnabled(info is not None)
        if info is not None:
            self.archive_button.setText(self.tr("Obnovit z archivu") if info.archived
                                        else self.tr("Archivovat"))
        countdown = (self.cooperation.frame(info.id, self.today()).countdown
                     if info is not None and self.cooperation is not None else None)
        self.detail.show_locality(info, self.today(), countdown)

    # -- actions ---------------------------------------------------------------------------------

    def new_locality(self) -> None:
        self._open_dialog(None)

    def edit_locality(self) -> None:
        info = self.selected()
        if info is not None:
            self._open_dialog(info)

    def _open_dialog(self, info: LocalityInfo | None) -> None:
        def save(data):
            if info is None:
                return self.localities.create(data)
            return self.localities.update(info.id, data)

        self.dialog = LocalityDialog(save, info.data() if info else None, self)
        self.dialog.finished.connect(lambda result, i=info: self._dialog_done(result, i))
        self.dialog.open()

    def _dialog_done(self, result: int, info: LocalityInfo | None) -> None:
        dialog, self.dialog = self.dialog, None
        if result != QDialog.DialogCode.Accepted or dialog is None or dialog.saved is None:
            return
        self.reload()
        self.select(dialog.saved.id)
        if info is None:
            self.ctx.set_locality(dialog.saved.id)

    def toggle_archived(self) -> None:
        info = self.selected()
        if info is None:
            return
        saved = run_guarded(self, lambda: self.localities.set_archived(info.id, not info.archived))
        if saved is not None:
            self.reload()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("localities", "cooperations"):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        if locality_id and (self.selected() is None or self.selected().id != locality_id):
            self.select(locality_id)
