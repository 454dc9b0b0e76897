"""Konflikty: every concurrent value a merge overwrote, side by side, and keeping either one.

Keeping a value is a normal edit of the record (it travels in the next bundle); an erased
person's entries never reach this list (the review service leaves them out).
"""

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

from obecdesk.sync.conflict_review import ConflictEntry, ConflictReview
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.sync.conflicts_model import (
    Column,
    ConflictsModel,
    field_text,
    record_text,
    value_text,
    when_text,
    who_text,
)


class _SidePanel(QGroupBox):
    """One value of the selected conflict with who wrote it, when, and the button to keep it."""

    keep = Signal()

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}-panel")
        self.value = QLabel()
        self.value.setObjectName(f"{name}-value")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setStyleSheet("font-size: 13pt;")
        self.who = QLabel()
        self.who.setObjectName(f"{name}-who")
        self.button = QPushButton(self.tr("Ponechat tuto hodnotu"))
        self.button.setObjectName(f"keep-{name}")
        self.button.clicked.connect(self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.who)
        layout.addStretch(1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_side(self, text: str, who: str, when: str, current: bool) -> None:
        self.value.setText(text)
        self.who.setText(self.tr("Zapsal: %1, %2").replace("%1", who).replace("%2", when))
        self.button.setToolTip(self.tr("Tuto hodnotu záznam už obsahuje; konflikt se jen "
                                       "označí za vyřešený.") if current else
                               self.tr("Hodnota se zapíše jako nová úprava a odešle se "
                                       "s příštím balíčkem."))


class ConflictsView(QWidget):
    """The list of unresolved conflicts and, for the selected one, both values side by side."""

    #: the number of unresolved conflicts changed (for the tab title)
    count_changed = Signal(int)

    def __init__(self, review: ConflictReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        intro = QLabel(self.tr(
            "Tyto údaje upravili na dvou místech zároveň. Platí novější úprava; přepsanou "
            "hodnotu můžete vrátit. Volba se zapíše jako běžná úprava a odešle se dál."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("Žádné nevyřešené konflikty."))
        self.empty.setObjectName("no-conflicts")
        self.model = ConflictsModel(self)
        self.table = QTableView()
        self.table.setObjectName("conflicts-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (Column.KEPT, Column.LOST):  # the values take what the rest leaves
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.heading = QLabel()
        self.heading.setObjectName("conflict-heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.kept = _SidePanel(self.tr("Platná hodnota"), "kept")
        self.lost = _SidePanel(self.tr("Přepsaná hodnota"), "lost")
        self.kept.keep.connect(lambda: self._keep("kept"))
        self.lost.keep.connect(lambda: self._keep("lost"))
        sides = QHBoxLayout()
        sides.addWidget(self.kept)
        sides.addWidget(self.lost)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.heading)
        detail.addLayout(sides)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        entries = self.review.list()
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()
        ids = [e.id for e in entries]
        row = ids.index(selected.id) if selected and selected.id in ids else 0
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        if entries:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()
        self.count_changed.emit(len(entries))

    def selected(self) -> ConflictEntry | None:
        index = self.table.selectionModel().currentIndex() if self.model.rowCount() else None
        return self.model.row_at(index.row()) if index is not None and index.isValid() else None

    def _show_selected(self) -> None:
        entry = self.selected()
        self.detail.setVisible(entry is not None)
        if entry is None:
            return
        self.heading.setText(f"{record_text(entry)} — {field_text(entry)}")
        self.kept.show_side(value_text(entry, entry.kept.value), who_text(entry.kept),
                            when_text(entry.kept), current=True)
        self.lost.show_side(value_text(entry, entry.lost.value), who_text(entry.lost),
                            when_text(entry.lost), current=False)

    def _keep(self, side: str) -> None:
        entry = self.selected()
        if entry is not None and run_guarded(
                self, lambda: self.review.resolve(entry.id, keep=side)) is not None:
            self.reload()
