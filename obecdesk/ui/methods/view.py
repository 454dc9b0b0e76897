"""Metody: the facilitation method catalog — filters, search in Czech word forms, the detail of a
method with its steps, the meetings of this locality that used it and their ratings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.methods.own_methods import OwnMethods
from obecdesk.core.methods.ratings import MethodRatings
from obecdesk.core.methods.service import MethodFilter, MethodsService
from obecdesk.core.vocabulary.methods import ConflictLevel, Participation, Purpose
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.methods.catalog_model import CatalogRow, Column, MethodCatalogModel
from obecdesk.ui.methods.detail import MethodDetail
from obecdesk.ui.methods.own_method_dialog import OwnMethodDialog


def _combo(name: str, any_text: str, choices) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(any_text, None)
    for member in choices:
        combo.addItem(QCoreApplication.translate("Vocabulary", member.label), member.value)
    return combo


class MethodsView(CapabilityView):
    def __init__(self, ctx: AppContext, catalog: MethodsService, ratings: MethodRatings,
                 own: OwnMethods, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.catalog = catalog
        self.ratings = ratings
        self.own = own
        title = QLabel(self.tr("Katalog facilitačních metod"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")

        self.search = QLineEdit()
        self.search.setObjectName("method-search")
        self.search.setPlaceholderText(self.tr("Hledat (např. konflikt, sousedé, hlasování)"))
        self.purpose = _combo("filter-purpose", self.tr("účel: jakýkoli"), Purpose)
        self.participation = _combo("filter-participation", self.tr("participace: jakákoli"),
                                    Participation)
        self.conflict = _combo("filter-conflict", self.tr("konflikt: jakýkoli"), ConflictLevel)
        self.participants = QSpinBox()
        self.participants.setObjectName("filter-participants")
        self.participants.setRange(0, 5000)
        self.participants.setSpecialValueText(self.tr("lidí: jakýkoli počet"))
        self.participants.setSuffix(self.tr(" lidí"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("filter-minutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSpecialValueText(self.tr("čas: jakýkoli"))
        self.minutes.setSuffix(self.tr(" min"))
        self.low_literacy = QCheckBox(self.tr("nízká gramotnost"))
        self.low_literacy.setObjectName("filter-low-literacy")
        filters = QHBoxLayout()
        for widget in (self.search, self.purpose, self.participation, self.participants,
                       self.minutes, self.conflict, self.low_literacy):
            filters.addWidget(widget)
        filters.setStretch(0, 2)

        self.model = MethodCatalogModel(self)
        self.table = QTableView()
        self.table.setObjectName("methods-table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (Column.GROUP, Column.MINUTES, Column.USED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.PURPOSES, 150)
        header.resizeSection(Column.PARTICIPATION, 95)
        header.resizeSection(Column.CONFLICT, 80)
        self.count = QLabel()
        self.count.setObjectName("methods-count")
        self.new_button = QPushButton(self.tr("Vlastní metoda podle vybrané…"))
        self.new_button.setObjectName("new-own-method")
        self.new_button.clicked.connect(lambda: self.edit_own(new=True))
        self.edit_button = QPushButton(self.tr("Upravit vlastní…"))
        self.edit_button.setObjectName("edit-own-method")
        self.edit_button.clicked.connect(lambda: self.edit_own(new=False))
        self.remove_button = QPushButton(self.tr("Smazat vlastní"))
        self.remove_button.clicked.connect(self.remove_own)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for button in (self.new_button, self.edit_button, self.remove_button):
            bottom.addWidget(button)
        self.problems = QLabel()
        self.problems.setObjectName("catalog-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.detail = MethodDetail()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(bottom)
        left_layout.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setSizes([800, 520])

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self.search.textChanged.connect(self.reload)
        for combo in (self.purpose, self.participation, self.conflict):
            combo.currentIndexChanged.connect(self.reload)
        for spin in (self.participants, self.minutes):
            spin.valueChanged.connect(self.reload)
        self.low_literacy.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.detail.rate_requested.connect(self.rate)
        self.reload()

    def method_filter(self) -> MethodFilter:
        return MethodFilter(
            purpose=self.purpose.currentData(), participation=self.participation.currentData(),
            participants=self.participants.value() or None, minutes=self.minutes.value() or None,
            conflict=self.conflict.currentData(), low_literacy=self.low_literacy.isChecked(),
            text=self.search.text())

    def reload(self, *_args) -> None:
        selected = self.selected_id()
        locality = self.ctx.locality_id or None
        experience = self.catalog.experience(locality)
        methods = self.catalog.find(self.method_filter(), locality)
        self.model.set_rows([CatalogRow(m, experience.get(m.id)) for m in methods])
        self.count.setText(self.tr("Metod: {0}").format(len(methods)))
        problems = self.catalog.problems
        self.problems.setText("\n".join(str(p) for p in problems))
        self.problems.setVisible(bool(problems))
        ids = [m.id for m in methods]
        self.select(ids.index(selected) if selected in ids else 0 if ids else -1)

    def select(self, row: int) -> None:
        if row < 0:
            self.detail.show_method(None, [])
            return
        self.table.selectRow(row)
        self.show_selected()

    def selected_id(self) -> str | None:
        method = self.selected_method()
        return method.id if method else None

    def show_selected(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        method = self.model.method_at(rows[0].row())
        uses = (self.ratings.uses(self.ctx.locality_id, method.id)
                if self.ctx.locality_id else [])
        self.detail.show_method(method, uses)
        self.edit_button.setEnabled(method.origin == "own")
        self.remove_button.setEnabled(method.origin == "own")

    def selected_method(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.method_at(rows[0].row()) if rows else None

    def edit_own(self, *, new: bool) -> None:
        """A new own method from the selected one as a template, or the selected own edited."""
        method = self.selected_method()
        if method is None or (not new and method.origin != "own"):
            return
        dialog = OwnMethodDialog(method if not new else replace(method, origin="catalog"), self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.method is not None:
                saved = run_guarded(self, lambda: self.own.save(
                    dialog.method, locality_id=self.ctx.locality_id or None))
                if saved is not None:
                    self.search.setText("")
                    self.reload()
                    self.select([m.id for m in self.model.rows_methods()].index(saved.id))
        finally:
            dialog.deleteLater()

    def remove_own(self) -> None:
        method = self.selected_method()
        if method is not None and method.origin == "own":
            run_guarded(self, lambda: self.own.remove(method.id))
            self.reload()

    def rate(self, agenda_item_id: str, score: int, note: str) -> None:
        run_guarded(self, lambda: self.ratings.rate(agenda_item_id, score, note))

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("agenda_items", "meetings", "method_ratings", "stored_methods"):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
