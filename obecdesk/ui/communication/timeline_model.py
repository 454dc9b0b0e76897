"""The situation log as a table in time order, and the filter by kind and severity over it."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from obecdesk.core.communication.situation import EventInfo
from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.communication import SEVERITIES, EventKind
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel

#: a soft background per severity, so a glance down the timeline shows where it escalated
SEVERITY_COLOURS = {1: "#e8f5e9", 2: "#fff8e1", 3: "#ffe0b2", 4: "#ffcdd2"}


class Col(IntEnum):
    DATE = 0
    KIND = 1
    TITLE = 2
    SEVERITY = 3
    REACH = 4
    FILES = 5


class TimelineModel(RowsTableModel):
    CONTEXT = "TimelineModel"
    TITLES = {
        Col.DATE: QT_TRANSLATE_NOOP("TimelineModel", "Datum"),
        Col.KIND: QT_TRANSLATE_NOOP("TimelineModel", "Druh"),
        Col.TITLE: QT_TRANSLATE_NOOP("TimelineModel", "Událost"),
        Col.SEVERITY: QT_TRANSLATE_NOOP("TimelineModel", "Závažnost"),
        Col.REACH: QT_TRANSLATE_NOOP("TimelineModel", "Dosah"),
        Col.FILES: QT_TRANSLATE_NOOP("TimelineModel", "Přílohy"),
    }

    def cell(self, item: EventInfo, column: int, role: int):
        data = item.data
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Col.DATE: date_text(data.occurred_on),
                Col.KIND: vocab(EventKind.label_of(data.kind)),
                Col.TITLE: data.title,
                Col.SEVERITY: vocab(SEVERITIES.get(data.severity, "")),
                Col.REACH: "" if data.reach is None else number_text(data.reach),
                Col.FILES: str(len(item.attachments)) if item.attachments else "",
            }[Col(column)]
        if role == Qt.ItemDataRole.BackgroundRole and column == Col.SEVERITY:
            return QBrush(QColor(SEVERITY_COLOURS.get(data.severity, "#ffffff")))
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.TITLE and data.description:
            return data.description
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


class TimelineFilter(QSortFilterProxyModel):
    """Only events of the chosen kind (all when none) and at least the chosen severity."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.min_severity = 1

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self.kind = kind or ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_min_severity(self, level: int) -> None:
        self.beginFilterChange()
        self.min_severity = level or 1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int,  # noqa: N802 - Qt override
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        item: EventInfo = self.sourceModel().row_at(row)
        return ((not self.kind or item.data.kind == self.kind)
                and item.data.severity >= self.min_severity)
