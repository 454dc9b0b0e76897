"""The filter and sort of the HQ overview: text in the name or coordinator, stale ones only,
and each column sorted by its value (:data:`SORT_ROLE`), not by the text shown."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from obecdesk.core.hq_overview import OverviewRow
from obecdesk.core.text import fold
from obecdesk.ui.hq_overview.model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class OverviewProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; keeps rows whose name or coordinator contains the typed text
    (without case or diacritics), and only stale ones when asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._stale_only = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stale_only(self, stale_only: bool) -> None:
        self.beginFilterChange()
        self._stale_only = stale_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        row: OverviewRow = self.sourceModel().row_at(source_row)
        if self._stale_only and not row.stale:
            return False
        return not self._text or self._text in fold(f"{row.name} {row.coordinator}")

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        return model.data(left, SORT_ROLE) < model.data(right, SORT_ROLE)
