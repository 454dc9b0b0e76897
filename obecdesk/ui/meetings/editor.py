"""The meeting editor: one draft over five tabs, saved explicitly, never lost silently."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.draft import MeetingDraft, draft_of, save_draft
from obecdesk.core.meetings.meeting_status import next_status
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.methods.service import MethodsService
from obecdesk.core.profile import ProfileService
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.vocabulary.meetings import MeetingStatus
from obecdesk.errors import UserError
from obecdesk.ui.errors import show_error
from obecdesk.ui.meetings.editor_records import MinutesRecords
from obecdesk.ui.meetings.header_bar import EditorHeader
from obecdesk.ui.meetings.lock_bar import LockBar, show_history
from obecdesk.ui.meetings.meeting_tabs import MeetingTabs


class MeetingEditor(MinutesRecords, QWidget):
    """Shows one meeting; ``saved`` fires after a successful save, ``dirty_changed`` on edits.

    ``print_requested(kind)`` ("agenda", "attendance", "minutes") and ``export_requested(kind)``
    ("eml", "ics") ask the view to build a document from the saved meeting.
    """

    saved = Signal(str)
    dirty_changed = Signal(bool)
    print_requested = Signal(str)
    export_requested = Signal(str)

    def __init__(self, meetings: MeetingService, bodies: BodyService, actors: ActorService,
                 parent: QWidget | None = None, *, profile: ProfileService | None = None,
                 methods: MethodsService | None = None) -> None:
        super().__init__(parent)
        self.service = meetings
        self._baseline: MeetingDraft | None = None
        self._detail: MeetingDetail | None = None
        self._dirty = False
        #: (reason, who) of a started correction of approved minutes
        self._correction: tuple[str, str] | None = None
        self.today = dt.date.today

        self.header = EditorHeader()
        self.lock_bar = LockBar()
        self.tabs = MeetingTabs(bodies, actors, profile=profile, methods=methods)
        # the parts tests and the view reach for, named once here
        self.heading = self.header.heading
        self.save_button = self.header.save_button
        self.revert_button = self.header.revert_button
        self.print_buttons = self.header.print_buttons
        self.basics = self.tabs.basics
        self.agenda_tab = self.tabs.agenda_tab
        self.invitations = self.tabs.invitations
        self.attendance = self.tabs.attendance
        self.minutes = self.tabs.minutes
        self.agenda_model = self.tabs.agenda_model
        self.attendance_model = self.tabs.attendance_model
        self.decisions_model = self.tabs.decisions_model
        self.actions_model = self.tabs.actions_model

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.lock_bar)
        layout.addWidget(self.tabs, 1)
        # with no meeting open the tabs are hidden: no empty form with a made-up date
        self.placeholder = QWidget()
        layout.addWidget(self.placeholder, 1)

        self.header.save_button.clicked.connect(self.save)
        self.header.revert_button.clicked.connect(self.revert)
        self.header.print_requested.connect(self.print_requested)
        self.lock_bar.correct_requested.connect(self.start_correction)
        self.agenda_tab.review_requested.connect(self._review)
        self.lock_bar.history_requested.connect(lambda: show_history(self, self._detail))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.tabs.edited.connect(self._mark_dirty)
        self.basics.advance_requested.connect(self.advance_status)
        self.invitations.eml_requested.connect(lambda: self.export_requested.emit("eml"))
        self.invitations.ics_requested.connect(lambda: self.export_requested.emit("ics"))
        self._set_dirty(False)
        self.setEnabled(False)
        self.tabs.hide()

    # -- state

    @property
    def meeting_id(self) -> str:
        return self._baseline.meeting_id if self._baseline else ""

    @property
    def detail(self) -> MeetingDetail | None:
        return self._detail

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        if self._detail is None:
            self.header.show_state(self.tr("Vyberte jednání v seznamu nebo založte nové."), False)
        else:
            meeting = self._detail.meeting
            text = f"{meeting.title} · {date_text(meeting.date)}"
            self.header.show_state(text + (self.tr(" · neuloženo") if dirty else ""), dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    def _mark_dirty(self) -> None:
        if self._baseline is not None:
            self._set_dirty(True)

    # -- loading

    def load(self, meeting_id: str) -> bool:
        """Show ``meeting_id`` as stored (dropping any draft: ask first with ``confirm_discard``)."""
        try:
            detail = self.service.detail(meeting_id, today=self.today())
        except UserError as exc:
            show_error(self, str(exc))
            self.clear()
            return False
        self._correction = None
        self._show(detail, draft_of(detail))
        return True

    def clear(self) -> None:
        self._baseline = None
        self._detail = None
        self._correction = None
        self.lock_bar.show_for(None)
        self.tabs.clear()
        self.agenda_tab.fill.set_meeting(None, None)
        self.tabs.hide()
        self.placeholder.show()
        self._set_dirty(False)
        self.setEnabled(False)

    def _show(self, detail: MeetingDetail, draft: MeetingDraft, *, dirty: bool = False) -> None:
        self._detail = detail
        self._baseline = draft_of(detail)
        self.tabs.fill(detail, draft, self.service.decisions.preview_code(detail.meeting.id))
        self.agenda_tab.fill.set_meeting(self.service, detail.meeting)
        self.placeholder.hide()
        self.tabs.show()
        self._show_lock()
        self.setEnabled(True)
        self._set_dirty(dirty)

    # -- saving

    def current_draft(self) -> MeetingDraft:
        notes = self._baseline.data.notes if self._baseline else ""
        return self.tabs.read(self.meeting_id, notes)

    def save(self) -> bool:
        """Write the draft in one transaction; on a refused value show why, keep everything
        typed (nothing was stored) and return False."""
        if self._baseline is None or not self._dirty:
            return True
        draft = self.current_draft()
        try:
            if self._correction is not None:
                self._save_correction(draft)
            else:
                save_draft(self.service, self._baseline, draft, today=self.today())
        except UserError as exc:
            show_error(self, str(exc))
            return False
        self.load(draft.meeting_id)
        self.saved.emit(draft.meeting_id)
        return True

    def revert(self) -> None:
        if self._baseline is not None:
            self.load(self.meeting_id)

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved edits; True when it is fine to leave this meeting."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Neuložené změny"),
            self.tr("Jednání „{0}“ má neuložené změny. Chcete je uložit?").format(
                self.basics.values().title or self.tr("bez názvu")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def save_or_drop(self) -> None:
        """When leaving is not the user's choice (the locality switched): save or drop, no cancel."""
        if not self._dirty:
            return
        answer = QMessageBox.question(
            self, self.tr("Neuložené změny"),
            self.tr("Jednání „{0}“ má neuložené změny. Uložit je před přepnutím lokality?")
            .format(self.basics.values().title),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save()  # a refused value keeps the draft on screen, the message says why
        else:
            self.revert()

    def ensure_saved(self) -> bool:
        """Before printing or exporting: the document is built from the stored meeting."""
        return not self._dirty or self.save()

    def advance_status(self) -> None:
        """Move to the next status (saving typed edits first), dated today or on the meeting day."""
        if self._detail is None or not self.ensure_saved():
            return
        meeting = self._detail.meeting
        target = next_status(meeting.status)
        if target is None:
            return
        today = self.today()
        on = min(meeting.date, today) if target == MeetingStatus.HELD else today
        try:
            self.service.set_status(meeting.id, target, on=on)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.load(meeting.id)
        self.saved.emit(meeting.id)
