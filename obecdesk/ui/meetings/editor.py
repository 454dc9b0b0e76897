"""The meeting editor: five tabs over one draft, saved explicitly, never lost silently."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.actors import ActorFilter, ActorService
from obecdesk.core.bodies import BodyService
from obecdesk.core.errors import UserError
from obecdesk.core.formatting import date_text
from obecdesk.core.meeting_status import STEP_DATES, next_status
from obecdesk.core.meetings import MeetingData, MeetingDetail, MeetingService
from obecdesk.store import Store
from obecdesk.ui.errors import show_error
from obecdesk.ui.meetings.actions_model import ActionsModel
from obecdesk.ui.meetings.agenda_model import AgendaModel
from obecdesk.ui.meetings.agenda_tab import AgendaTab
from obecdesk.ui.meetings.attendance_model import AttendanceModel, AttendanceRow
from obecdesk.ui.meetings.attendance_tab import AttendanceTab
from obecdesk.ui.meetings.basics_tab import BasicsTab, BasicsValues
from obecdesk.ui.meetings.decisions_model import DecisionsModel
from obecdesk.ui.meetings.draft import MeetingDraft, draft_of, is_public, save_draft
from obecdesk.ui.meetings.invitations_tab import InvitationsTab
from obecdesk.ui.meetings.minutes_tab import MinutesTab

#: how many actors the invitee and owner pickers offer (a locality rarely has more)
PICKER_LIMIT = 2000


class MeetingEditor(QWidget):
    """Shows one meeting; ``saved`` fires after a successful save, ``dirty_changed`` on edits.

    ``print_requested(kind)`` ("agenda", "attendance", "minutes") and ``export_requested(kind)``
    ("eml", "ics") ask the view to build a document from the saved meeting.
    """

    saved = Signal(str)
    dirty_changed = Signal(bool)
    print_requested = Signal(str)
    export_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = MeetingService(store)
        self.bodies = BodyService(store)
        self.actors = ActorService(store)
        self._baseline: MeetingDraft | None = None
        self._detail: MeetingDetail | None = None
        self._dirty = False
        self._loading = False
        self.today = dt.date.today

        self.agenda_model = AgendaModel(self)
        self.attendance_model = AttendanceModel(self)
        self.decisions_model = DecisionsModel(self)
        self.actions_model = ActionsModel(self)

        self.basics = BasicsTab()
        self.agenda_tab = AgendaTab(self.agenda_model)
        self.invitations = InvitationsTab(self.attendance_model)
        self.attendance = AttendanceTab(self.attendance_model)
        self.minutes = MinutesTab(self.agenda_model, self.decisions_model, self.actions_model)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting-tabs")
        self.tabs.addTab(self.basics, self.tr("Základní údaje"))
        self.tabs.addTab(self.agenda_tab, self.tr("Program"))
        self.tabs.addTab(self.invitations, self.tr("Pozvánky"))
        self.tabs.addTab(self.attendance, self.tr("Docházka"))
        self.tabs.addTab(self.minutes, self.tr("Zápis"))

        self.heading = QLabel()
        self.heading.setObjectName("meeting-heading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.save_button = QPushButton(self.tr("Uložit"))
        self.save_button.setObjectName("save-meeting")
        self.save_button.setToolTip(self.tr("Uložit změny (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Zahodit změny"))
        self.revert_button.setObjectName("revert-meeting")
        self.revert_button.clicked.connect(self.revert)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.print_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Tisk:")))
        for kind, label in (("agenda", self.tr("Program")),
                            ("attendance", self.tr("Prezenční listina")),
                            ("minutes", self.tr("Zápis"))):
            button = QPushButton(label)
            button.setObjectName(f"print-{kind}")
            button.setToolTip(self.tr("Vytvořit PDF a zobrazit náhled k uložení nebo tisku"))
            button.clicked.connect(lambda _=False, k=kind: self.print_requested.emit(k))
            self.print_buttons[kind] = button
            top.addWidget(button)
        top.addSpacing(16)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        for signal in (self.basics.edited, self.invitations.edited, self.attendance.edited,
                       self.minutes.edited, self.agenda_model.edited,
                       self.attendance_model.edited, self.decisions_model.edited,
                       self.actions_model.edited):
            signal.connect(self._mark_dirty)
        self.basics.start.timeChanged.connect(self._slot_changed)
        self.basics.end.timeChanged.connect(self._slot_changed)
        self.basics.kind.currentIndexChanged.connect(self._kind_changed)
        self.basics.advance_requested.connect(self.advance_status)
        self.invitations.members_requested.connect(self.invite_body_members)
        self.invitations.eml_requested.connect(lambda: self.export_requested.emit("eml"))
        self.invitations.ics_requested.connect(lambda: self.export_requested.emit("ics"))
        self._set_dirty(False)
        self.setEnabled(False)

    # -- state -----------------------------------------------------------------------------------

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
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self._update_heading()
        if changed:
            self.dirty_changed.emit(dirty)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading and self._baseline is not None:
            self._set_dirty(True)

    def _update_heading(self) -> None:
        if self._detail is None:
            self.heading.setText(self.tr("Vyberte jednání v seznamu nebo založte nové."))
            return
        meeting = self._detail.meeting
        text = f"{meeting.title} · {date_text(meeting.date)}"
        self.heading.setText(text + (self.tr(" · neuloženo") if self._dirty else ""))

    # -- loading ---------------------------------------------------------------------------------

    def load(self, meeting_id: str) -> bool:
        """Show ``meeting_id`` as stored (dropping any draft: ask first with ``confirm_discard``)."""
        try:
            detail = self.service.detail(meeting_id, today=self.today())
        except UserError as exc:
            show_error(self, str(exc))
            self.clear()
            return False
        self._show(detail, draft_of(detail))
        return True

    def clear(self) -> None:
        self._loading = True
        self._baseline = None
        self._detail = None
        for model in (self.attendance_model, self.decisions_model, self.actions_model):
            model.set_rows([])
        self.agenda_model.set_rows([], None, None)
        self.agenda_tab.set_review([])
        self._loading = False
        self._set_dirty(False)
        self.setEnabled(False)

    def _show(self, detail: MeetingDetail, draft: MeetingDraft, *, dirty: bool = False) -> None:
        self._loading = True
        try:
            self._detail = detail
            self._baseline = draft_of(detail)
            meeting = detail.meeting
            bodies = self.bodies.list(meeting.locality_id, include_archived=True)
            self.basics.set_bodies([(b.id, b.name) for b in bodies])
            data = draft.data
            self.basics.set_values(BasicsValues(
                kind=data.kind, body_id=data.body_id, title=data.title, date=data.date,
                start_time=data.start_time, end_time=data.end_time, place=data.place,
                facilitator=data.facilitator, minute_taker=data.minute_taker,
                decision_rule=data.decision_rule, goal=data.goal))
            self.basics.set_status(meeting.status, {
                status: getattr(meeting, column) for status, column in STEP_DATES.items()
                if column})
            self.agenda_model.set_rows(draft.agenda, data.start_time, data.end_time)
            self.agenda_tab.set_review(detail.to_review)
            self.attendance_model.set_rows(draft.attendance)
            self.decisions_model.set_rows(draft.decisions)
            self.actions_model.set_rows(draft.actions)
            self.invitations.set_sent_on(draft.invitations_sent_on)
            self.attendance.set_head_count(data.head_count, is_public(data.kind))
            self.minutes.default_rule = data.decision_rule
            self._load_actors(meeting.locality_id)
        finally:
            self._loading = False
        self.setEnabled(True)
        self._set_dirty(dirty)

    def _load_actors(self, locality_id: str) -> None:
        actors = self.actors.list(ActorFilter(locality_id), limit=PICKER_LIMIT)
        self.invitations.set_actors([(a.id, a.name, a.organisation_name) for a in actors])
        self.minutes.set_owners([(a.id, a.name) for a in actors])

    # -- the draft -------------------------------------------------------------------------------

    def current_draft(self) -> MeetingDraft:
        values = self.basics.values()
        public = is_public(values.kind)
        data = MeetingData(
            title=values.title, date=values.date, kind=values.kind, body_id=values.body_id,
            start_time=values.start_time, end_time=values.end_time, place=values.place,
            facilitator=values.facilitator, minute_taker=values.minute_taker,
            decision_rule=values.decision_rule, goal=values.goal,
            notes=self._baseline.data.notes if self._baseline else "",
            head_count=self.attendance.head_count_value() if public else None,
        )
        return MeetingDraft(
            meeting_id=self.meeting_id, data=data,
            invitations_sent_on=self.invitations.sent_on_value(),
            agenda=self.agenda_model.rows(), attendance=self.attendance_model.rows(),
            decisions=self.decisions_model.rows(), actions=self.actions_model.rows(),
        )

    def save(self) -> bool:
        """Write the draft; on a refused value show why, keep everything typed, return False."""
        if self._baseline is None:
            return True
        if not self._dirty:
            return True
        draft = self.current_draft()
        try:
            save_draft(self.service, self._baseline, draft)
        except UserError as exc:
            show_error(self, str(exc))
            # what did get written now has ids in ``draft``; compare against the store from now on
            self._show(self.service.detail(self.meeting_id, today=self.today()), draft, dirty=True)
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

    def ensure_saved(self) -> bool:
        """Before printing or exporting: the document is built from the stored meeting."""
        return not self._dirty or self.save()

    # -- reactions -------------------------------------------------------------------------------

    def _slot_changed(self, *_args) -> None:
        values = self.basics.values()
        self.agenda_model.set_slot(values.start_time, values.end_time)

    def _kind_changed(self, *_args) -> None:
        self.attendance.set_public(is_public(self.basics.values().kind))

    def invite_body_members(self) -> None:
        body_id = self.basics.values().body_id
        if not body_id:
            show_error(self, self.tr("Jednání nemá vybraný orgán, jehož členy by šlo pozvat."))
            return
        for member in self.bodies.members(body_id):
            self.attendance_model.add(AttendanceRow(
                name=member.actor_name, organisation=member.organisation_name,
                actor_id=member.actor_id))

    def advance_status(self) -> None:
        """Move to the next status (saving typed edits first), dated today or on the meeting day."""
        if self._detail is None or not self.ensure_saved():
            return
        meeting = self._detail.meeting
        target = next_status(meeting.status)
        if target is None:
            return
        today = self.today()
        on = min(meeting.date, today) if target == "held" else today
        try:
            self.service.set_status(meeting.id, target, on=on)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.load(meeting.id)
        self.saved.emit(meeting.id)


