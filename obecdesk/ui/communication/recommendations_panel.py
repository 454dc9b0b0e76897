"""Communication recommendations to the municipality and how far each is implemented (the
supervision of seed 000): a table, and a form to add or change one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.plan import (
    CommunicationPlanService,
    RecommendationData,
    RecommendationInfo,
)
from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.communication import RecommendationStatus
from obecdesk.ui.columns import fit_columns
from obecdesk.ui.communication.risk_dialog import actor_combo
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel


class RecCol(IntEnum):
    GIVEN = 0
    TITLE = 1
    STATUS = 2
    RESPONSIBLE = 3
    NOTE = 4


class RecommendationsModel(RowsTableModel):
    CONTEXT = "RecommendationsModel"
    TITLES = {
        RecCol.GIVEN: QT_TRANSLATE_NOOP("RecommendationsModel", "Dáno"),
        RecCol.TITLE: QT_TRANSLATE_NOOP("RecommendationsModel", "Doporučení"),
        RecCol.STATUS: QT_TRANSLATE_NOOP("RecommendationsModel", "Stav"),
        RecCol.RESPONSIBLE: QT_TRANSLATE_NOOP("RecommendationsModel", "Odpovídá"),
        RecCol.NOTE: QT_TRANSLATE_NOOP("RecommendationsModel", "Zjištění supervize"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def cell(self, item: RecommendationInfo, column: int, role: int):
        data = item.data
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                RecCol.GIVEN: date_text(data.given_on),
                RecCol.TITLE: data.title,
                RecCol.STATUS: vocab(RecommendationStatus.label_of(data.status)),
                RecCol.RESPONSIBLE: self.names.get(data.responsible_id or "", ""),
                RecCol.NOTE: data.note,
            }[RecCol(column)]
        if role == Qt.ItemDataRole.ToolTipRole and column in (RecCol.TITLE, RecCol.NOTE):
            return data.note or None
        return None


class RecommendationDialog(QDialog):
    def __init__(self, save: Callable[[RecommendationData], object],
                 actors: list[tuple[str, str]], data: RecommendationData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Upravit doporučení") if data else self.tr("Nové doporučení"))
        self.setMinimumWidth(520)
        data = data or RecommendationData("", dt.date.today())
        self.title = QPlainTextEdit(data.title)
        self.title.setMaximumHeight(70)
        self.given = QDateEdit(QDate(data.given_on or dt.date.today()))
        self.given.setCalendarPopup(True)
        self.given.setDisplayFormat("d. M. yyyy")
        self.status = QComboBox()
        for member in RecommendationStatus:
            self.status.addItem(vocab(member.label), member.value)
        self.status.setCurrentIndex(max(0, self.status.findData(str(data.status))))
        self.responsible = actor_combo(actors, data.responsible_id, self.tr("(nikdo)"))
        self.note = QPlainTextEdit(data.note)
        self.note.setMaximumHeight(90)
        form = QFormLayout()
        for label, widget in ((self.tr("Doporučení *"), self.title), (self.tr("Dáno"), self.given),
                              (self.tr("Stav"), self.status),
                              (self.tr("Odpovídá"), self.responsible),
                              (self.tr("Zjištění supervize"), self.note)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> RecommendationData:
        return RecommendationData(self.title.toPlainText(), self.given.date().toPython(),
                                  self.status.currentData(),
                                  self.responsible.currentData() or None,
                                  self.note.toPlainText())

    def accept(self) -> None:
        if run_guarded(self, lambda: self._save(self.data()) or True):
            super().accept()


class RecommendationsPanel(QWidget):
    def __init__(self, plans: CommunicationPlanService,
                 actors: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans = plans
        self.actors = actors
        self.locality_id = ""
        self.model = RecommendationsModel(self)
        self.table = QTableView()
        self.table.setObjectName("communication-recommendations")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            RecCol.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.add = QPushButton(self.tr("Nové doporučení…"))
        self.change = QPushButton(self.tr("Upravit…"))
        self.delete = QPushButton(self.tr("Smazat"))
        self.add.clicked.connect(lambda: self.new())
        self.change.clicked.connect(lambda: self.edit())
        self.delete.clicked.connect(lambda: self.remove())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add, self.change, self.delete):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def load(self, locality_id: str) -> None:
        self.locality_id = locality_id
        self.model.names = dict(self.actors(locality_id)) if locality_id else {}
        self.model.set_rows(self.plans.recommendations(locality_id) if locality_id else [])
        fit_columns(self.table, caps={RecCol.TITLE: 380})

    def current(self) -> RecommendationInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def new(self) -> None:
        if self.locality_id:
            locality_id = self.locality_id
            RecommendationDialog(lambda d: self.plans.add_recommendation(locality_id, d),
                                 self.actors(locality_id), parent=self).exec()

    def edit(self) -> None:
        item = self.current()
        if item is not None:
            RecommendationDialog(lambda d: self.plans.update_recommendation(item.id, d),
                                 self.actors(self.locality_id), item.data, parent=self).exec()

    def remove(self) -> None:
        item = self.current()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat doporučení"),
                                      self.tr("Smazat vybrané doporučení?"))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.plans.remove_recommendation(item.id))
