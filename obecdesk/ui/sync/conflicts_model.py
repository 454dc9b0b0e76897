"""The conflict log as a table: the record, the field, both values and who wrote each, when."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from obecdesk.core.formatting import date_text, moment_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.sync.conflict_review import ConflictEntry, Side
from obecdesk.sync.field_labels import code_label
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.rows_model import RowsTableModel

CONTEXT = "Conflicts"


class Column(IntEnum):
    RECORD = 0
    FIELD = 1
    KEPT = 2
    KEPT_BY = 3
    LOST = 4
    LOST_BY = 5


# words the cells are made of, marked here so that the extractor finds them
WORDS = {
    "present": QT_TRANSLATE_NOOP("Conflicts", "obsahuje „%1“"),
    "absent": QT_TRANSLATE_NOOP("Conflicts", "neobsahuje „%1“"),
    "empty": QT_TRANSLATE_NOOP("Conflicts", "(prázdné)"),
    "yes": QT_TRANSLATE_NOOP("Conflicts", "ano"),
    "no": QT_TRANSLATE_NOOP("Conflicts", "ne"),
    "here": QT_TRANSLATE_NOOP("Conflicts", "tato instalace"),
    "replica": QT_TRANSLATE_NOOP("Conflicts", "replika %1"),
}


def _tr(word: str) -> str:
    return QCoreApplication.translate(CONTEXT, WORDS[word])


def value_text(entry: ConflictEntry, value: Any) -> str:
    """A value as people read it: dates in Czech, yes/no, a set element present or absent."""
    if entry.element:
        text = _tr("present") if value else _tr("absent")
        return text.replace("%1", _code(entry, entry.element))
    if value is None or value == "":
        return _tr("empty")
    if code_label(entry.table, entry.field, value) is not None:
        return _code(entry, value)
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return date_text(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _code(entry: ConflictEntry, code: str) -> str:
    label = code_label(entry.table, entry.field, code)
    return tr_context("Vocabulary", label) if label is not None else code


def who_text(side: Side) -> str:
    """Who wrote a value: this installation, a named replica, or a replica's short id."""
    if side.mine:
        return _tr("here")
    if side.replica_name:
        return side.replica_name
    return _tr("replica").replace("%1", side.replica_id[:8])


def when_text(side: Side) -> str:
    return moment_text(side.written_at)


def record_text(entry: ConflictEntry) -> str:
    return f"{tr_context('Kinds', entry.kind_label)}: {entry.record}"


def field_text(entry: ConflictEntry) -> str:
    return tr_context("Fields", entry.field_label)


class ConflictsModel(RowsTableModel):
    CONTEXT = CONTEXT
    TITLES = {
        Column.RECORD: QT_TRANSLATE_NOOP("Conflicts", "Záznam"),
        Column.FIELD: QT_TRANSLATE_NOOP("Conflicts", "Pole"),
        Column.KEPT: QT_TRANSLATE_NOOP("Conflicts", "Platná hodnota"),
        Column.KEPT_BY: QT_TRANSLATE_NOOP("Conflicts", "Kdo a kdy"),
        Column.LOST: QT_TRANSLATE_NOOP("Conflicts", "Přepsaná hodnota"),
        Column.LOST_BY: QT_TRANSLATE_NOOP("Conflicts", "Kdo a kdy"),
    }

    def cell(self, item: ConflictEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match Column(column):
            case Column.RECORD:
                return record_text(item)
            case Column.FIELD:
                return field_text(item)
            case Column.KEPT:
                return value_text(item, item.kept.value)
            case Column.LOST:
                return value_text(item, item.lost.value)
            case Column.KEPT_BY:
                return f"{who_text(item.kept)}, {when_text(item.kept)}"
            case Column.LOST_BY:
                return f"{who_text(item.lost)}, {when_text(item.lost)}"
