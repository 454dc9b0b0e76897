"""The catalog table: one row per method with the facts that decide a choice and how it went in
this locality ("4× · 4,5")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from obecdesk.catalog.method_schema import Method
from obecdesk.core.formatting import number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.methods.ranking import Experience
from obecdesk.core.vocabulary.methods import ConflictLevel, Participation, Purpose
from obecdesk.ui.rows_model import RowsTableModel


class Column(IntEnum):
    NAME = 0
    PURPOSES = 1
    PARTICIPATION = 2
    GROUP = 3
    MINUTES = 4
    CONFLICT = 5
    USED = 6


@dataclass(frozen=True)
class CatalogRow:
    method: Method
    experience: Experience | None = None


def _vocabulary(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def used_text(experience: Experience | None) -> str:
    """"4× · 4,5" (times rated in this locality and the average), or empty."""
    if experience is None or not experience.uses:
        return ""
    average = number_text(round(experience.average or 0, 1))
    return f"{experience.uses}× · {average}"


class MethodCatalogModel(RowsTableModel):
    CONTEXT = "MethodCatalog"
    TITLES = {
        Column.NAME: QT_TRANSLATE_NOOP("MethodCatalog", "Metoda"),
        Column.PURPOSES: QT_TRANSLATE_NOOP("MethodCatalog", "Účel"),
        Column.PARTICIPATION: QT_TRANSLATE_NOOP("MethodCatalog", "Participace"),
        Column.GROUP: QT_TRANSLATE_NOOP("MethodCatalog", "Lidí"),
        Column.MINUTES: QT_TRANSLATE_NOOP("MethodCatalog", "Minut"),
        Column.CONFLICT: QT_TRANSLATE_NOOP("MethodCatalog", "Unese"),
        Column.USED: QT_TRANSLATE_NOOP("MethodCatalog", "V lokalitě"),
    }

    def cell(self, item: CatalogRow, column: int, role: int):
        method = item.method
        if role == Qt.ItemDataRole.ToolTipRole:
            return method.summary_cs
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match Column(column):
            case Column.NAME:
                return method.name_cs + (QCoreApplication.translate(
                    "MethodCatalog", " (blok)") if method.is_block else "")
            case Column.PURPOSES:
                return ", ".join(_vocabulary(Purpose.label_of(p)) for p in method.purposes)
            case Column.PARTICIPATION:
                return _vocabulary(Participation.label_of(method.participation))
            case Column.GROUP:
                return f"{method.group_min}–{method.group_max}"
            case Column.MINUTES:
                return f"{method.minutes_min}–{method.minutes_max}"
            case Column.CONFLICT:
                return _vocabulary(ConflictLevel.label_of(method.conflict))
            case Column.USED:
                return used_text(item.experience)
        return None

    def method_at(self, row: int) -> Method:
        return self.row_at(row).method

    def rows_methods(self) -> list[Method]:
        return [row.method for row in self.rows()]
