"""Mediace: the locality's cases on the left; on the right the chosen case — the conflict,
parties, rules and result — its sessions, and the mediator's notes, each marked "jen v tomto
počítači" or shared (docs/sync-store.md, "Local-only fields")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.mediation.cases import CaseInfo
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.columns import fitting_table, rows_follow_columns
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.layout import scrolled
from obecdesk.ui.mediation.case_panel import CasePanel
from obecdesk.ui.mediation.dialogs import CaseDialog, NoteDialog, SessionDialog
from obecdesk.ui.mediation.models import (
    CaseCol,
    CasesModel,
    NoteCol,
    NotesModel,
    SessionCol,
    SessionsModel,
)
from obecdesk.ui.services import Services

KINDS = ("mediation-cases", "mediation-parties", "mediation-sessions", "mediation-notes")


def _table(model, stretch: int, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fitting_table(table, max_width=260)
    rows_follow_columns(table)
    return table


def _bar(*widgets: QWidget) -> QHBoxLayout:
    bar = QHBoxLayout()
    for widget in widgets:
        bar.addWidget(widget)
    bar.addStretch(1)
    return bar


class MediationView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self.cases_model = CasesModel(self)
        self.cases = _table(self.cases_model, CaseCol.TITLE, "mediation-cases")
        self.cases.selectionModel().currentRowChanged.connect(lambda *_: self.show_case())
        new_case = QPushButton(self.tr("Nová mediace…"))
        new_case.clicked.connect(lambda: self.edit_case(new=True))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(_bar(new_case))
        left_layout.addWidget(self.cases)

        self.case_panel = CasePanel(services, self.current_case, self.locality_actors)
        self.case_panel.edit_case.connect(lambda: self.edit_case())

        self.sessions_model = SessionsModel(self)
        self.sessions = _table(self.sessions_model, SessionCol.OUTCOME, "mediation-sessions")
        self.sessions.doubleClicked.connect(lambda *_: self.edit_session())
        new_session = QPushButton(self.tr("Nové setkání…"))
        new_session.clicked.connect(lambda: self.edit_session(new=True))
        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.addLayout(_bar(new_session))
        sessions_layout.addWidget(self.sessions)

        self.notes_model = NotesModel(self)
        self.notes = _table(self.notes_model, NoteCol.TEXT, "mediation-notes")
        self.notes.doubleClicked.connect(lambda *_: self.edit_note())
        self.notes.selectionModel().currentRowChanged.connect(lambda *_: self._note_buttons())
        new_note = QPushButton(self.tr("Nová poznámka…"))
        new_note.clicked.connect(lambda: self.edit_note(new=True))
        self.share = QPushButton()
        self.share.setObjectName("note-share")
        self.share.clicked.connect(self.toggle_shared)
        notes_hint = QLabel(self.tr("Poznámky jsou důvěrné a zůstávají jen v tomto počítači. "
                                    "Sdílená poznámka odejde v příštím balíčku centrále a "
                                    "kolegům; do závěrečné zprávy se nedostane žádná."))
        notes_hint.setWordWrap(True)
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.addWidget(notes_hint)
        notes_layout.addLayout(_bar(new_note, self.share))
        notes_layout.addWidget(self.notes)

        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self.case_panel), self.tr("Případ"))
        self.tabs.addTab(sessions_page, self.tr("Setkání"))
        self.tabs.addTab(notes_page, self.tr("Poznámky"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([330, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def current_case(self) -> CaseInfo | None:
        index = self.cases.currentIndex()
        return self.cases_model.row_at(index.row()) if index.isValid() else None

    def reload(self) -> None:
        chosen = self.current_case()
        locality_id = self.ctx.locality_id
        rows = self.services.mediation.cases(locality_id) if locality_id else []
        self.cases_model.set_rows(rows)
        ids = [c.id for c in rows]
        if rows:
            self.cases.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self.show_case()

    def show_case(self) -> None:
        case = self.current_case()
        self.case_panel.show_case(case, self._actor_names(case))
        self.sessions_model.set_rows(case.sessions if case else [])
        note = self._current_note()
        notes = self.services.mediation_notes.of_case(case.id) if case else []
        self.notes_model.set_rows(notes)
        ids = [n.id for n in notes]
        if note is not None and note.id in ids:  # a note just shared stays chosen
            self.notes.selectRow(ids.index(note.id))
        self._note_buttons()

    def _actor_names(self, case: CaseInfo | None) -> dict[str, str]:
        wanted = {a for p in case.parties for a in p.data.representatives} if case else set()
        return {a.id: a.name for a in self.services.actors.get_many(wanted)}

    def locality_actors(self) -> list[tuple[str, str]]:
        flt = ActorFilter(self.ctx.locality_id, erased=False)
        return [(a.id, a.name) for a in self.services.actors.list(flt, limit=1000)]

    def _current_note(self):
        index = self.notes.currentIndex()
        return self.notes_model.row_at(index.row()) if index.isValid() else None

    def _note_buttons(self) -> None:
        note = self._current_note()
        self.share.setEnabled(note is not None and note.readable)
        self.share.setText(self.tr("Přestat sdílet") if note is not None and note.shared
                           else self.tr("Sdílet poznámku"))

    # -- editing -----------------------------------------------------------------------------

    def edit_case(self, *, new: bool = False) -> None:
        mediation = self.services.mediation
        locality_id = self.ctx.locality_id
        if new and locality_id:
            CaseDialog(lambda d: mediation.create_case(locality_id, d), parent=self).exec()
            return
        case = self.current_case()
        if case is not None:
            CaseDialog(lambda d: mediation.update_case(case.id, d), case.data,
                       parent=self).exec()

    def edit_session(self, *, new: bool = False) -> None:
        case = self.current_case()
        if case is None:
            return
        mediation = self.services.mediation
        if new:
            SessionDialog(lambda d: mediation.add_session(case.id, d), parent=self).exec()
            return
        index = self.sessions.currentIndex()
        if index.isValid():
            item = self.sessions_model.row_at(index.row())
            SessionDialog(lambda d: mediation.update_session(item.id, d), item.data,
                          parent=self).exec()

    def edit_note(self, *, new: bool = False) -> None:
        case = self.current_case()
        if case is None:
            return
        notes = self.services.mediation_notes
        if new:
            NoteDialog(lambda d: notes.add(case.id, d[0], shared=d[1]), parent=self).exec()
            return
        note = self._current_note()
        if note is not None and note.readable:
            NoteDialog(lambda d: notes.edit(note.id, d[0]), note.text, new=False,
                       parent=self).exec()

    def toggle_shared(self) -> None:
        note = self._current_note()
        if note is not None:
            run_guarded(self, lambda: self.services.mediation_notes.set_shared(
                note.id, not note.shared))

    # -- broadcasts --------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
