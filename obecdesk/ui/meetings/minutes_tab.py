"""Zápis: the minutes of each agenda item (rich text), the decisions and the action items."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.meetings.draft_rows import ActionRow, DecisionRow
from obecdesk.core.vocabulary.meetings import ActionStatus, DecisionRule
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.actions_model import ActionsModel
from obecdesk.ui.meetings.actions_model import Column as ActionColumn
from obecdesk.ui.meetings.agenda_model import AgendaModel
from obecdesk.ui.meetings.agenda_rows import Column as AgendaColumn
from obecdesk.ui.meetings.decisions_model import Column as DecisionColumn
from obecdesk.ui.meetings.decisions_model import DecisionsModel
from obecdesk.ui.meetings.delegates import ChoiceDelegate, CountDelegate, DateDelegate
from obecdesk.ui.meetings.minutes_editor import RichTextEditor
from obecdesk.ui.meetings.minutes_records import (
    ACTIONS,
    DECISIONS,
    RecordsTabs,
    records_table,
    table_box,
)


class MinutesTab(QWidget):
    edited = Signal()

    def __init__(self, agenda: AgendaModel, decisions: DecisionsModel, actions: ActionsModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = agenda
        self.decisions = decisions
        self.actions = actions
        self.default_rule = DecisionRule.CONSENSUS.value

        self.items = QListView()
        self.items.setObjectName("minutes-items")
        self.items.setModel(agenda)
        self.items.setModelColumn(AgendaColumn.TITLE)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.selectionModel().currentRowChanged.connect(self._item_changed)
        self.editor = RichTextEditor()
        self.editor.setEnabled(False)
        self.editor.edited.connect(self._text_edited)
        self.item_title = QLabel()
        self.item_title.setObjectName("minutes-item-title")
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(self.editor, 1)
        text_split = QSplitter()
        text_split.addWidget(self.items)
        text_split.addWidget(right)
        text_split.setStretchFactor(1, 1)
        text_split.setSizes([220, 600])

        self.decisions_table = records_table("decisions-table", decisions)
        self.decisions_table.setItemDelegateForColumn(
            DecisionColumn.HOW, ChoiceDelegate(
                [(v, vocab(label)) for v, label in DecisionRule.choices()], self))
        counts = CountDelegate(self)
        for column in (DecisionColumn.FOR, DecisionColumn.AGAINST, DecisionColumn.ABSTAINED):
            self.decisions_table.setItemDelegateForColumn(column, counts)
        header = self.decisions_table.horizontalHeader()
        header.setSectionResizeMode(DecisionColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DecisionColumn.CODE, 120)
        header.resizeSection(DecisionColumn.HOW, 150)
        for column in (DecisionColumn.FOR, DecisionColumn.AGAINST, DecisionColumn.ABSTAINED):
            header.resizeSection(column, 70)
        add_decision = QPushButton(self.tr("Přidat usnesení"))
        add_decision.setObjectName("add-decision")
        add_decision.clicked.connect(self.add_decision)
        remove_decision = QPushButton(self.tr("Odebrat usnesení"))
        remove_decision.setObjectName("remove-decision")
        remove_decision.clicked.connect(
            lambda: self._remove_selected(self.decisions_table, decisions))
        decisions_box = table_box(self.decisions_table, add_decision, remove_decision)

        self.owner_delegate = ChoiceDelegate([], self)
        self.actions_table = records_table("actions-table", actions)
        self.actions_table.setItemDelegateForColumn(ActionColumn.OWNER, self.owner_delegate)
        self.actions_table.setItemDelegateForColumn(ActionColumn.DUE, DateDelegate(self))
        self.actions_table.setItemDelegateForColumn(
            ActionColumn.STATUS, ChoiceDelegate(
                [(v, vocab(label)) for v, label in ActionStatus.choices()], self))
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(ActionColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ActionColumn.OWNER, 200)
        header.resizeSection(ActionColumn.DUE, 110)
        header.resizeSection(ActionColumn.STATUS, 110)
        add_action = QPushButton(self.tr("Přidat úkol"))
        add_action.setObjectName("add-action")
        add_action.clicked.connect(self.add_action)
        remove_action = QPushButton(self.tr("Odebrat úkol"))
        remove_action.setObjectName("remove-action")
        remove_action.clicked.connect(lambda: self._remove_selected(self.actions_table, actions))
        actions_box = table_box(self.actions_table, add_action, remove_action)

        self.records = RecordsTabs(decisions_box, actions_box, decisions, actions)
        text_split.setObjectName("minutes-text-splitter")
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("minutes-splitter")
        split.addWidget(text_split)
        split.addWidget(self.records)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([300, 200])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        agenda.modelReset.connect(self._agenda_reset)
        for signal in (agenda.rowsMoved, agenda.rowsInserted, agenda.rowsRemoved,
                       agenda.dataChanged):
            signal.connect(self._refresh_title)

    def set_owners(self, owners: list[tuple[str, str]]) -> None:
        """``[(actor id, name), ...]`` offered as owners of action items."""
        self.owner_delegate.set_choices([("", self.tr("— nikdo —")), *owners])
        self.actions.set_owner_names(dict(owners))

    # -- minutes text ----------------------------------------------------------------------------

    def select_item(self, row: int) -> None:
        self.items.selectionModel().setCurrentIndex(
            self.agenda.index(row, AgendaColumn.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @property
    def _row(self) -> int:
        """The agenda item shown; read from the view, which follows the item when rows move."""
        current = self.items.currentIndex()
        return current.row() if current.isValid() else -1

    def _agenda_reset(self) -> None:
        self.editor.set_html("")
        self.editor.setEnabled(False)
        self.item_title.setText(self.tr("Vyberte bod programu vlevo."))
        if self.agenda.rowCount():
            self.select_item(0)

    def _item_changed(self, current, _previous) -> None:
        if not current.isValid():
            self.editor.set_html("")
            self.editor.setEnabled(False)
            return
        self._refresh_title()
        self.editor.set_html(self.agenda.row_at(current.row()).minutes_html)
        self.editor.setEnabled(True)

    def _refresh_title(self, *_args) -> None:
        row = self._row
        if 0 <= row < self.agenda.rowCount():
            self.item_title.setText(f"{row + 1}. {self.agenda.row_at(row).title}")

    def _text_edited(self) -> None:
        if 0 <= self._row < self.agenda.rowCount():
            self.agenda.set_minutes_html(self._row, self.editor.html())

    # -- decisions and action items ----------------------------------------------------------

    def add_decision(self) -> None:
        agenda_item_id = (self.agenda.row_at(self._row).id
                          if 0 <= self._row < self.agenda.rowCount() else "")
        row = self.decisions.add(DecisionRow(text=self.tr("Nové usnesení"),
                                             how_decided=self.default_rule,
                                             agenda_item_id=agenda_item_id))
        self.records.setCurrentIndex(DECISIONS)
        index = self.decisions.index(row, DecisionColumn.TEXT)
        self.decisions_table.setCurrentIndex(index)
        self.decisions_table.edit(index)

    def add_action(self) -> None:
        row = self.actions.add(ActionRow(text=self.tr("Nový úkol")))
        self.records.setCurrentIndex(ACTIONS)
        index = self.actions.index(row, ActionColumn.TEXT)
        self.actions_table.setCurrentIndex(index)
        self.actions_table.edit(index)

    @staticmethod
    def _remove_selected(table: QTableView, model) -> None:
        for index in sorted(table.selectionModel().selectedRows(), key=lambda i: -i.row()):
            model.remove(index.row())
