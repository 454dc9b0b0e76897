"""The value-entry grid as a table model: indicators (rows) × periods (columns) of one frequency.

A cell is typed as people write numbers ("1 250,5", "40 %", "ano"); :meth:`problem` says what is
wrong with a text while it is typed (unit, valid range), and :meth:`setData` saves through the
value service — a changed value becomes a correction in the history, an emptied cell removes it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from obecdesk.core.indicators.cells import CellError, parse_value
from obecdesk.core.indicators.definitions import IndicatorInfo, IndicatorService
from obecdesk.core.indicators.periods import Period, period_of
from obecdesk.core.indicators.progress import value_text
from obecdesk.core.indicators.values import (
    ValueEntry,
    ValueService,
    range_problem,
    unit_problem,
    value_id,
)
from obecdesk.core.review_queries import ItemReview
from obecdesk.core.vocabulary.indicators import Frequency, Unit
from obecdesk.errors import UserError
from obecdesk.ui.indicators.review_style import review_colour, review_text
from obecdesk.ui.indicators.status_style import FOLLOW_UP

GRID_REASON = "opraveno v tabulce hodnot"
R = Qt.ItemDataRole
#: the roles a cell answers (a view asks for a dozen more per cell at each paint)
ROLES = frozenset({R.DisplayRole, R.EditRole, R.TextAlignmentRole, R.BackgroundRole,
                   R.ToolTipRole})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _edit_text(value: float, unit: str) -> str:
    if unit == Unit.YES_NO:
        return "ano" if value >= 0.5 else "ne"
    return (f"{value:g}" if not float(value).is_integer() else str(int(value))).replace(".", ",")


class ValueGridModel(QAbstractTableModel):
    #: a Czech sentence about the last refused input ("" when the last save went through)
    problem_found = Signal(str)

    def __init__(self, indicators: IndicatorService, values: ValueService, parent=None) -> None:
        super().__init__(parent)
        self.indicator_service = indicators
        self.value_service = values
        self.rows: list[IndicatorInfo] = []
        self.periods: list[Period] = []
        #: the periods' keys, in the same order
        self.keys: list[str] = []
        self._cell_flags = None
        self.entries: dict[str, dict] = {}
        #: HQ's review of each reviewed item of the locality (``LocalityIndicators.reviews``)
        self.reviews: dict[tuple[str, str], ItemReview] = {}

    def load(self, locality_id: str, frequency: str = Frequency.QUARTER,
             today: dt.date | None = None, count: int = 8,
             indicators: list[IndicatorInfo] | None = None) -> None:
        """The locality's entered indicators of ``frequency``; the last ``count`` periods.
        ``indicators``: the locality's, when the caller has just read them."""
        today = today or dt.date.today()
        if indicators is None:
            indicators = self.indicator_service.of_locality(locality_id)
        self.beginResetModel()
        self.rows = [i for i in indicators
                     if not i.data.computed and i.data.frequency == frequency]
        period = period_of(today, frequency)
        periods = [period]
        while len(periods) < count:
            previous = periods[0]
            months = previous.first_month - previous.months
            periods.insert(0, Period(previous.year + (months - 1) // 12,
                                     (months - 1) % 12 + 1, previous.months))
        self.periods = periods
        self.keys = [p.key for p in periods]
        shown = self.value_service.entries_in([i.id for i in self.rows], [p.key for p in periods])
        self.entries = {i.id: shown.get(i.id, {}) for i in self.rows}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.periods)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.periods[section].short_label
        return self.rows[section].name

    def flags(self, index):
        if not index.isValid():
            return super().flags(index) | Qt.ItemFlag.ItemIsEditable
        if self._cell_flags is None:  # the same for every cell; Qt asks for each at each paint
            self._cell_flags = super().flags(index) | Qt.ItemFlag.ItemIsEditable
        return self._cell_flags

    def _entry(self, index):
        return self.entries[self.rows[index.row()].id].get(self.keys[index.column()])

    def value_key(self, index) -> str | None:
        """The id of the value in the cell; None for an empty cell."""
        if not index.isValid() or self._entry(index) is None:
            return None
        return value_id(self.rows[index.row()].id, self.keys[index.column()])

    def review(self, index) -> ItemReview | None:
        """HQ's review of the value in the cell (None for an empty or unreviewed cell)."""
        key = self.value_key(index)
        return None if key is None else self.reviews.get(("value", key))

    def cell_of(self, indicator_id: str, period: str):
        """The index of an indicator's period, invalid when the grid does not show it."""
        rows = [i for i, info in enumerate(self.rows) if info.id == indicator_id]
        columns = [j for j, p in enumerate(self.periods) if p.key == period]
        return self.index(rows[0], columns[0]) if rows and columns else QModelIndex()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in ROLES or not index.isValid():
            return None
        entry, unit = self._entry(index), self.rows[index.row()].data.unit
        review = self.review(index) if role in (Qt.ItemDataRole.BackgroundRole,
                                                Qt.ItemDataRole.ToolTipRole) else None
        if role == Qt.ItemDataRole.BackgroundRole and review is not None:
            return review_colour(review, background=True)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if entry is None else value_text(entry.value, unit)
        if role == Qt.ItemDataRole.EditRole:
            return "" if entry is None else _edit_text(entry.value, unit)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and entry is not None and entry.follow_up:
            return QColor(FOLLOW_UP)
        if role == Qt.ItemDataRole.ToolTipRole:
            target = self.rows[index.row()].targets.get(self.keys[index.column()])
            parts = [self.tr("cíl: {0}").format(value_text(target, unit))] if target else []
            if entry is not None and entry.note:
                parts.append(entry.note)
            if entry is not None and entry.follow_up:
                parts.append(self.tr("k prověření: {0}").format(entry.follow_up_reason))
            if review is not None:
                parts.append(review_text(review))
            return "\n".join(parts) or None
        return None

    def problem(self, index, text: str) -> str | None:
        """Why ``text`` cannot be saved in the cell (checked as the user types), or None."""
        data = self.rows[index.row()].data
        try:
            value = parse_value(text, data.unit)
        except CellError as exc:
            return str(exc) + "."
        if value is None:
            return None
        outside = range_problem(value, data.min_value, data.max_value, data.unit)
        if outside:
            return outside + self.tr(" Takovou hodnotu uložte v detailu s poznámkou.")
        return unit_problem(value, data.unit)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        problem = self.problem(index, text)
        if problem:
            self.problem_found.emit(problem)
            return False
        info, period = self.rows[index.row()], self.periods[index.column()]
        try:
            number = parse_value(text, info.data.unit)
            if number is None:
                self.value_service.remove_value(info.id, period.key, reason=GRID_REASON)
            else:
                old = self._entry(index)
                self.value_service.set_value(info.id, ValueEntry(
                    period.key, number, source=old.source if old else info.data.source,
                    note=old.note if old else "", follow_up=bool(old and old.follow_up),
                    follow_up_reason=old.follow_up_reason if old else ""), reason=GRID_REASON)
        except UserError as exc:
            self.problem_found.emit(str(exc))
            return False
        self.entries[info.id] = self.value_service.entries(info.id)
        self.problem_found.emit("")
        self.dataChanged.emit(index, index)
        return True
