"""The actor list as a lazily fetched Qt table model over :class:`ActorService`.

Rows arrive a page at a time (``canFetchMore``/``fetchMore``) and sorting is an ORDER BY in the
service, so the list opens instantly even for 100,000 actors: only what the user scrolls to is
ever read.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.stakeholders.actor_fields import ActorInfo, attitude_text
from obecdesk.core.stakeholders.actor_queries import ActorFilter, ActorSort
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.ui.i18n import vocab

PAGE = 200

Index = QModelIndex | QPersistentModelIndex


class ActorColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    SECTOR = 2
    ROLE = 3
    INFLUENCE = 4
    ATTITUDE = 5
    INTEREST = 6
    DECISION_POWER = 7

    @property
    def title(self) -> str:
        return QCoreApplication.translate("ActorTable", _TITLES[self])

    @property
    def sort_key(self) -> ActorSort:
        return _SORTS[self]


_TITLES = {
    ActorColumn.NAME: QT_TRANSLATE_NOOP("ActorTable", "Jméno / název"),
    ActorColumn.ORGANISATION: QT_TRANSLATE_NOOP("ActorTable", "Organizace"),
    ActorColumn.SECTOR: QT_TRANSLATE_NOOP("ActorTable", "Sektor"),
    ActorColumn.ROLE: QT_TRANSLATE_NOOP("ActorTable", "Role"),
    ActorColumn.INFLUENCE: QT_TRANSLATE_NOOP("ActorTable", "Vliv"),
    ActorColumn.ATTITUDE: QT_TRANSLATE_NOOP("ActorTable", "Postoj"),
    ActorColumn.INTEREST: QT_TRANSLATE_NOOP("ActorTable", "Zájem"),
    ActorColumn.DECISION_POWER: QT_TRANSLATE_NOOP("ActorTable", "Rozhoduje"),
}

_SORTS = {
    ActorColumn.NAME: ActorSort.NAME,
    ActorColumn.ORGANISATION: ActorSort.ORGANISATION,
    ActorColumn.SECTOR: ActorSort.SECTOR,
    ActorColumn.ROLE: ActorSort.ROLE,
    ActorColumn.INFLUENCE: ActorSort.INFLUENCE,
    ActorColumn.ATTITUDE: ActorSort.ATTITUDE,
    ActorColumn.INTEREST: ActorSort.INTEREST,
    ActorColumn.DECISION_POWER: ActorSort.DECISION_POWER,
}

_NUMERIC = {ActorColumn.INFLUENCE, ActorColumn.ATTITUDE, ActorColumn.INTEREST}


def missing_legal_basis_text() -> str:
    return QCoreApplication.translate("ActorTable", "chybí právní základ")


class ActorTableModel(QAbstractTableModel):
    """Actors matching a filter, loaded page by page, sorted by the database."""

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, actors: ActorService, parent=None) -> None:
        super().__init__(parent)
        self.actors = actors
        self._filter: ActorFilter | None = None
        self._sort = ActorSort.NAME
        self._descending = False
        self._rows: list[ActorInfo] = []
        self._total = 0

    # -- what is shown -----------------------------------------------------------------------

    def set_filter(self, flt: ActorFilter | None) -> None:
        self._filter = flt
        self.refresh(keep_loaded=False)

    @property
    def filter(self) -> ActorFilter | None:
        return self._filter

    @property
    def total(self) -> int:
        """How many actors match, loaded or not."""
        return self._total

    def refresh(self, *, keep_loaded: bool = False) -> None:
        """Re-read the count and the first page (more pages load again as the user scrolls).

        ``keep_loaded`` re-reads as many rows as are loaded now; only for callers that must keep
        a far-scrolled position, since with thousands of loaded rows it is slow.
        """
        wanted = max(PAGE, len(self._rows)) if keep_loaded else PAGE
        self.beginResetModel()
        if self._filter is None:
            self._rows, self._total = [], 0
        else:
            self._total = self.actors.count(self._filter)
            self._rows = self._page(0, wanted)
        self.endResetModel()

    def update_actors(self, actor_ids: set[str]) -> bool:
        """Re-read only the changed actors when they are loaded rows and the count is the same.

        Returns False (after re-reading the first page) when that is not enough: an actor was
        added, deleted, or left or entered the filter.
        """
        if self._filter is None:
            return False
        rows = {actor_id: self.row_of(actor_id) for actor_id in actor_ids}
        if not actor_ids or min(rows.values()) < 0 or self.actors.count(self._filter) != self._total:
            self.refresh()
            return False
        fresh = {a.id: a for a in self.actors.get_many(actor_ids)}
        if len(fresh) != len(actor_ids) or any(a.locality_id != self._filter.locality_id
                                               for a in fresh.values()):
            self.refresh()
            return False
        for actor_id, row in rows.items():
            self._rows[row] = fresh[actor_id]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(ActorColumn) - 1))
        return True

    def _page(self, offset: int, limit: int) -> list[ActorInfo]:
        assert self._filter is not None
        return self.actors.list(self._filter, sort=self._sort, descending=self._descending,
                                offset=offset, limit=limit)

    def actor_at(self, row: int) -> ActorInfo:
        return self._rows[row]

    def row_of(self, actor_id: str) -> int:
        """The loaded row showing ``actor_id`` or -1."""
        return next((i for i, a in enumerate(self._rows) if a.id == actor_id), -1)

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(ActorColumn)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._filter is None:
            return
        more = self._page(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = ActorColumn(column).sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh(keep_loaded=False)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ActorColumn(section).title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        actor = self._rows[index.row()]
        column = ActorColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(actor, column)
        if role == self.ID_ROLE:
            return actor.id
        if column == ActorColumn.NAME and actor.lacks_legal_basis:
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{actor.name} – {missing_legal_basis_text()}"
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and column in (ActorColumn.NAME,
                                                              ActorColumn.ROLE):
            return self._text(actor, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == ActorColumn.NAME:
            font = QFont()
            font.setBold(not actor.is_person)
            font.setItalic(actor.erased)
            return font
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
