"""The meeting being edited as plain data, and saving it through the meeting services.

The editor keeps typed work in a :class:`MeetingDraft` until the user saves. The services offer
one call per change (add an item, move it, set a status, ...), so :func:`save_draft` compares the
draft with what was loaded and makes only the calls that differ. Every row added gets its new id
written back into the draft at once, so a save that stops half-way (a refused value) can simply
be repeated without creating anything twice. No Qt here: it is tested like a service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from obecdesk.core.action_items import ActionItemData
from obecdesk.core.agenda import AgendaItemData
from obecdesk.core.attendance import AttendeeInfo
from obecdesk.core.decisions import DecisionData
from obecdesk.core.meetings import MeetingData, MeetingDetail, MeetingService
from obecdesk.core.vocabulary.meetings import ActionStatus, MeetingKind
from obecdesk.ui.meetings.actions_model import ActionRow
from obecdesk.ui.meetings.agenda_model import AgendaRow
from obecdesk.ui.meetings.attendance_model import AttendanceRow
from obecdesk.ui.meetings.decisions_model import DecisionRow


@dataclass
class MeetingDraft:
    meeting_id: str
    data: MeetingData
    invitations_sent_on: dt.date | None = None
    agenda: list[AgendaRow] = field(default_factory=list)
    attendance: list[AttendanceRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)


def draft_of(detail: MeetingDetail) -> MeetingDraft:
    """What the store holds for the meeting, in the editor's terms."""
    meeting = detail.meeting
    return MeetingDraft(
        meeting_id=meeting.id,
        data=meeting.data(),
        invitations_sent_on=meeting.invitations_sent_on,
        agenda=[AgendaRow(title=i.title, presenter=i.presenter,
                          planned_minutes=i.planned_minutes, method=i.method,
                          expected_output=i.expected_output, minutes_html=i.minutes_html,
                          id=i.id) for i in detail.agenda.items],
        attendance=[AttendanceRow(name=a.name, organisation=_organisation_and_role(a),
                                  actor_id=a.actor_id or "", invited=a.invited, status=a.status,
                                  email=a.email, id=a.id) for a in detail.attendance],
        decisions=[DecisionRow(text=d.text, how_decided=d.how_decided, votes_for=d.votes_for,
                               votes_against=d.votes_against, votes_abstained=d.votes_abstained,
                               agenda_item_id=d.agenda_item_id or "", code=d.code, id=d.id)
                   for d in detail.decisions],
        actions=[ActionRow(text=a.text, owner_id=a.owner_id or "", owner_name=a.owner_name,
                           due_date=a.due_date, status=a.status, id=a.id)
                 for a in detail.action_items],
    )


def _organisation_and_role(entry: AttendeeInfo) -> str:
    """What the attendance sheet prints beside a name: "Městský úřad, OSPOD"."""
    return ", ".join(part for part in (entry.organisation, entry.role) if part)


def _by_id(rows: list) -> dict:
    return {r.id: r for r in rows if r.id}


def _agenda_data(row: AgendaRow) -> AgendaItemData:
    return AgendaItemData(title=row.title, presenter=row.presenter,
                          planned_minutes=row.planned_minutes, method=row.method,
                          expected_output=row.expected_output)


def _decision_data(row: DecisionRow) -> DecisionData:
    return DecisionData(text=row.text, how_decided=row.how_decided, votes_for=row.votes_for,
                        votes_against=row.votes_against, votes_abstained=row.votes_abstained,
                        agenda_item_id=row.agenda_item_id or None)


def _action_data(row: ActionRow) -> ActionItemData:
    return ActionItemData(text=row.text, owner_id=row.owner_id or None, due_date=row.due_date)


