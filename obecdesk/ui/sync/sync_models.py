"""Tables of the Synchronizace page: what waits to be sent, the field replicas HQ knows, and
the outcome of reading a folder of bundles."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from obecdesk.core.formatting import moment_text as stored_moment_text
from obecdesk.core.formatting import number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.inventory import KIND_LABELS
from obecdesk.sync.bundle_import import ImportResult, ImportStatus
from obecdesk.sync.sync_desk import PeerState
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.rows_model import RowsTableModel

CONTEXT = "SyncTables"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

STATUS_LABELS = {
    ImportStatus.IMPORTED: QT_TRANSLATE_NOOP("SyncTables", "načten"),
    ImportStatus.ALREADY: QT_TRANSLATE_NOOP("SyncTables", "už byl načten dříve"),
    ImportStatus.REFUSED: QT_TRANSLATE_NOOP("SyncTables", "odmítnut"),
}
NOT_YET = QT_TRANSLATE_NOOP("SyncTables", "zatím ne")


def moment_text(iso: str) -> str:
    """An ISO time stamp (UTC) as local ``30. 11. 2026 14:35``; "zatím ne" when empty."""
    return stored_moment_text(iso) or QCoreApplication.translate(CONTEXT, NOT_YET)


class PendingColumn(IntEnum):
    KIND = 0
    COUNT = 1


class PendingModel(RowsTableModel):
    """Rows per kind the next bundle carries: ``(kind, count)`` pairs."""

    CONTEXT = CONTEXT
    TITLES = {PendingColumn.KIND: QT_TRANSLATE_NOOP("SyncTables", "Druh záznamu"),
              PendingColumn.COUNT: QT_TRANSLATE_NOOP("SyncTables", "Čeká na odeslání")}

    def cell(self, item: tuple[str, int], column: int, role: int) -> Any:
        kind, count = item
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PendingColumn.COUNT:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == PendingColumn.KIND:
            return tr_context("Kinds", KIND_LABELS.get(kind, kind))
        return number_text(count)


class PeerColumn(IntEnum):
    NAME = 0
    FINGERPRINT = 1
    RECEIVED = 2
    SENT = 3
    PENDING = 4


class PeersModel(RowsTableModel):
    """The field replicas HQ exchanges bundles with."""

    CONTEXT = CONTEXT
    TITLES = {
        PeerColumn.NAME: QT_TRANSLATE_NOOP("SyncTables", "Terénní replika"),
        PeerColumn.FINGERPRINT: QT_TRANSLATE_NOOP("SyncTables", "Otisk"),
        PeerColumn.RECEIVED: QT_TRANSLATE_NOOP("SyncTables", "Poslední přijatý balíček"),
        PeerColumn.SENT: QT_TRANSLATE_NOOP("SyncTables", "Poslední odeslaný balíček"),
        PeerColumn.PENDING: QT_TRANSLATE_NOOP("SyncTables", "Záznamů k odeslání"),
    }

    def cell(self, item: PeerState, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PeerColumn.PENDING:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        peer = item.peer
        match PeerColumn(column):
            case PeerColumn.NAME:
                return peer.name or peer.replica_id[:8]
            case PeerColumn.FINGERPRINT:
                return peer.fingerprint
            case PeerColumn.RECEIVED:
                return moment_text(peer.last_received_at)
            case PeerColumn.SENT:
                return moment_text(peer.last_sent_at)
            case PeerColumn.PENDING:
                return number_text(sum(item.pending.values()))


class ResultColumn(IntEnum):
    FILE = 0
    SENDER = 1
    STATUS = 2
    MESSAGE = 3


class ImportResultsModel(RowsTableModel):
    """One row per file of a folder import: imported, already imported, or refused and why."""

    CONTEXT = CONTEXT
    TITLES = {
        ResultColumn.FILE: QT_TRANSLATE_NOOP("SyncTables", "Soubor"),
        ResultColumn.SENDER: QT_TRANSLATE_NOOP("SyncTables", "Odesílatel"),
        ResultColumn.STATUS: QT_TRANSLATE_NOOP("SyncTables", "Výsledek"),
        ResultColumn.MESSAGE: QT_TRANSLATE_NOOP("SyncTables", "Podrobnosti"),
    }

    def cell(self, item: ImportResult, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match ResultColumn(column):
            case ResultColumn.FILE:
                return item.path.name
            case ResultColumn.SENDER:
                return item.sender_name or item.sender_id[:8]
            case ResultColumn.STATUS:
                return QCoreApplication.translate(CONTEXT, STATUS_LABELS[item.status])
            case ResultColumn.MESSAGE:
                return item.message
