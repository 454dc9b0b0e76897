"""The meetings of a locality as a lazily fetched table model (20,000 meetings stay instant)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from obecdesk.core.formatting import date_text, time_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.meetings import MeetingKind, MeetingStatus
from obecdesk.ui.i18n import tr_context, vocab

C = "MeetingsModel"
Index = QModelIndex | QPersistentModelIndex
PAGE = 200

#: ``fetch(offset, limit)`` → summaries with id, date, start_time, body_name, kind, title, status
PageFetcher = Callable[[int, int], Sequence[Any]]


class Column(IntEnum):
    DATE = 0
    TIME = 1
    BODY = 2
    TITLE = 3
    STATUS = 4


TITLES = {
    Column.DATE: QT_TRANSLATE_NOOP("MeetingsModel", "Datum"),
    Column.TIME: QT_TRANSLATE_NOOP("MeetingsModel", "Čas"),
    Column.BODY: QT_TRANSLATE_NOOP("MeetingsModel", "Orgán"),
    Column.TITLE: QT_TRANSLATE_NOOP("MeetingsModel", "Název"),
    Column.STATUS: QT_TRANSLATE_NOOP("MeetingsModel", "Stav"),
}


def body_text(summary: Any) -> str:
    """The body's name, or the kind for a public meeting / round table without a body."""
    return summary.body_name or vocab(MeetingKind.label_of(summary.kind))


class MeetingsTableModel(QAbstractTableModel):
    """Rows come from ``fetch`` a page at a time as the view scrolls."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._fetch: PageFetcher | None = None
        self._exhausted = True

    def reset(self, fetch: PageFetcher | None) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._fetch is None:
            return
        page = list(self._fetch(len(self._rows), PAGE))
        self._exhausted = len(page) < PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def summary(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int:
        """The row of ``meeting_id``, fetching further pages until it is found or none are left."""
        while True:
            for position, summary in enumerate(self._rows):
                if summary.id == meeting_id:
                    return position
            if not self.canFetchMore():
                return -1
            self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_context(C, TITLES[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.DATE:
                return date_text(summary.date)
            if column == Column.TIME:
                return time_text(summary.start_time)
            if column == Column.BODY:
                return body_text(summary)
            if column == Column.TITLE:
                return summary.title
            return vocab(MeetingStatus.label_of(summary.status))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.DATE, Column.TIME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return summary.title
        return None
