"""The meeting being edited as plain data, and saving it through the meeting service.

An editor keeps typed work in a :class:`MeetingDraft` until the user saves. :func:`changes_of`
compares the draft with what was loaded and describes the difference as one
:class:`MeetingChanges` naming only what the user changed, down to single fields of the header
and of each agenda item, decision and action item, so values that arrived meanwhile (another
window, a sync) in fields the user did not touch survive the save. :meth:`MeetingService.save`
applies it in a single transaction: a value refused anywhere leaves the store as it was and the
draft untouched, so the user fixes it and saves again. The desktop editor, a script or HQ use
it alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.attendance import AttendeeInfo
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.draft_rows import ActionRow, AgendaRow, AttendanceRow, DecisionRow
from obecdesk.core.meetings.meeting_changes import (
    KEEP,
    ActionChanges,
    AgendaChanges,
    AttendanceChanges,
    DecisionChanges,
    MeetingChanges,
    NewActionItem,
    NewAgendaItem,
    NewDecision,
    NewGuest,
    NewInvitee,
    SavedMeeting,
)
from obecdesk.core.meetings.meeting_types import MeetingData, MeetingDetail
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.records import changed_fields


@dataclass
class MeetingDraft:
    meeting_id: str
    data: MeetingData
    invitations_sent_on: dt.date | None = None
    #: status value -> date of that step (only the steps already reached are editable)
    step_dates: dict[str, dt.date | None] = field(default_factory=dict)
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
        step_dates=meeting.step_dates(),
        agenda=[AgendaRow(title=i.title, presenter=i.presenter,
                          planned_minutes=i.planned_minutes, method=i.method,
                          expected_output=i.expected_output, minutes_html=i.minutes_html,
                          id=i.id, method_id=i.method_id, method_steps=i.method_steps,
                          facilitator_note=i.facilitator_note, materials=i.materials)
                for i in detail.agenda.items],
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
                          expected_output=row.expected_output, method_id=row.method_id,
                          method_steps=tuple(row.method_steps),
                          facilitator_note=row.facilitator_note, materials=row.materials)


def _decision_data(row: DecisionRow) -> DecisionData:
    return DecisionData(text=row.text, how_decided=row.how_decided, votes_for=row.votes_for,
                        votes_against=row.votes_against, votes_abstained=row.votes_abstained,
                        agenda_item_id=row.agenda_item_id or None)


def _action_data(row: ActionRow) -> ActionItemData:
    return ActionItemData(text=row.text, owner_id=row.owner_id or None, due_date=row.due_date)


def _agenda_changes(saved: MeetingDraft, draft: MeetingDraft) -> AgendaChanges:
    before = _by_id(saved.agenda)
    changes = AgendaChanges(removed=list(before.keys() - {r.id for r in draft.agenda}))
    order = []
    for position, row in enumerate(draft.agenda):
        if not row.id:
            key = f"agenda-{position}"
            changes.added.append(NewAgendaItem(key=key, data=_agenda_data(row),
                                               minutes_html=row.minutes_html))
            order.append(key)
            continue
        old = before[row.id]
        if edited := changed_fields(_agenda_data(old), _agenda_data(row)):
            changes.edited[row.id] = edited
        if row.minutes_html != old.minutes_html:
            changes.minutes[row.id] = row.minutes_html
        order.append(row.id)
    changes.order = order  # positions that already match keep their stamps
    return changes


def _attendance_changes(saved: MeetingDraft, draft: MeetingDraft) -> AttendanceChanges:
    before = _by_id(saved.attendance)
    changes = AttendanceChanges(removed=list(before.keys() - {r.id for r in draft.attendance}))
    for index, row in enumerate(draft.attendance):
        key = f"attendance-{index}"
        if row.id:
            if before[row.id].status != row.status:
                changes.statuses[row.id] = row.status
        elif row.is_guest:
            changes.guests.append(NewGuest(key=key, name=row.name,
                                           organisation=row.organisation, status=row.status))
        else:
            changes.invited.append(NewInvitee(key=key, actor_id=row.actor_id, status=row.status))
    return changes


def _decision_changes(saved: MeetingDraft, draft: MeetingDraft) -> DecisionChanges:
    before = _by_id(saved.decisions)
    items = {r.id for r in draft.agenda if r.id}
    changes = DecisionChanges(removed=list(before.keys() - {r.id for r in draft.decisions}))
    for index, row in enumerate(draft.decisions):
        data = _decision_data(row)
        if data.agenda_item_id not in items:  # its agenda item was removed in this draft
            data.agenda_item_id = None
        if not row.id:
            changes.added.append(NewDecision(key=f"decision-{index}", data=data))
        elif edited := changed_fields(_decision_data(before[row.id]), data):
            changes.edited[row.id] = edited
    return changes


def _action_changes(saved: MeetingDraft, draft: MeetingDraft) -> ActionChanges:
    before = _by_id(saved.actions)
    changes = ActionChanges(removed=list(before.keys() - {r.id for r in draft.actions}))
    for index, row in enumerate(draft.actions):
        if not row.id:
            changes.added.append(NewActionItem(key=f"action-{index}", data=_action_data(row),
                                               status=row.status))
            continue
        old = before[row.id]
        if edited := changed_fields(_action_data(old), _action_data(row)):
            changes.edited[row.id] = edited
        if row.status != old.status:
            changes.statuses[row.id] = row.status
    return changes


def changes_of(saved: MeetingDraft, draft: MeetingDraft, *,
               today: dt.date | None = None) -> MeetingChanges:
    """What differs between ``saved`` (as loaded) and ``draft`` (as typed); neither is changed.

    ``today`` is recorded as the day action items were marked done.
    """
    return MeetingChanges(
        fields=changed_fields(saved.data, draft.data),
        invitations_sent_on=(draft.invitations_sent_on
                             if draft.invitations_sent_on != saved.invitations_sent_on else KEEP),
        step_dates={status: day for status, day in draft.step_dates.items()
                    if saved.step_dates.get(status) != day},
        agenda=_agenda_changes(saved, draft),
        attendance=_attendance_changes(saved, draft),
        decisions=_decision_changes(saved, draft),
        actions=_action_changes(saved, draft),
        done_on=today,
    )


def save_draft(service: MeetingService, saved: MeetingDraft, draft: MeetingDraft, *,
               today: dt.date | None = None) -> SavedMeeting:
    """Write the difference in one transaction: all of it, or nothing when a value is refused."""
    return service.save(saved.meeting_id, changes_of(saved, draft, today=today))

