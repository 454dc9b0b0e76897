"""Poznámky centrály: HQ's notes on the locality's values, projects and measures, returned items
first; the history of states of the selected item below, the actions this replica may take
beside it, and a double click that opens the item where it lives."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import moment_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.review_queries import ReviewNote
from obecdesk.core.reviews import ReviewService
from obecdesk.core.vocabulary.reviews import ReviewState
from obecdesk.ui.indicators.review_actions import ReviewActions
from obecdesk.ui.indicators.review_style import (
    kind_label,
    review_colour,
    review_text,
    state_label,
)
from obecdesk.ui.rows_model import RowsTableModel


class Col(IntEnum):
    STATE = 0
    ITEM = 1
    KIND = 2
    AUTHOR = 3
    WHEN = 4


class ReviewNotesModel(RowsTableModel):
    CONTEXT = "ReviewNotesModel"
    TITLES = {
        Col.STATE: QT_TRANSLATE_NOOP("ReviewNotesModel", "Stav a komentář"),
        Col.ITEM: QT_TRANSLATE_NOOP("ReviewNotesModel", "Položka"),
        Col.KIND: QT_TRANSLATE_NOOP("ReviewNotesModel", "Druh"),
        Col.AUTHOR: QT_TRANSLATE_NOOP("ReviewNotesModel", "Kdo"),
        Col.WHEN: QT_TRANSLATE_NOOP("ReviewNotesModel", "Kdy"),
    }

    def cell(self, note: ReviewNote, column: int, role: int):
        review = note.review
        if role == Qt.ItemDataRole.ForegroundRole and column == Col.STATE:
            return review_colour(review)
        if role == Qt.ItemDataRole.ToolTipRole:
            return review.last_comment or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Col.STATE: review_text(review), Col.ITEM: note.label,
            Col.KIND: kind_label(review.kind), Col.AUTHOR: review.author,
            Col.WHEN: moment_text(review.created_at),
        }[Col(column)]


class ReviewPanel(QWidget):
    #: open an item: (kind, key, row id) — a measure's key is its lineage id
    open_item = Signal(str, str, str)

    def __init__(self, reviews: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviews = reviews
        self.locality_id = ""
        self.actions = ReviewActions(reviews, self)
        self.open_only = QCheckBox(self.tr("Jen otevřené (vrácené a opravené)"))
        self.open_only.setObjectName("reviews-open-only")
        self.open_only.toggled.connect(self.reload)
        self.model = ReviewNotesModel(self)
        self.table = QTableView()
        self.table.setObjectName("review-notes")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(Col.STATE,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_history())
        self.history = QListWidget()
        self.history.setObjectName("review-history")
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for state in self.actions.states():
            button = QPushButton(self.actions.text(state))
            button.clicked.connect(lambda _=False, s=state: self._act(s))
            self.buttons[state] = button
            side.addWidget(button)
        side.addStretch(1)
        self.empty = QLabel(self.tr("Centrála zatím nic nekomentovala. Její poznámky přijdou "
                                    "s balíčkem; položku lze komentovat z kontextové nabídky "
                                    "v plánu, v tabulce hodnot a v projektech."))
        self.empty.setWordWrap(True)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(QLabel(self.tr("Historie stavů vybrané položky")))
        below_layout.addWidget(self.history)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setSizes([320, 160])
        body = QHBoxLayout()
        body.addWidget(split, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_only)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        self._update_buttons()

    def show_locality(self, locality_id: str) -> None:
        self.locality_id = locality_id
        self.reload()

    def reload(self) -> None:
        selected = self.current()
        notes = self.reviews.notes(self.locality_id, open_only=self.open_only.isChecked()) \
            if self.locality_id else []
        self.model.set_rows(notes)
        self.empty.setVisible(not notes)
        self.table.resizeColumnToContents(Col.ITEM)
        keys = [(n.review.kind, n.review.key) for n in notes]
        if selected is not None and (selected.review.kind, selected.review.key) in keys:
            self.table.selectRow(keys.index((selected.review.kind, selected.review.key)))
        elif notes:
            self.table.selectRow(0)
        self._show_history()

    def current(self) -> ReviewNote | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_history(self) -> None:
        self.history.clear()
        note = self.current()
        if note is not None:
            for e in self.reviews.history(note.review.kind, note.item_id):
                when = moment_text(e.created_at)
                text = f"{when}  {state_label(e.state)} – {e.author}"
                self.history.addItem(f"{text}: {e.comment}" if e.comment else text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self.current()
        for state, button in self.buttons.items():
            # only a returned item can be reported corrected
            button.setEnabled(note is not None and (state != ReviewState.CORRECTED
                                                    or note.review.state == ReviewState.RETURNED))

    def _act(self, state) -> None:
        note = self.current()
        if note is not None:
            self.actions.act(state, note.review.kind, note.item_id)

    def _open(self, row: int) -> None:
        note = self.model.row_at(row)
        self.open_item.emit(note.review.kind, note.review.key, note.item_id)
