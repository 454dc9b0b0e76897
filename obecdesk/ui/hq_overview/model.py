"""The HQ overview as a table model: one row per locality, numbers in their own columns so they
sort, and colour where HQ should look (a stale bundle, a weak partnership)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from obecdesk.core.collation import collation_key
from obecdesk.core.formatting import date_text, money_text
from obecdesk.core.hq_overview import OverviewRow
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.ui.i18n import tr_context, vocab
from obecdesk.ui.rows_model import RowsTableModel

C = "HqOverviewModel"
#: the value a column sorts by (numbers as numbers, names in Czech order)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STALE = QColor("#d9534f")
WEAK = QColor("#f0ad4e")
FINE = QColor("#5cb85c")
STALE_BACKGROUND = QColor("#ffd9a0")


class Column(IntEnum):
    NAME = 0
    MODE = 1
    PHASE = 2
    COORDINATOR = 3
    LAST_BUNDLE = 4
    MEMBERS = 5
    DECIDERS = 6
    TARGET_GROUP = 7
    MEETINGS = 8
    TASKS = 9
    OFF_TRACK = 10
    PROJECTS = 11
    OBTAINED = 12


TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("HqOverviewModel", "Lokalita"),
    Column.MODE: QT_TRANSLATE_NOOP("HqOverviewModel", "Režim"),
    Column.PHASE: QT_TRANSLATE_NOOP("HqOverviewModel", "Fáze"),
    Column.COORDINATOR: QT_TRANSLATE_NOOP("HqOverviewModel", "Konzultant/ka"),
    Column.LAST_BUNDLE: QT_TRANSLATE_NOOP("HqOverviewModel", "Poslední balíček"),
    Column.MEMBERS: QT_TRANSLATE_NOOP("HqOverviewModel", "Čl."),
    Column.DECIDERS: QT_TRANSLATE_NOOP("HqOverviewModel", "Rozh."),
    Column.TARGET_GROUP: QT_TRANSLATE_NOOP("HqOverviewModel", "CS"),
    Column.MEETINGS: QT_TRANSLATE_NOOP("HqOverviewModel", "J 90 d"),
    Column.TASKS: QT_TRANSLATE_NOOP("HqOverviewModel", "Úkoly"),
    Column.OFF_TRACK: QT_TRANSLATE_NOOP("HqOverviewModel", "Mimo"),
    Column.PROJECTS: QT_TRANSLATE_NOOP("HqOverviewModel", "Proj."),
    Column.OBTAINED: QT_TRANSLATE_NOOP("HqOverviewModel", "Získáno"),
}
#: what an abbreviated header means (its tooltip)
HINTS = {
    Column.MEMBERS: QT_TRANSLATE_NOOP("HqOverviewModel", "Současní členové orgánů partnerství"),
    Column.DECIDERS: QT_TRANSLATE_NOOP("HqOverviewModel", "Členové s rozhodovací pravomocí"),
    Column.TARGET_GROUP: QT_TRANSLATE_NOOP("HqOverviewModel", "Zástupci cílové skupiny mezi členy"),
    Column.MEETINGS: QT_TRANSLATE_NOOP("HqOverviewModel", "Jednání, která proběhla za posledních 90 dní"),
    Column.TASKS: QT_TRANSLATE_NOOP("HqOverviewModel", "Otevřené úkoly / z toho po termínu"),
    Column.OFF_TRACK: QT_TRANSLATE_NOOP("HqOverviewModel", "Indikátory mimo plán"),
    Column.PROJECTS: QT_TRANSLATE_NOOP("HqOverviewModel", "Projekty připravené / schválené"),
    Column.OBTAINED: QT_TRANSLATE_NOOP("HqOverviewModel", "Peníze získané schválenými projekty"),
}
SHORT_MODES = {
    CooperationMode.ACUTE.value: QT_TRANSLATE_NOOP("HqOverviewModel", "akutní"),
    CooperationMode.SYSTEMATIC.value: QT_TRANSLATE_NOOP("HqOverviewModel", "systematická"),
    CooperationMode.LONG_TERM.value: QT_TRANSLATE_NOOP("HqOverviewModel", "dlouhodobá"),
}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _t(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP`` in this module's context, translated."""
    return QCoreApplication.translate(C, text)


translate = QCoreApplication.translate


