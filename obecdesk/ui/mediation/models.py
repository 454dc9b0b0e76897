"""Table models of the mediation screen. A note's row says plainly where its text lives:
"jen v tomto počítači" (never in a bundle) or shared with HQ and colleagues."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.mediation.cases import CaseInfo, PartyInfo, SessionInfo
from obecdesk.core.mediation.notes import NoteInfo
from obecdesk.core.vocabulary.participation import MediationResult
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.rows_model import RowsTableModel

LOCAL = QT_TRANSLATE_NOOP("NotesModel", "jen v tomto počítači")
SHARED = QT_TRANSLATE_NOOP("NotesModel", "sdílená (odchází v balíčku)")
ELSEWHERE = QT_TRANSLATE_NOOP("NotesModel", "důvěrná poznámka z jiného počítače")
HIDDEN_TEXT = QT_TRANSLATE_NOOP("NotesModel", "Text zůstal v počítači autora.")
SHARED_TIP = QT_TRANSLATE_NOOP("NotesModel", "Text odchází v synchronizačním balíčku centrále "
                               "a kolegům se sdílenou lokalitou.")
LOCAL_TIP = QT_TRANSLATE_NOOP("NotesModel", "Text nikdy neopustí tento počítač; v balíčku "
                              "odchází jen datum a autor poznámky.")


class CaseCol(IntEnum):
    TITLE = 0
    OPENED = 1
    RESULT = 2


class CasesModel(RowsTableModel):
    CONTEXT = "CasesModel"
    TITLES = {
        CaseCol.TITLE: QT_TRANSLATE_NOOP("CasesModel", "Mediace"),
        CaseCol.OPENED: QT_TRANSLATE_NOOP("CasesModel", "Zahájena"),
        CaseCol.RESULT: QT_TRANSLATE_NOOP("CasesModel", "Výsledek"),
    }

    def cell(self, item: CaseInfo, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        d = item.data
        return {CaseCol.TITLE: d.title, CaseCol.OPENED: date_text(d.opened_on),
                CaseCol.RESULT: tr_context("Vocabulary", MediationResult.label_of(d.result)),
                }[CaseCol(column)]


class PartyCol(IntEnum):
    NAME = 0
    REPRESENTATIVES = 1


class PartiesModel(RowsTableModel):
    """Parties with the names of their representatives (``names``: actor id → name)."""

    CONTEXT = "PartiesModel"
    TITLES = {PartyCol.NAME: QT_TRANSLATE_NOOP("PartiesModel", "Strana sporu"),
              PartyCol.REPRESENTATIVES: QT_TRANSLATE_NOOP("PartiesModel", "Zástupci")}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def cell(self, item: PartyInfo, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == PartyCol.NAME:
            return item.data.name
        # a representative deleted since is left out
        return ", ".join(self.names[a] for a in item.data.representatives if a in self.names)


class SessionCol(IntEnum):
    DATE = 0
    ATTENDED = 1
    OUTCOME = 2


class SessionsModel(RowsTableModel):
    CONTEXT = "SessionsModel"
    TITLES = {
        SessionCol.DATE: QT_TRANSLATE_NOOP("SessionsModel", "Datum"),
        SessionCol.ATTENDED: QT_TRANSLATE_NOOP("SessionsModel", "Kdo byl přítomen"),
        SessionCol.OUTCOME: QT_TRANSLATE_NOOP("SessionsModel", "Výsledek setkání"),
    }

    def cell(self, item: SessionInfo, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        d = item.data
        return {SessionCol.DATE: date_text(d.date), SessionCol.ATTENDED: d.attended,
                SessionCol.OUTCOME: d.outcome}[SessionCol(column)]


class NoteCol(IntEnum):
    DATE = 0
    WHERE = 1
    TEXT = 2
    AUTHOR = 3


def where_label(note: NoteInfo) -> str:
    if not note.readable:
        return tr_context("NotesModel", ELSEWHERE)
    return tr_context("NotesModel", SHARED if note.shared else LOCAL)


class NotesModel(RowsTableModel):
    CONTEXT = "NotesModel"
    TITLES = {
        NoteCol.DATE: QT_TRANSLATE_NOOP("NotesModel", "Datum"),
        NoteCol.WHERE: QT_TRANSLATE_NOOP("NotesModel", "Kde je text"),
        NoteCol.TEXT: QT_TRANSLATE_NOOP("NotesModel", "Poznámka"),
        NoteCol.AUTHOR: QT_TRANSLATE_NOOP("NotesModel", "Autor"),
    }

    def cell(self, item: NoteInfo, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == NoteCol.WHERE:
            return QColor("#1f4f8f" if item.shared else "#a0281e")
        if role == Qt.ItemDataRole.ToolTipRole and column == NoteCol.WHERE:
            return tr_context("NotesModel", SHARED_TIP if item.shared else LOCAL_TIP)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {NoteCol.DATE: date_text(item.written_on), NoteCol.WHERE: where_label(item),
                NoteCol.TEXT: item.text if item.readable else tr_context("NotesModel",
                                                                         HIDDEN_TEXT),
                NoteCol.AUTHOR: item.author}[NoteCol(column)]
