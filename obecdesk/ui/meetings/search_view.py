"""Hledání v zápisech: full-text search over minutes and decisions, hits open their meeting."""

from __future__ import annotations

from enum import IntEnum
from html import escape

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.minutes_search import MARK_END, MARK_START, MinutesSearch
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.rows_model import RowsTableModel

C = "SearchModel"
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    MEETING = 0
    LOCALITY = 1
    WHAT = 2
    SNIPPET = 3


TITLES = {
    Column.MEETING: QT_TRANSLATE_NOOP("SearchModel", "Jednání"),
    Column.LOCALITY: QT_TRANSLATE_NOOP("SearchModel", "Lokalita"),
    Column.WHAT: QT_TRANSLATE_NOOP("SearchModel", "Kde"),
    Column.SNIPPET: QT_TRANSLATE_NOOP("SearchModel", "Nalezený text"),
}
KIND_LABELS = {"decision": QT_TRANSLATE_NOOP("SearchModel", "usnesení"), "agenda_item": QT_TRANSLATE_NOOP("SearchModel", "zápis k bodu")}


def snippet_html(snippet: str) -> str:
    """The service marks matched words with brackets; show them in bold instead."""
    return (escape(snippet).replace(escape(MARK_START), "<b>")
            .replace(escape(MARK_END), "</b>"))


class SearchHitsModel(RowsTableModel):
    CONTEXT = C
    TITLES = TITLES

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.MEETING:
                return f"{date_text(hit.meeting_date)} {hit.meeting_title}"
            if column == Column.LOCALITY:
                return hit.locality_name
            if column == Column.WHAT:
                return f"{tr_context(C, KIND_LABELS.get(hit.kind, hit.kind))}: {hit.title}"
            return hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
        if role == Qt.ItemDataRole.UserRole and column == Column.SNIPPET:
            return snippet_html(hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.SNIPPET, Column.WHAT):
            return hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints the cell's ``UserRole`` HTML (the snippet with the found words in bold)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setHtml(index.data(Qt.ItemDataRole.UserRole) or escape(opt.text))
        document.setTextWidth(opt.rect.width())
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 40))


class MinutesSearchPage(QWidget):
    """``open_meeting(locality_id, meeting_id)`` when the user opens a hit."""

    open_meeting = Signal(str, str)

    def __init__(self, search: MinutesSearch, locality_id=lambda: "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.locality_id = locality_id
        self.query = QLineEdit()
        self.query.setObjectName("search-query")
        self.query.setPlaceholderText(self.tr("Hledaná slova, např. přidělování bytů"))
        self.query.returnPressed.connect(self.run)
        self.only_locality = QCheckBox(self.tr("Jen v této lokalitě"))
        button = QPushButton(self.tr("Hledat"))
        button.setObjectName("search-button")
        button.clicked.connect(self.run)
        self.result_label = QLabel(self.tr("Hledá se v zápisech ke všem bodům programu a v "
                                           "usneseních; na diakritice nezáleží."))
        self.result_label.setObjectName("search-result")
        self.model = SearchHitsModel(self)
        self.table = QTableView()
        self.table.setObjectName("search-table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.SNIPPET, HtmlDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.SNIPPET, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.MEETING, 280)
        header.resizeSection(Column.LOCALITY, 140)
        header.resizeSection(Column.WHAT, 220)
        self.table.doubleClicked.connect(self._open)

        bar = QHBoxLayout()
        bar.addWidget(self.query, 1)
        bar.addWidget(self.only_locality)
        bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)

    def run(self) -> None:
        locality = self.locality_id() if self.only_locality.isChecked() else None
        hits = run_guarded(self, lambda: self.search.search(self.query.text(),
                                                            locality_id=locality or None))
        if hits is None:
            return
        self.model.set_rows(hits)
        self.result_label.setText(self.tr("Nalezeno: {0} (dvojklikem otevřete jednání)")
                                  .format(len(hits)) if hits else
                                  self.tr("Nic nenalezeno."))

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.row_at(index.row())
        self.open_meeting.emit(hit.locality_id, hit.meeting_id)
