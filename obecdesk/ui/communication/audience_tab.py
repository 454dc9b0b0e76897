"""Publikum: the audience groups with their latest attitude and tension, and the selected
group's trend as a chart over its dated readings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.audiences import AudienceService, GroupInfo, trend_text
from obecdesk.ui.columns import fit_columns
from obecdesk.ui.communication.audience_dialogs import GroupDialog, ReadingDialog
from obecdesk.ui.communication.audience_models import (
    GroupCol,
    GroupsModel,
    ReadingCol,
    ReadingsModel,
)
from obecdesk.ui.communication.trend_chart import TrendChart
from obecdesk.ui.errors import run_guarded


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(False)
    return table


class AudienceTab(QWidget):
    def __init__(self, audiences: AudienceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audiences = audiences
        self.locality_id = ""
        self.groups_model = GroupsModel(self)
        self.groups = _table("audience-groups")
        self.groups.setModel(self.groups_model)
        self.groups.horizontalHeader().setSectionResizeMode(
            GroupCol.NAME, QHeaderView.ResizeMode.Stretch)
        self.groups.selectionModel().currentRowChanged.connect(lambda *_: self._show_group())
        self.groups.doubleClicked.connect(lambda *_: self.edit_group())
        self.add_group = QPushButton(self.tr("Nová skupina…"))
        self.change_group = QPushButton(self.tr("Upravit skupinu…"))
        self.delete_group = QPushButton(self.tr("Smazat skupinu"))
        self.add_group.clicked.connect(lambda: self.new_group())
        self.change_group.clicked.connect(lambda: self.edit_group())
        self.delete_group.clicked.connect(lambda: self.remove_group())
        group_buttons = QHBoxLayout()
        for button in (self.add_group, self.change_group, self.delete_group):
            group_buttons.addWidget(button)
        group_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(group_buttons)
        left_layout.addWidget(self.groups)
        self.trend = QLabel()
        self.trend.setObjectName("audience-trend")
        self.trend.setWordWrap(True)
        left_layout.addWidget(self.trend)
        self.chart = TrendChart()
        self.readings_model = ReadingsModel(self)
        self.readings = _table("attitude-readings")
        self.readings.setModel(self.readings_model)
        self.readings.horizontalHeader().setSectionResizeMode(
            ReadingCol.NOTE, QHeaderView.ResizeMode.Stretch)
        self.readings.doubleClicked.connect(lambda *_: self.edit_reading())
        self.add_reading = QPushButton(self.tr("Nový záznam postoje…"))
        self.change_reading = QPushButton(self.tr("Upravit záznam…"))
        self.delete_reading = QPushButton(self.tr("Smazat záznam"))
        self.add_reading.clicked.connect(lambda: self.new_reading())
        self.change_reading.clicked.connect(lambda: self.edit_reading())
        self.delete_reading.clicked.connect(lambda: self.remove_reading())
        reading_buttons = QHBoxLayout()
        for button in (self.add_reading, self.change_reading, self.delete_reading):
            reading_buttons.addWidget(button)
        reading_buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 3)
        right_layout.addLayout(reading_buttons)
        right_layout.addWidget(self.readings, 2)
        split = QSplitter()
        split.setObjectName("audience-split")
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 690])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def load(self, locality_id: str) -> None:
        selected = self.current()
        self.locality_id = locality_id
        self.groups_model.set_rows(self.audiences.groups(locality_id) if locality_id else [])
        fit_columns(self.groups)
        rows = self.groups_model.rows()
        at = next((i for i, g in enumerate(rows) if selected and g.id == selected.id), 0)
        if rows:
            self.groups.setCurrentIndex(self.groups_model.index(at, 0))
        self._show_group()

    def current(self) -> GroupInfo | None:
        index = self.groups.currentIndex()
        return self.groups_model.row_at(index.row()) if index.isValid() else None

    def _show_group(self) -> None:
        group = self.current()
        self.chart.show_group(group)
        self.readings_model.set_rows(list(reversed(group.readings)) if group else [])
        fit_columns(self.readings, caps={ReadingCol.SOURCE: 200})
        self.trend.setText(f"<b>{group.name}</b>: {trend_text(group)}" if group else "")

    def new_group(self) -> None:
        if self.locality_id:
            locality_id = self.locality_id
            GroupDialog(lambda n, d: self.audiences.add_group(locality_id, n, d),
                        parent=self).exec()

    def edit_group(self) -> None:
        group = self.current()
        if group is not None:
            GroupDialog(lambda n, d: self.audiences.update_group(group.id, n, d), group.name,
                        group.description, parent=self).exec()

    def remove_group(self) -> None:
        group = self.current()
        if group is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat skupinu"), self.tr(
            "Smazat skupinu „%1“ i se všemi záznamy postojů?").replace("%1", group.name))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.audiences.remove_group(group.id))

    def _reading(self):
        index = self.readings.currentIndex()
        return self.readings_model.row_at(index.row()) if index.isValid() else None

    def new_reading(self) -> None:
        group = self.current()
        if group is not None:
            ReadingDialog(lambda d: self.audiences.add_reading(group.id, d), parent=self).exec()

    def edit_reading(self) -> None:
        reading = self._reading()
        if reading is not None:
            ReadingDialog(lambda d: self.audiences.update_reading(reading.id, d), reading.data,
                          parent=self).exec()

    def remove_reading(self) -> None:
        reading = self._reading()
        if reading is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat záznam"),
                                      self.tr("Smazat vybraný záznam postoje?"))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.audiences.remove_reading(reading.id))
