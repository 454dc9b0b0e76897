"""Mediace: the locality's cases on the left; on the right the chosen case — the conflict,
parties, rules and result — its sessions, and the mediator's notes, each marked "jen v tomto
počítači" or shared (docs/sync-store.md, "Local-only fields")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import date_text
from obecdesk.core.mediation.cases import CaseInfo
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.layout import scrolled
from obecdesk.ui.mediation.case_panel import CasePanel
from obecdesk.ui.mediation.dialogs import CaseDialog, SessionDialog
from obecdesk.ui.mediation.models import (
    CaseCol,
    CasesModel,
    SessionCol,
    SessionsModel,
)
from obecdesk.ui.mediation.notes_panel import NotesPanel
from obecdesk.ui.mediation.widgets import button_bar, row_table
from obecdesk.ui.selection import enable_with_selection
from obecdesk.ui.services import Services

KINDS = ("mediation-cases", "mediation-parties", "mediation-sessions", "mediation-notes")


class MediationView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.services = services
        self.cases_model = CasesModel(self)
        self.cases = row_table(self.cases_model, CaseCol.TITLE, "mediation-cases")
        self.cases.selectionModel().currentRowChanged.connect(lambda *_: self.show_case())
        new_case = QPushButton(self.tr("Nová mediace…"))
        new_case.clicked.connect(lambda: self.edit_case(new=True))
        delete_case = QPushButton(self.tr("Smazat"))
        delete_case.clicked.connect(self.delete_case)
        enable_with_selection(self.cases, delete_case)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(button_bar(new_case, delete_case))
        left_layout.addWidget(self.cases)

        self.case_panel = CasePanel(services, self.current_case, self.locality_actors)
        self.case_panel.edit_case.connect(lambda: self.edit_case())

        self.sessions_model = SessionsModel(self)
        self.sessions = row_table(self.sessions_model, SessionCol.OUTCOME, "mediation-sessions")
        self.sessions.doubleClicked.connect(lambda *_: self.edit_session())
        new_session = QPushButton(self.tr("Nové setkání…"))
        new_session.clicked.connect(lambda: self.edit_session(new=True))
        delete_session = QPushButton(self.tr("Smazat setkání"))
        delete_session.clicked.connect(self.delete_session)
        enable_with_selection(self.sessions, delete_session)
        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.addLayout(button_bar(new_session, delete_session))
        sessions_layout.addWidget(self.sessions)

        self.notes_panel = NotesPanel(services.mediation_notes, self.current_case)

        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self.case_panel), self.tr("Případ"))
        self.tabs.addTab(sessions_page, self.tr("Setkání"))
        self.tabs.addTab(self.notes_panel, self.tr("Poznámky"))
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
        self.notes_panel.show_notes(case)

    def _actor_names(self, case: CaseInfo | None) -> dict[str, str]:
        wanted = {a for p in case.parties for a in p.data.representatives} if case else set()
        return {a.id: a.name for a in self.services.actors.get_many(wanted)}

    def locality_actors(self) -> list[tuple[str, str]]:
        flt = ActorFilter(self.ctx.locality_id, erased=False)
        return [(a.id, a.name) for a in self.services.actors.list(flt, limit=1000)]

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

    def _confirmed(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    def delete_case(self) -> None:
        case = self.current_case()
        if case is not None and self._confirmed(self.tr("Smazat mediaci"), self.tr(
                "Smazat mediaci {0} i se stranami, setkáními a poznámkami?").format(
                case.data.title)):
            run_guarded(self, lambda: self.services.mediation.remove_case(case.id))

    def delete_session(self) -> None:
        index = self.sessions.currentIndex()
        if index.isValid():
            item = self.sessions_model.row_at(index.row())
            if self._confirmed(self.tr("Smazat setkání"), self.tr(
                    "Smazat záznam o setkání {0}?").format(date_text(item.data.date))):
                run_guarded(self, lambda: self.services.mediation.remove_session(item.id))

    # -- broadcasts --------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            self.reload()

    def on_locality_changed(self, locality_id: str) -> None:
        self.reload()
