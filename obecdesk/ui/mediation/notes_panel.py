"""The notes tab of the mediation screen: each note says where its text lives ("jen v tomto
počítači" or shared); a new note is local unless ticked, and sharing can be taken back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.mediation.cases import CaseInfo
from obecdesk.core.mediation.notes import MediationNotes, NoteInfo
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.mediation.dialogs import NoteDialog
from obecdesk.ui.mediation.models import NoteCol, NotesModel
from obecdesk.ui.mediation.widgets import button_bar, row_table


class NotesPanel(QWidget):
    def __init__(self, notes: MediationNotes, current_case: Callable[[], CaseInfo | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = notes
        self.current_case = current_case
        self.model = NotesModel(self)
        self.table = row_table(self.model, NoteCol.TEXT, "mediation-notes")
        self.table.doubleClicked.connect(lambda *_: self.edit_note())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        new_note = QPushButton(self.tr("Nová poznámka…"))
        new_note.clicked.connect(lambda: self.edit_note(new=True))
        self.share = QPushButton()
        self.share.setObjectName("note-share")
        self.share.clicked.connect(self.toggle_shared)
        self.delete = QPushButton(self.tr("Smazat poznámku"))
        self.delete.clicked.connect(self.remove_note)
        hint = QLabel(self.tr("Poznámky jsou důvěrné a zůstávají jen v tomto počítači. "
                              "Sdílená poznámka odejde v příštím balíčku centrále a "
                              "kolegům; do závěrečné zprávy se nedostane žádná."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(button_bar(new_note, self.share, self.delete))
        layout.addWidget(self.table)
        self._buttons()

    def current(self) -> NoteInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_notes(self, case: CaseInfo | None) -> None:
        chosen = self.current()
        notes = self.service.of_case(case.id) if case else []
        self.model.set_rows(notes)
        ids = [n.id for n in notes]
        if chosen is not None and chosen.id in ids:  # a note just shared stays chosen
            self.table.selectRow(ids.index(chosen.id))
        self._buttons()

    def _buttons(self) -> None:
        note = self.current()
        self.share.setEnabled(note is not None and note.readable)
        self.delete.setEnabled(note is not None)
        self.share.setText(self.tr("Přestat sdílet") if note is not None and note.shared
                           else self.tr("Sdílet poznámku"))

    def edit_note(self, *, new: bool = False) -> None:
        case = self.current_case()
        if case is None:
            return
        if new:
            NoteDialog(lambda d: self.service.add(case.id, d[0], shared=d[1]),
                       parent=self).exec()
            return
        note = self.current()
        if note is not None and note.readable:
            NoteDialog(lambda d: self.service.edit(note.id, d[0]), note.text, new=False,
                       parent=self).exec()

    def toggle_shared(self) -> None:
        note = self.current()
        if note is not None:
            run_guarded(self, lambda: self.service.set_shared(note.id, not note.shared))

    def remove_note(self) -> None:
        note = self.current()
        if note is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat poznámku"), self.tr(
            "Smazat poznámku ze dne {0}? Její text zmizí i z tohoto počítače.").format(
            date_text(note.written_on)))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.service.remove(note.id))
