"""Program: the open action items to review, then the agenda with clock times and overrun."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import time_text
from obecdesk.core.meetings.action_items import ActionItemInfo
from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.ui.meetings.agenda_fill import AgendaFill
from obecdesk.ui.meetings.agenda_model import AgendaModel
from obecdesk.ui.meetings.agenda_rows import Column, step_lines
from obecdesk.ui.meetings.delegates import MinutesDelegate
from obecdesk.ui.meetings.review_actions import review_buttons
from obecdesk.ui.meetings.tasks_model import Column as TaskColumn
from obecdesk.ui.meetings.tasks_model import TasksTableModel


class AgendaTab(QWidget):
    #: "Vybrat metodu…" for the agenda row (the meeting tabs open the assistant)
    method_requested = Signal(int)
    review_requested = Signal(str, str)  # task id, "done" or "" (ask)

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

        self.review_model = TasksTableModel(
            [TaskColumn.DUE, TaskColumn.TEXT, TaskColumn.OWNER, TaskColumn.MEETING,
             TaskColumn.REVIEW], self)
        self.review_table = QTableView()
        self.review_table.setObjectName("review-table")
        self.review_table.setModel(self.review_model)
        self.review_table.verticalHeader().hide()
        self.review_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_table.horizontalHeader().setSectionResizeMode(
            self.review_model.column_of(TaskColumn.TEXT), QHeaderView.ResizeMode.Stretch)
        self.review_table.setWordWrap(False)
        for column, width in ((TaskColumn.MEETING, 230), (TaskColumn.REVIEW, 280)):
            self.review_table.horizontalHeader().resizeSection(
                self.review_model.column_of(column), width)
        self.review_box = QGroupBox(self.tr("Kontrola úkolů – otevřené úkoly orgánu"))
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_table)
        review_layout.addLayout(review_buttons(self))

        self.table = QTableView()
        self.table.setObjectName("agenda-table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegateForColumn(Column.MINUTES, MinutesDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (Column.TIME, Column.MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.PRESENTER, 170)
        header.resizeSection(Column.METHOD, 150)
        header.resizeSection(Column.OUTPUT, 170)

        self.add_button = QPushButton(self.tr("Přidat bod"))
        self.add_button.setObjectName("add-agenda-item")
        self.add_button.clicked.connect(self.add_item)
        self.review_button = QPushButton(self.tr("Vložit bod „Kontrola úkolů“"))
        self.review_button.clicked.connect(self.add_review_item)
        self.remove_button = QPushButton(self.tr("Odebrat bod"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Výš"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Níž"))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.method_button = QPushButton(self.tr("Vybrat metodu…"))
        self.method_button.setObjectName("choose-method")
        self.method_button.setEnabled(False)
        self.method_button.clicked.connect(self._request_method)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.review_button, self.remove_button,
                       self.up_button, self.down_button, self.method_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.fill = AgendaFill(model)
        buttons.addWidget(self.fill)

        hint = QLabel(self.tr("Pořadí změníte přetažením řádku myší nebo tlačítky Výš/Níž; "
                              "buňku upravíte dvojklikem."))
        hint.setObjectName("hint")
        hint.setStyleSheet("color: palette(mid);")
        self.total_label = QLabel()
        self.total_label.setObjectName("agenda-total")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("overrun-warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.review_box)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("block-steps")
        self.steps_label.setWordWrap(True)
        layout.addWidget(self.steps_label)
        layout.addWidget(hint)
        layout.addWidget(self.total_label)
        layout.addWidget(self.warning_label)

        model.timing_changed.connect(self.show_timing)
        model.modelReset.connect(self.show_timing)
        self.table.selectionModel().selectionChanged.connect(self.show_steps)
        model.timing_changed.connect(self.show_steps)
        model.modelReset.connect(self.show_steps)
        self.show_timing()
        self.show_steps()

    def set_review(self, items: list[ActionItemInfo], reviews: dict | None = None) -> None:
        self.review_model.reviews = reviews or {}
        self.review_model.set_rows(items)
        self.review_box.setVisible(bool(items))
        # as tall as its rows (up to five), so the agenda keeps the room
        table = self.review_table
        rows = min(max(len(items), 1), 5)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + rows * table.verticalHeader().defaultSectionSize()
                             + 2 * table.frameWidth() + 2)
        self.review_box.setTitle(
            self.tr("Kontrola úkolů – otevřené úkoly orgánu z minulých jednání ({0})")
            .format(len(items)))

    def show_timing(self) -> None:
        timing = self.model.timing()
        end = timing.items[-1].ends_at if timing.items else None
        text = self.tr("Celkem {0} min").format(timing.planned_minutes)
        if end is not None:
            text += self.tr(", program skončí v {0}").format(time_text(end))
        if timing.slot_minutes is not None:
            text += self.tr(" (vyhrazeno {0} min)").format(timing.slot_minutes)
        self.total_label.setText(text)
        self.warning_label.setText(timing.warning)
        self.warning_label.setVisible(bool(timing.warning))

    def show_steps(self, *_args) -> None:
        """The selected item's method block, step by step with clock times (its sub-items)."""
        row = self.selected_row()
        self.method_button.setEnabled(row >= 0)
        if row < 0 or row >= self.model.rowCount() or not self.model.row_at(row).method_steps:
            self.steps_label.setVisible(False)
            return
        item = self.model.row_at(row)
        self.steps_label.setText(self.tr("Průběh bloku {0}:").format(item.method) + "\n"
                                 + "\n".join(step_lines(item, self.model.timing().items[row]
                                                         .starts_at)))
        self.steps_label.setVisible(True)

    def _request_method(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.method_requested.emit(row)

    # -- actions ---------------------------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, Column.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def add_item(self) -> None:
        row = self.model.add_row(self.tr("Nový bod"))
        self.select_row(row)
        self.table.edit(self.model.index(row, Column.TITLE))

    def add_review_item(self) -> None:
        titles = [r.title for r in self.model.rows()]
        if REVIEW_TITLE in titles:
            self.select_row(titles.index(REVIEW_TITLE))
            return
        row = self.model.add_row(REVIEW_TITLE, at=0)
        self.model.setData(self.model.index(row, Column.MINUTES), 10)
        self.select_row(row)

    def remove_item(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove_row(row)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row >= 0 and self.model.move_row(row, row + step):
            self.select_row(row + step)
