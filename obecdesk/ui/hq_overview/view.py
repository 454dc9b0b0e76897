"""Přehled lokalit: the central office's table of every locality, to sort, filter, export to
XLSX and open one (a double-click makes it the current locality and shows it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.hq_overview import HqOverview
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.hq_overview.model import Column, OverviewModel
from obecdesk.ui.hq_overview.proxy import OverviewProxy
from obecdesk.ui.settings import STALE_DAYS

#: the screen a double-click opens the locality in
OPENS = "localities"


class HqOverviewView(CapabilityView):
    def __init__(self, ctx: AppContext, overview: Callable[..., HqOverview],
                 export: Callable[[HqOverview, str], Path], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview_of = overview
        self.export = export
        self.overview: HqOverview | None = None
        #: the day that decides phases, meetings in the last 90 days and overdue tasks
        self.today = dt.date.today
        self._dirty = False

        self.filter = QLineEdit()
        self.filter.setObjectName("overview-filter")
        self.filter.setPlaceholderText(self.tr("Hledat lokalitu nebo konzultanta…"))
        self.filter.setClearButtonEnabled(True)
        self.stale_only = QCheckBox(self.tr("jen zastaralé"))
        self.stale_only.setObjectName("stale-only")
        self.stale_days = QSpinBox()
        self.stale_days.setObjectName("stale-days")
        self.stale_days.setRange(1, 3650)
        self.stale_days.setValue(ctx.settings.get(STALE_DAYS))
        self.stale_days.setSuffix(self.tr(" dní"))
        self.stale_days.setToolTip(self.tr("Lokalita je zastaralá, když její poslední balíček je "
                                           "starší než tento počet dní."))
        self.export_button = QPushButton(self.tr("Uložit do XLSX…"))
        self.export_button.setObjectName("export-overview")
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.stale_only)
        bar.addWidget(QLabel(self.tr("Zastaralé po:")))
        bar.addWidget(self.stale_days)
        bar.addWidget(self.export_button)

        self.model = OverviewModel(self)
        self.proxy = OverviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("overview-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PHASE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("overview-summary")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self.filter.textChanged.connect(self._filter_changed)
        self.stale_only.toggled.connect(self._filter_changed)
        self.stale_days.valueChanged.connect(self._stale_days_changed)
        self.export_button.clicked.connect(self.export_dialog)
        self.table.doubleClicked.connect(self.open_locality)
        self.reload()

    # -- data ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._dirty = False
        overview = run_guarded(self, lambda: self.overview_of(
            today=self.today(), stale_days=self.stale_days.value()))
        if overview is None:
            return
        self.overview = overview
        self.model.set_rows(overview.rows)
        self._show_summary()

    def _show_summary(self) -> None:
        rows = self.overview.rows if self.overview else []
        shown = self.proxy.rowCount()
        stale = sum(1 for r in rows if r.stale)
        weak = sum(1 for r in rows if r.weak)
        text = self.tr("Lokalit: {0} (zobrazeno {1}); zastaralých: {2}; se slabým "
                       "partnerstvím: {3}.").format(len(rows), shown, stale, weak)
        legend = self.tr("Značka u názvu: červená – zastaralý balíček, oranžová – slabé "
                         "partnerství, zelená – v pořádku. Čl. – členové orgánů, Rozh. – "
                         "s rozhodovací pravomocí, CS – zástupci cílové skupiny, J 90 d – jednání "
                         "za 90 dní, Úkoly – otevřené/po termínu, Mimo – indikátory mimo plán, "
                         "Proj. – připravené/schválené. Dvojklik otevře lokalitu.")
        self.summary.setText(f"{text} {legend}")

    def _filter_changed(self) -> None:
        self.proxy.set_text(self.filter.text())
        self.proxy.set_stale_only(self.stale_only.isChecked())
        self._show_summary()

    def _stale_days_changed(self, days: int) -> None:
        self.ctx.settings.set(STALE_DAYS, days)
        self.reload()

    def visible_names(self) -> list[str]:
        """The localities in the order the table shows them now."""
        return [self.proxy.data(self.proxy.index(r, Column.NAME))
                for r in range(self.proxy.rowCount())]

    # -- actions ---------------------------------------------------------------------------------

    def open_locality(self, index: QModelIndex) -> None:
        """Work on the locality double-clicked: the switcher moves to it and it is shown."""
        locality_id = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if locality_id:
            self.ctx.set_locality(locality_id)
            self.ctx.show_requested.emit(OPENS)

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Uložit přehled lokalit"),
                                              self.tr("prehled-lokalit.xlsx"),
                                              self.tr("Tabulka Excel (*.xlsx)"))
        if path:
            self.export_to(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def export_to(self, path: str) -> Path | None:
        """The rows shown, in the order shown (the file has a filter of its own)."""
        if self.overview is None:
            return None
        rows = [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]
        shown = replace(self.overview, rows=rows)
        written = run_guarded(self, lambda: self.export(shown, path))
        if written is not None:
            self.summary.setText(self.tr("Přehled uložen do {0}.").format(written))
        return written

    # -- refresh ---------------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        """Nearly every change moves some number here: reload now if shown, else when shown."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.reload()