def phase_cell(row: OverviewRow) -> str:
    phases = " + ".join(tr_context("Phases", name) for name in row.phases)
    if row.month is None:
        return phases
    month = translate("HqOverviewModel", "{0}. měsíc").format(row.month)
    return f"{month}: {phases}" if phases else month


def bundle_cell(row: OverviewRow) -> str:
    last = row.last_bundle
    if last is None:
        if row.created_here:
            return translate("HqOverviewModel", "vytvořeno zde")
        return translate("HqOverviewModel", "nikdy nepřijato")
    return translate("HqOverviewModel", "{0} ({1} d)").format(
        date_text(last.received_at.date()), last.days_ago)


def marker_tip(row: OverviewRow) -> str:
    """Why the marker has its colour, in sentences."""
    lines = []
    if row.stale:
        lines.append(translate("HqOverviewModel", "Poslední balíček přišel před {0} dny.")
                     .format(row.last_bundle.days_ago))
    lines += [tr_context("HqOverview", w) for w in row.health.weaknesses]
    return "\n".join(lines) or translate("HqOverviewModel", "Partnerství bez zjevných slabin.")


class OverviewModel(RowsTableModel):
    """Rows are :class:`OverviewRow`; ``UserRole`` is the locality id."""

    CONTEXT = C
    TITLES = TITLES

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            hint = HINTS.get(self.columns()[section])
            return _t(hint) if hint else None
        return super().headerData(section, orientation, role)

    def row_of(self, locality_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.locality_id == locality_id), -1)

    def cell(self, row: OverviewRow, column: int, role: int) -> Any:
        column = Column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.locality_id
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            return STALE if row.stale else WEAK if row.weak else FINE
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NAME:
                return marker_tip(row)
            if column == Column.MODE:
                return vocab(CooperationMode.label_of(row.mode))
            if column == Column.LAST_BUNDLE and row.last_bundle is not None:
                return translate("HqOverviewModel", "od {0}").format(row.last_bundle.sender)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.LAST_BUNDLE and row.stale:
            return STALE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and self._lacking(row, column):
            return STALE
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.MEMBERS:
            return RIGHT
        return None

    @staticmethod
    def _lacking(row: OverviewRow, column: Column) -> bool:
        h = row.health
        return {Column.DECIDERS: not h.decision_makers, Column.TARGET_GROUP: not h.target_group,
                Column.MEETINGS: not h.meetings_recent, Column.TASKS: bool(h.actions_overdue),
                Column.OFF_TRACK: bool(row.off_track)}.get(column, False)

    @staticmethod
    def _text(row: OverviewRow, column: Column) -> str:
        h, p = row.health, row.projects
        return {
            Column.NAME: row.name,
            Column.MODE: _t(SHORT_MODES.get(row.mode, row.mode)),
            Column.PHASE: phase_cell(row),
            Column.COORDINATOR: row.coordinator,
            Column.LAST_BUNDLE: bundle_cell(row),
            Column.MEMBERS: str(h.members),
            Column.DECIDERS: str(h.decision_makers),
            Column.TARGET_GROUP: str(h.target_group),
            Column.MEETINGS: str(h.meetings_recent),
            Column.TASKS: f"{h.actions_open}/{h.actions_overdue}",
            Column.OFF_TRACK: str(row.off_track),
            Column.PROJECTS: f"{p.prepared}/{p.approved}",
            Column.OBTAINED: money_text(p.obtained),
        }[column]

    @staticmethod
    def _sort_value(row: OverviewRow, column: Column) -> Any:
        h, p = row.health, row.projects
        last = row.last_bundle
        return {
            Column.NAME: collation_key(row.name),
            Column.MODE: row.mode,
            Column.PHASE: row.month or 0,
            Column.COORDINATOR: collation_key(row.coordinator),
            Column.LAST_BUNDLE: last.received_at.isoformat() if last else "",
            Column.MEMBERS: h.members,
            Column.DECIDERS: h.decision_makers,
            Column.TARGET_GROUP: h.target_group,
            Column.MEETINGS: h.meetings_recent,
            Column.TASKS: (h.actions_overdue, h.actions_open),
            Column.OFF_TRACK: row.off_track,
            Column.PROJECTS: (p.prepared, p.approved),
            Column.OBTAINED: p.obtained_hal,
        }[column]
