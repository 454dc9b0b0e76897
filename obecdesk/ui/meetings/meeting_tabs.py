"""The five tabs of a meeting over four draft models: filled from a draft, read back as one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from obecdesk.core.meetings.attendance import counts_heads
from obecdesk.core.meetings.draft import MeetingDraft
from obecdesk.core.meetings.draft_rows import AttendanceRow
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.methods.service import MethodsService
from obecdesk.core.profile import ProfileService
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.ui.errors import show_error
from obecdesk.ui.layout import scrolled
from obecdesk.ui.meetings.actions_model import ActionsModel
from obecdesk.ui.meetings.agenda_model import AgendaModel
from obecdesk.ui.meetings.agenda_tab import AgendaTab
from obecdesk.ui.meetings.attendance_model import AttendanceModel
from obecdesk.ui.meetings.attendance_tab import AttendanceTab
from obecdesk.ui.meetings.basics_tab import BasicsTab
from obecdesk.ui.meetings.decisions_model import DecisionsModel
from obecdesk.ui.meetings.invitations_tab import InvitationsTab
from obecdesk.ui.meetings.minutes_tab import MinutesTab

#: how many actors the invitee and owner pickers offer (a locality rarely has more)
PICKER_LIMIT = 2000
BASICS, AGENDA, INVITATIONS, ATTENDANCE, MINUTES = range(5)


class MeetingTabs(QTabWidget):
    """``edited`` fires on any change the user makes in any tab (never while filling)."""

    edited = Signal()

    def __init__(self, bodies: BodyService, actors: ActorService,
                 parent: QWidget | None = None, *, profile: ProfileService | None = None,
                 methods: MethodsService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting-tabs")
        self.bodies = bodies
        self.actors = actors
        self.profile = profile
        self.methods = methods
        self.locality_id: str | None = None
        self._people: tuple[str, list] | None = None
        self._shown_people: list | None = None
        self._filling = False

        self.agenda_model = AgendaModel(self)
        self.attendance_model = AttendanceModel(self)
        self.decisions_model = DecisionsModel(self)
        self.actions_model = ActionsModel(self)
        self.basics = BasicsTab()
        self.agenda_tab = AgendaTab(self.agenda_model)
        self.invitations = InvitationsTab(self.attendance_model)
        self.attendance = AttendanceTab(self.attendance_model)
        self.minutes = MinutesTab(self.agenda_model, self.decisions_model, self.actions_model)
        # each tab scrolls when the window is smaller than it (a laptop at 125 % scaling)
        self.addTab(scrolled(self.basics), self.tr("Základní údaje"))
        self.addTab(scrolled(self.agenda_tab), self.tr("Program"))
        self.addTab(scrolled(self.invitations), self.tr("Pozvánky"))
        self.addTab(scrolled(self.attendance), self.tr("Docházka"))
        self.addTab(scrolled(self.minutes), self.tr("Zápis"))

        for signal in (self.basics.edited, self.invitations.edited, self.attendance.edited,
                       self.minutes.edited, self.agenda_model.edited,
                       self.attendance_model.edited, self.decisions_model.edited,
                       self.actions_model.edited):
            signal.connect(self._edited)
        self.basics.start.timeChanged.connect(self._slot_changed)
        self.basics.end.timeChanged.connect(self._slot_changed)
        self.basics.kind.currentIndexChanged.connect(self._kind_changed)
        self.invitations.members_requested.connect(self.invite_body_members)
        self.basics.body_picked.connect(self._body_picked)
        self.agenda_tab.method_requested.connect(self.choose_method)

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.edited.emit()

    # -- filling and reading ---------------------------------------------------------------------

    def clear(self) -> None:
        self._filling = True
        try:
            for model in (self.attendance_model, self.decisions_model, self.actions_model):
                model.set_rows([])
            self.agenda_model.set_rows([], None, None)
            self.agenda_tab.set_review([])
        finally:
            self._filling = False

    def fill(self, detail: MeetingDetail, draft: MeetingDraft, next_decision_code: str) -> None:
        """Show ``draft`` (what the user works on) with the stored facts of ``detail``."""
        self._filling = True
        try:
            meeting = detail.meeting
            self.locality_id = meeting.locality_id
            bodies = self.bodies.list(meeting.locality_id, include_archived=True)
            self.basics.set_bodies([(b.id, b.name) for b in bodies])
            actors = self._people_of(meeting.locality_id)
            fresh = actors is not self._shown_people  # the pickers already offer these
            if fresh:
                self.basics.set_people([a.name for a in actors if a.is_person and not a.erased])
            data = draft.data
            self.basics.set_values(data)
            self.basics.set_status(meeting.status, draft.step_dates)
            self.agenda_model.set_rows(draft.agenda, data.start_time, data.end_time)
            self.agenda_tab.set_review(detail.to_review, detail.reviews)
            self.attendance_model.set_rows(draft.attendance)
            self.decisions_model.set_next_code(next_decision_code)
            self.decisions_model.set_rows(draft.decisions)
            self.actions_model.set_rows(draft.actions)
            self.invitations.set_sent_on(draft.invitations_sent_on)
            self.attendance.set_head_count(data.head_count, counts_heads(data.kind))
            self.minutes.default_rule = data.decision_rule
            if fresh:
                self.invitations.set_actors([(a.id, a.name, a.organisation_name) for a in actors])
                self.minutes.set_owners(self._owners(meeting.locality_id, actors))
                self._shown_people = actors
            else:
                self.invitations.actor_combo.setCurrentIndex(-1)
        finally:
            self._filling = False

    def _people_of(self, locality_id: str) -> list:
        """The locality's actors for the pickers, read once per locality rather than on every
        meeting opened (2,000 full rows); the view calls :meth:`forget_people` when actors or
        the profile change."""
        if self._people is None or self._people[0] != locality_id:
            self._people = (locality_id, self.actors.list(ActorFilter(locality_id),
                                                          limit=PICKER_LIMIT))
        return self._people[1]

    def forget_people(self) -> None:
        self._people = None

    def _owners(self, locality_id: str, actors: list) -> list[tuple[str, str]]:
        """Possible task owners; "já" (the profile's actor, Nastavení → Já) comes first."""
        me = self.profile.me(locality_id) if self.profile is not None else None
        owners = [(a.id, a.name) for a in actors if me is None or a.id != me.id]
        return [(me.id, self.tr("já – {0}").format(me.name)), *owners] if me else owners

    def read(self, meeting_id: str, notes: str) -> MeetingDraft:
        """Everything the tabs hold, as the draft to save."""
        values = self.basics.values()
        data = replace(values, notes=notes, head_count=self.attendance.head_count_value()
                       if counts_heads(values.kind) else None)
        return MeetingDraft(
            meeting_id=meeting_id, data=data,
            invitations_sent_on=self.invitations.sent_on_value(),
            step_dates=self.basics.step_date_values(),
            agenda=self.agenda_model.rows(), attendance=self.attendance_model.rows(),
            decisions=self.decisions_model.rows(), actions=self.actions_model.rows(),
        )

    # -- reactions -------------------------------------------------------------------------------

    def choose_method(self, row: int) -> None:
        """"Vybrat metodu…": the assistant, prefilled from this meeting, for agenda row ``row``."""
        if self.methods is None:
            return
        from obecdesk.ui.methods.choose import choose_for_row, meeting_context

        context = meeting_context(self, row)
        if choose_for_row(self, self.methods, self.agenda_model, row, context):
            self.agenda_tab.show_steps()

    def _slot_changed(self, *_args) -> None:
        values = self.basics.values()
        self.agenda_model.set_slot(values.start_time, values.end_time)

    def _kind_changed(self, *_args) -> None:
        self.attendance.set_public(counts_heads(self.basics.values().kind))

    def _body_picked(self, body_id: str) -> None:
        """A meeting moved to a body with nobody invited yet: invite its members, as a new one."""
        if body_id and not self.attendance_model.invited_actor_ids():
            self.invite_body_members()

    def invite_body_members(self) -> None:
        """Add the body's current members who are not invited yet."""
        body_id = self.basics.values().body_id
        if not body_id:
            show_error(self, self.tr("Jednání nemá vybraný orgán, jehož členy by šlo pozvat."))
            return
        for member in self.bodies.members(body_id):
            self.attendance_model.add(AttendanceRow(
                name=member.actor_name, organisation=member.organisation_name,
                actor_id=member.actor_id))
