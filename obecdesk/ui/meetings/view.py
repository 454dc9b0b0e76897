"""Jednání: the meetings of the current locality with their editor, my open tasks, and search."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.profile import PROFILE_KIND
from obecdesk.errors import UserError
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.localities.gate import MEETINGS, LocalityGate
from obecdesk.ui.meetings.editor import MeetingEditor
from obecdesk.ui.meetings.focus_mode import FocusMode
from obecdesk.ui.meetings.list_panel import MeetingListPanel
from obecdesk.ui.meetings.meeting_tabs import BASICS, MINUTES
from obecdesk.ui.meetings.new_meeting_dialog import NewMeetingDialog
from obecdesk.ui.meetings.outputs import detail_to_print, save_invitation, show_printout
from obecdesk.ui.meetings.print_preview import PdfPreviewDialog
from obecdesk.ui.meetings.search_view import MinutesSearchPage
from obecdesk.ui.meetings.tasks_view import OpenTasksPage
from obecdesk.ui.services import Services

#: entity kinds whose change may alter what this view shows
WATCHED = ("meetings", "agenda_items", "attendance", "decisions", "action_items", "bodies",
           "memberships", "actors", "localities", PROFILE_KIND)
MEETINGS_PAGE, TASKS_PAGE, SEARCH_PAGE = range(3)


class MeetingsView(CapabilityView):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = services.meetings
        self.bodies = services.bodies
        self.invitations = services.invitations
        self.last_preview: PdfPreviewDialog | None = None
        # preview PDFs live as long as the view; the folder goes away with it
        self._pdf_folder = tempfile.TemporaryDirectory(prefix="obecdesk-",
                                                       ignore_cleanup_errors=True)
        folder = self._pdf_folder
        self.destroyed.connect(lambda *_: folder.cleanup())

        self.list_panel = MeetingListPanel(self.service)
        self.editor = MeetingEditor(services.meetings, services.bodies, services.actors,
                                    profile=services.profile,
                                    methods=services.method_catalog)
        # the list above the editor: both get the full width their tables need
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("meetings-splitter")
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([230, 620])
        splitter.setChildrenCollapsible(False)

        self.tasks_page = OpenTasksPage(self.service.actions, profile=services.profile)
        self.search_page = MinutesSearchPage(services.minutes_search,
                                             locality_id=lambda: self.ctx.locality_id)
        self.pages = QTabWidget()
        self.pages.setObjectName("meetings-pages")
        self.pages.addTab(splitter, self.tr("Jednání"))
        self.pages.addTab(self.tasks_page, self.tr("Moje otevřené úkoly"))
        self.pages.addTab(self.search_page, self.tr("Hledání v zápisech"))
        self.gate = LocalityGate(ctx, services, MEETINGS, self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.gate)

        self.list_panel.meeting_activated.connect(self.open_meeting)
        self.list_panel.new_requested.connect(self.new_meeting)
        self.list_panel.delete_requested.connect(self.delete_meeting)
        self.editor.print_requested.connect(self.print_document)
        self.editor.export_requested.connect(self.export_invitation)
        self.tasks_page.open_meeting.connect(self.go_to_meeting)
        self.search_page.open_meeting.connect(
            lambda locality_id, meeting_id: self.go_to_meeting(locality_id, meeting_id,
                                                               tab=MINUTES))
        self.pages.currentChanged.connect(self._page_changed)
        self.focus = FocusMode(self)
        self._show_locality(ctx.locality_id)

    # -- leaving work ----------------------------------------------------------------------------

    def confirm_close(self) -> bool:
        """Called by the main window on close: False keeps the window open."""
        return self.editor.confirm_discard()

    # -- locality and changes --------------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        return self.editor.is_dirty()

    def on_locality_changed(self, locality_id: str) -> None:
        self.editor.save_or_drop()
        self._show_locality(locality_id)

    def _show_locality(self, locality_id: str) -> None:
        bodies = self.bodies.list(locality_id) if locality_id else []
        self.list_panel.set_locality(locality_id, bodies)
        if self.editor.is_dirty():
            return  # a save was refused: the typed work stays until the user settles it
        self.editor.clear()
        if self.list_panel.model.rowCount():
            self.list_panel.select(self.list_panel.model.summary(0).id)

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*WATCHED):
            return
        if changes.touches("actors", PROFILE_KIND):
            self.editor.tabs.forget_people()
        if changes.touches("bodies"):
            self.list_panel.set_bodies(self.bodies.list(self.ctx.locality_id)
                                       if self.ctx.locality_id else [])
        self.list_panel.reload()
        meeting_id = self.editor.meeting_id
        if meeting_id and not self.editor.is_dirty():
            if self._exists(meeting_id):  # one row by id, not every page of the list
                self.editor.load(meeting_id)
            else:
                self.editor.clear()
        if self.pages.currentIndex() == TASKS_PAGE:
            self.tasks_page.reload()

    def _exists(self, meeting_id: str) -> bool:
        try:
            self.service.get(meeting_id)
        except UserError:  # NotFound: deleted here or by an imported bundle
            return False
        return True

    def _page_changed(self, index: int) -> None:
        if index == TASKS_PAGE:
            self.tasks_page.reload()

    # -- meetings --------------------------------------------------------------------------------

    def open_meeting(self, meeting_id: str) -> None:
        """The user picked a meeting in the list; unsaved edits of the current one come first."""
        if meeting_id == self.editor.meeting_id:
            return
        if not self.editor.confirm_discard():
            self.list_panel.select(self.editor.meeting_id, notify=False)
            return
        self.editor.load(meeting_id)

    def go_to_meeting(self, locality_id: str, meeting_id: str, tab: int | None = None) -> None:
        """Open a meeting found in "my tasks" or in search, switching locality when needed."""
        if meeting_id != self.editor.meeting_id and not self.editor.confirm_discard():
            return
        if locality_id and locality_id != self.ctx.locality_id:
            self.ctx.set_locality(locality_id)
        self.pages.setCurrentIndex(MEETINGS_PAGE)
        self.list_panel.select(meeting_id, notify=False)
        if meeting_id != self.editor.meeting_id:
            self.editor.load(meeting_id)
        if tab is not None:
            self.editor.tabs.setCurrentIndex(tab)

    def new_meeting(self) -> None:
        if not self.ctx.locality_id or not self.editor.confirm_discard():
            return
        dialog = NewMeetingDialog(self.service, self.ctx.locality_id,
                                  self.bodies.list(self.ctx.locality_id), self)
        if dialog.exec() and dialog.created is not None:
            self.list_panel.reload()
            self.list_panel.select(dialog.created.id, notify=False)
            self.editor.load(dialog.created.id)
            self.editor.tabs.setCurrentIndex(BASICS)

    def delete_meeting(self, meeting_id: str) -> None:
        summary = self.service.get(meeting_id)
        answer = QMessageBox.question(
            self, self.tr("Smazat jednání"),
            self.tr("Opravdu smazat jednání „{0}“ i s programem, docházkou, usneseními "
                    "a úkoly?").format(summary.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.clear()
            run_guarded(self, lambda: self.service.delete(meeting_id))

    # -- documents -------------------------------------------------------------------------------

    def _saved_detail(self):
        if not self.editor.meeting_id or not self.editor.ensure_saved():
            return None
        return run_guarded(self, lambda: self.service.detail(self.editor.meeting_id))

    def print_document(self, kind: str) -> None:
        detail = detail_to_print(self, self.editor, self.service)
        if detail is not None:
            self.last_preview = show_printout(self, detail, kind, Path(self._pdf_folder.name),
                                              self.ctx.settings)

    def export_invitation(self, kind: str) -> None:
        detail = self._saved_detail()
        if detail is not None:
            save_invitation(self, self.invitations, detail, kind)
