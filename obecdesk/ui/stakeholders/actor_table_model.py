"""The actor list as a windowed Qt table model over :class:`ActorService`.

``rowCount`` is the true number of matching actors, so the scrollbar spans all of them; a row's
page is read from the database when the view first asks for it (the service answers a page
from a covering index) and kept among the recently used pages: dragging the scrollbar to row
50,000 of 100,000 reads the one page on screen.
Sorting is an ORDER BY in the service. A search reads its hits' ids in order at once: one pass
gives its count and its pages, where a count and a sorted page would each gather the hits.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from obecdesk.core.stakeholders.actor_fields import ActorInfo, attitude_text
from obecdesk.core.stakeholders.actor_queries import ActorFilter, ActorSort
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.actor_columns import NUMERIC_COLUMNS, ActorColumn

PAGE = 200
#: pages kept in memory (the least recently shown go first): 10,000 rows
KEPT_PAGES = 50
#: a search with up to this many hits keeps their ids; a wider one is counted and paged
HITS_KEPT = 20_000

Index = QModelIndex | QPersistentModelIndex


def _font(bold: bool, italic: bool) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


def missing_legal_basis_text() -> str:
    return QCoreApplication.translate("ActorTable", "chybí právní základ")


class ActorTableModel(QAbstractTableModel):
    """Actors matching a filter, read page by page, sorted by the database."""

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, actors: ActorService, parent=None) -> None:
        super().__init__(parent)
        self.actors = actors
        self._filter: ActorFilter | None = None
        self._sort = ActorSort.NAME
        self._descending = False
        self._pages: OrderedDict[int, list[ActorInfo]] = OrderedDict()
        self._total = 0
        self._ids: list[str] | None = None
        # made once: data() runs for every visible cell on every repaint
        self._fonts = {(bold, italic): _font(bold, italic)
                       for bold in (False, True) for italic in (False, True)}
        self._warning = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning)

    # -- what is shown -----------------------------------------------------------------------

    def set_filter(self, flt: ActorFilter | None) -> None:
        self._filter = flt
        self.refresh()

    @property
    def filter(self) -> ActorFilter | None:
        return self._filter

    @property
    def total(self) -> int:
        """How many actors match (the row count)."""
        return self._total

    def refresh(self) -> None:
        """Re-read the count; pages are read again as the view asks for their rows."""
        self.beginResetModel()
        self._pages.clear()
        self._ids = self._hits()
        self._total = (len(self._ids) if self._ids is not None
                       else 0 if self._filter is None else self.actors.count(self._filter))
        self.endResetModel()

    def _hits(self) -> list[str] | None:
        """A search's hits in order; None without a search or with too many to hold."""
        if self._filter is None or not self._filter.search.strip():
            return None
        ids = self.actors.ids(self._filter, sort=self._sort, descending=self._descending,
                              limit=HITS_KEPT + 1)
        return ids if len(ids) <= HITS_KEPT else None

    def update_actors(self, actor_ids: set[str]) -> bool:
        """Re-read only the changed actors when the count is the same and they stay in the list.

        Returns False (after a refresh) when that is not enough: an actor was added, deleted,
        or left or entered the filter. Changed actors on pages not in memory need nothing: their
        page is read fresh when it is shown.
        """
        if self._filter is None:
            return False
        same = (self._hits() == self._ids if self._ids is not None
                else self.actors.count(self._filter) == self._total)
        if not actor_ids or not same:
            self.refresh()
            return False
        fresh = {a.id: a for a in self.actors.get_many(actor_ids)}
        if len(fresh) != len(actor_ids) or any(a.locality_id != self._filter.locality_id
                                               for a in fresh.values()):
            self.refresh()
            return False
        for number, page in self._pages.items():
            for at, actor in enumerate(page):
                if actor.id in fresh:
                    page[at] = fresh[actor.id]
                    row = number * PAGE + at
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(ActorColumn) - 1))
        return True

    def _page(self, number: int) -> list[ActorInfo]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self._filter is not None
        if self._ids is not None:
            page = self.actors.get_many(self._ids[number * PAGE:(number + 1) * PAGE])
        else:
            page = self.actors.list(self._filter, sort=self._sort, descending=self._descending,
                                    offset=number * PAGE, limit=PAGE)
        self._pages[number] = page
        if len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    def _actor(self, row: int) -> ActorInfo | None:
        """The actor on ``row``, or None when the list got shorter since it was counted."""
        number, at = divmod(row, PAGE)
        page = self._page(number)
        return page[at] if at < len(page) else None

    def actor_at(self, row: int) -> ActorInfo:
        actor = self._actor(row)
        if actor is None:
            raise IndexError(row)
        return actor

    def row_of(self, actor_id: str) -> int:
        """The row showing ``actor_id``, or -1 when the filter leaves it out."""
        for number, page in self._pages.items():
            for at, actor in enumerate(page):
                if actor.id == actor_id:
                    return number * PAGE + at
        if self._filter is None:
            return -1
        if self._ids is not None:
            return self._ids.index(actor_id) if actor_id in self._ids else -1
        row = self.actors.position(self._filter, actor_id, sort=self._sort,
                                   descending=self._descending)
        return -1 if row is None or row >= self._total else row

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(ActorColumn)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = ActorColumn(column).sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ActorColumn(section).title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        actor = self._actor(index.row())
        if actor is None:
            return None
        column = ActorColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(actor, column)
        if role == self.ID_ROLE:
            return actor.id
        if column == ActorColumn.NAME and actor.lacks_legal_basis:
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{actor.name} – {missing_legal_basis_text()}"
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning
        if role == Qt.ItemDataRole.ToolTipRole and column in (ActorColumn.NAME,
                                                              ActorColumn.ROLE):
            return self._text(actor, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == ActorColumn.NAME:
            return self._fonts[(not actor.is_person, actor.erased)]
        return None

    @staticmethod
    def _text(actor: ActorInfo, column: ActorColumn) -> str:
        match column:
            case ActorColumn.NAME:
                return actor.name
            case ActorColumn.ORGANISATION:
                return actor.organisation_name
            case ActorColumn.SECTOR:
                return vocab(Sector.label_of(actor.sector))
            case ActorColumn.ROLE:
                return actor.role
            case ActorColumn.INFLUENCE:
                return str(actor.influence)
            case ActorColumn.ATTITUDE:
                return attitude_text(actor.attitude)
            case ActorColumn.INTEREST:
                return str(actor.interest)
            case ActorColumn.DECISION_POWER:
                return QCoreApplication.translate("ActorTable", "ano") if actor.decision_power else ""
        return ""