def save_draft(service: MeetingService, saved: MeetingDraft, draft: MeetingDraft) -> None:
    """Write what differs between ``saved`` (as loaded) and ``draft`` (as typed).

    The meeting's own fields go first, so a refused title or time stops the save before any
    other part changed. Ids of newly created rows are written into ``draft``.
    """
    meeting_id = saved.meeting_id
    if draft.data != saved.data:
        service.update(meeting_id, draft.data)
    if draft.invitations_sent_on and draft.invitations_sent_on != saved.invitations_sent_on:
        service.mark_invitations_sent(meeting_id, draft.invitations_sent_on)
    _save_agenda(service, saved, draft)
    _save_attendance(service, saved, draft)
    _save_decisions(service, saved, draft)
    _save_actions(service, saved, draft)


def _save_agenda(service: MeetingService, saved: MeetingDraft, draft: MeetingDraft) -> None:
    agenda = service.agenda
    before = _by_id(saved.agenda)
    kept = {r.id for r in draft.agenda if r.id}
    for item_id in before.keys() - kept:
        agenda.remove_item(item_id)
    for position, row in enumerate(draft.agenda):
        old = before.get(row.id)
        if not row.id:
            row.id = agenda.add_item(meeting_id=saved.meeting_id, data=_agenda_data(row),
                                     position=position).id
            if row.minutes_html:
                agenda.set_minutes(row.id, row.minutes_html)
            continue
        if _agenda_data(row) != _agenda_data(old):
            agenda.update_item(row.id, _agenda_data(row))
        if row.minutes_html != old.minutes_html:
            agenda.set_minutes(row.id, row.minutes_html)
    wanted = [r.id for r in draft.agenda]
    current = [i.id for i in agenda.items(saved.meeting_id)]
    for position, item_id in enumerate(wanted):
        if position < len(current) and current[position] != item_id:
            current = [i.id for i in agenda.move_item(item_id, position)]


def _save_attendance(service: MeetingService, saved: MeetingDraft, draft: MeetingDraft) -> None:
    attendance = service.attendance
    before = _by_id(saved.attendance)
    kept = {r.id for r in draft.attendance if r.id}
    for entry_id in before.keys() - kept:
        attendance.remove(entry_id)
    for row in draft.attendance:
        if not row.id:
            if row.is_guest:
                row.id = attendance.add_guest(saved.meeting_id, row.name, row.organisation,
                                              row.status).id
                continue
            added = attendance.add_invitee(saved.meeting_id, row.actor_id)
            row.id = added.id
            if added.status != row.status:
                attendance.set_status(row.id, row.status)
        elif before[row.id].status != row.status:
            attendance.set_status(row.id, row.status)


def _save_decisions(service: MeetingService, saved: MeetingDraft, draft: MeetingDraft) -> None:
    decisions = service.decisions
    before = _by_id(saved.decisions)
    items = {r.id for r in draft.agenda}
    for row in draft.decisions:
        if row.agenda_item_id not in items:  # its agenda item was removed in this draft
            row.agenda_item_id = ""
    kept = {r.id for r in draft.decisions if r.id}
    for decision_id in before.keys() - kept:
        decisions.remove(decision_id)
    for row in draft.decisions:
        if not row.id:
            added = decisions.add(saved.meeting_id, _decision_data(row))
            row.id, row.code = added.id, added.code
        elif _decision_data(row) != _decision_data(before[row.id]):
            decisions.update(row.id, _decision_data(row))


def _save_actions(service: MeetingService, saved: MeetingDraft, draft: MeetingDraft) -> None:
    actions = service.actions
    before = _by_id(saved.actions)
    kept = {r.id for r in draft.actions if r.id}
    for item_id in before.keys() - kept:
        actions.remove(item_id)
    for row in draft.actions:
        old = before.get(row.id)
        if not row.id:
            row.id = actions.add(saved.meeting_id, _action_data(row)).id
            old = replace(row, status=ActionStatus.OPEN.value)
        elif _action_data(row) != _action_data(old):
            actions.update(row.id, _action_data(row))
        if row.status != old.status:
            actions.set_status(row.id, row.status)


def is_public(kind: str) -> bool:
    """Public meetings and round tables may count heads instead of names."""
    return kind in (MeetingKind.PUBLIC, MeetingKind.ROUND_TABLE)
