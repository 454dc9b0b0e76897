"""Audience groups with their latest reading and trend, and one group's readings."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from obecdesk.core.communication.audiences import GroupInfo, ReadingInfo
from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.communication import ATTITUDES, TENSIONS
from obecdesk.ui.i18n import vocab
from obecdesk.ui.rows_model import RowsTableModel


def attitude_text(value: int) -> str:
    sign = f"+{value}" if value > 0 else str(value).replace("-", "−")
    return f"{sign} {vocab(ATTITUDES.get(value, ''))}"


def tension_text(value: int) -> str:
    return f"{value} {vocab(TENSIONS.get(value, ''))}"


class GroupCol(IntEnum):
    NAME = 0
    ATTITUDE = 1
    TENSION = 2
    SINCE = 3


class GroupsModel(RowsTableModel):
    CONTEXT = "GroupsModel"
    TITLES = {
        GroupCol.NAME: QT_TRANSLATE_NOOP("GroupsModel", "Skupina"),
        GroupCol.ATTITUDE: QT_TRANSLATE_NOOP("GroupsModel", "Postoj"),
        GroupCol.TENSION: QT_TRANSLATE_NOOP("GroupsModel", "Napětí"),
        GroupCol.SINCE: QT_TRANSLATE_NOOP("GroupsModel", "Od minula"),
    }

    def cell(self, item: GroupInfo, column: int, role: int):
        last = item.readings[-1].data if item.readings else None
        before = item.readings[-2].data if len(item.readings) > 1 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == GroupCol.NAME:
                return item.name
            if last is None:
                return ""
            if column == GroupCol.ATTITUDE:
                return attitude_text(last.attitude)
            if column == GroupCol.TENSION:
                return tension_text(last.tension)
            if before is None:
                return ""
            return {-1: "↘", 0: "→", 1: "↗"}[(last.tension > before.tension)
                                             - (last.tension < before.tension)]
        if role == Qt.ItemDataRole.ToolTipRole and column == GroupCol.NAME:
            return item.description or None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


class ReadingCol(IntEnum):
    DATE = 0
    ATTITUDE = 1
    TENSION = 2
    NOTE = 3
    SOURCE = 4


class ReadingsModel(RowsTableModel):
    CONTEXT = "ReadingsModel"
    TITLES = {
        ReadingCol.DATE: QT_TRANSLATE_NOOP("ReadingsModel", "Datum"),
        ReadingCol.ATTITUDE: QT_TRANSLATE_NOOP("ReadingsModel", "Postoj"),
        ReadingCol.TENSION: QT_TRANSLATE_NOOP("ReadingsModel", "Napětí"),
        ReadingCol.NOTE: QT_TRANSLATE_NOOP("ReadingsModel", "Poznámka"),
        ReadingCol.SOURCE: QT_TRANSLATE_NOOP("ReadingsModel", "Zdroj"),
    }

    def cell(self, item: ReadingInfo, column: int, role: int):
        data = item.data
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ReadingCol.DATE: date_text(data.read_on),
                ReadingCol.ATTITUDE: attitude_text(data.attitude),
                ReadingCol.TENSION: tension_text(data.tension),
                ReadingCol.NOTE: data.note,
                ReadingCol.SOURCE: data.source,
            }[ReadingCol(column)]
        if role == Qt.ItemDataRole.ToolTipRole and column == ReadingCol.NOTE:
            return data.note or None
        return None
