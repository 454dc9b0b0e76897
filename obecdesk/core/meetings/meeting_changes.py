"""An edited meeting as one batch of changes, applied inside one unit of work.

The meeting editor lets a user change the header, the agenda, the attendance, the minutes, the
decisions and the action items before pressing "Uložit". :class:`MeetingChanges` says what
differs from what the editor loaded; :meth:`obecdesk.core.meetings.MeetingService.save` applies
it in one transaction with the same per-part rules the single-step services use, so a value
refused anywhere leaves the store exactly as it was.

Rows added in the batch carry a ``key`` chosen by the caller (any string unique in the batch);
the result maps each key to the new row's id. A decision may name a new agenda item by its key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from obecdesk.core.meetings.action_items import (
    ActionItemData,
    action_item_of,
    change_status,
    edit_action_item,
    record_action_item,
)
from obecdesk.core.meetings.agenda import (
    agenda_item_of,
    drop_item,
    edit_item,
    insert_item,
    reorder_items,
    write_minutes,
)
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.attendance import admit_guest, attendance_entry_of, invite, mark
from obecdesk.core.meetings.decisions import (
    DecisionData,
    decision_of,
    edit_decision,
    record_decision,
)
from obecdesk.core.meetings.meeting_types import MeetingInfo
from obecdesk.core.meetings.minutes_lock import check_meeting_unlocked
from obecdesk.core.vocabulary.meetings import ActionStatus, AttendanceStatus


class Keep(Enum):
    """Marks a field of :class:`MeetingChanges` the save leaves as stored (``None`` clears)."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, kw_only=True)
class NewAgendaItem:
    key: str
    data: AgendaItemData
    minutes_html: str = ""


@dataclass(kw_only=True)
class AgendaChanges:
    added: list[NewAgendaItem] = field(default_factory=list)
    #: item id -> the fields of the item the user changed (:class:`AgendaItemData` names:
    #: title, presenter, planned minutes, method, output); the others stay as stored
    edited: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: item id -> the minutes (rich text) taken for it
    minutes: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    #: ids of stored items and keys of added ones, top to bottom; empty keeps the stored order
    #: (added items go to the end)
    order: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class NewInvitee:
    key: str
    actor_id: str
    status: str = AttendanceStatus.UNKNOWN.value


@dataclass(frozen=True, kw_only=True)
class NewGuest:
    key: str
    name: str
    organisation: str = ""
    status: str = AttendanceStatus.PRESENT.value


@dataclass(kw_only=True)
class AttendanceChanges:
    invited: list[NewInvitee] = field(default_factory=list)
    guests: list[NewGuest] = field(default_factory=list)
    #: attendance id -> present / excused / absent / unknown
    statuses: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class NewDecision:
    key: str
    data: DecisionData


@dataclass(kw_only=True)
class DecisionChanges:
    added: list[NewDecision] = field(default_factory=list)
    #: decision id -> the fields the user changed (:class:`DecisionData` names)
    edited: dict[str, dict[str, Any]] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class NewActionItem:
    key: str
    data: ActionItemData
    status: str = ActionStatus.OPEN.value


@dataclass(kw_only=True)
class ActionChanges:
    added: list[NewActionItem] = field(default_factory=list)
    #: item id -> the fields the user changed (:class:`ActionItemData` names)
    edited: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: item id -> open / done / cancelled
    statuses: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class MeetingChanges:
    """Everything an editor session changed in one meeting; empty parts change nothing.

    ``fields`` names only the header fields the user changed (:class:`MeetingData` names,
    including the head count of a public meeting); the others keep what is stored now, even
    when it changed after the editor loaded the meeting.
    """

    fields: dict[str, Any] = field(default_factory=dict)
    invitations_sent_on: dt.date | None | Keep = KEEP
    #: status value -> the corrected date of that (already reached) step; ``None`` clears it
    step_dates: dict[str, dt.date | None] = field(default_factory=dict)
    agenda: AgendaChanges = field(default_factory=AgendaChanges)
    attendance: AttendanceChanges = field(default_factory=AttendanceChanges)
    decisions: DecisionChanges = field(default_factory=DecisionChanges)
    actions: ActionChanges = field(default_factory=ActionChanges)
    #: the day recorded for action items marked done (default today)
    done_on: dt.date | None = None


@dataclass(frozen=True)
class SavedMeeting:
    meeting: MeetingInfo
    #: the ``key`` of every added row -> its new id
    new_ids: dict[str, str]


def apply_part_changes(session: Session, meeting_id: str,
                       changes: MeetingChanges) -> dict[str, str]:
    """Apply agenda, attendance, decisions and action items; the new ids by key."""
    new_ids: dict[str, str] = {}
    _apply_agenda(session, meeting_id, changes.agenda, new_ids)
    _apply_attendance(session, meeting_id, changes.attendance, new_ids)
    _apply_decisions(session, meeting_id, changes.decisions, new_ids)
    _apply_actions(session, meeting_id, changes.actions, changes.done_on, new_ids)
    session.flush()
    return new_ids


def _apply_agenda(session: Session, meeting_id: str, changes: AgendaChanges,
                  new_ids: dict[str, str]) -> None:
    for item_id in changes.removed:
        drop_item(session, agenda_item_of(session, item_id, meeting_id))
    for item_id, fields_changed in changes.edited.items():
        edit_item(agenda_item_of(session, item_id, meeting_id), fields_changed)
    for item_id, html in changes.minutes.items():
        write_minutes(agenda_item_of(session, item_id, meeting_id), html)
    for new in changes.added:
        row = insert_item(session, meeting_id, new.data)
        write_minutes(row, new.minutes_html)
        new_ids[new.key] = row.id
    if changes.order:
        reorder_items(session, meeting_id, [new_ids.get(ref, ref) for ref in changes.order])


def _apply_attendance(session: Session, meeting_id: str, changes: AttendanceChanges,
                      new_ids: dict[str, str]) -> None:
    for entry_id in changes.removed:
        attendance_entry_of(session, entry_id, meeting_id).deleted = True
    for entry_id, status in changes.statuses.items():
        mark(attendance_entry_of(session, entry_id, meeting_id), status)
    for new in changes.invited:
        entry = invite(session, meeting_id, new.actor_id)
        mark(entry, new.status)
        new_ids[new.key] = entry.id
    for guest in changes.guests:
        new_ids[guest.key] = admit_guest(session, meeting_id, guest.name, guest.organisation,
                                         guest.status).id


def _linked(data: DecisionData, new_ids: dict[str, str]) -> DecisionData:
    """``data`` with an agenda item named by its key in this batch replaced by the item's id."""
    return DecisionData(**_linked_fields(vars(data), new_ids))


def _linked_fields(values: dict[str, Any], new_ids: dict[str, str]) -> dict[str, Any]:
    """Decision fields with an agenda item named by its key replaced by the item's id."""
    item = values.get("agenda_item_id")
    return {**values, "agenda_item_id": new_ids[item]} if item in new_ids else values


def _apply_decisions(session: Session, meeting_id: str, changes: DecisionChanges,
                     new_ids: dict[str, str]) -> None:
    for decision_id in changes.removed:
        decision_of(session, decision_id, meeting_id).deleted = True
    for decision_id, edited in changes.edited.items():
        edit_decision(session, decision_of(session, decision_id, meeting_id),
                      _linked_fields(edited, new_ids))
    for new in changes.added:
        new_ids[new.key] = record_decision(session, meeting_id, _linked(new.data, new_ids)).id


def _apply_actions(session: Session, meeting_id: str, changes: ActionChanges,
                   done_on: dt.date | None, new_ids: dict[str, str]) -> None:
    if changes.removed:
        check_meeting_unlocked(session, meeting_id)
    for item_id in changes.removed:
        action_item_of(session, item_id, meeting_id).deleted = True
    for item_id, edited in changes.edited.items():
        edit_action_item(session, action_item_of(session, item_id, meeting_id), edited)
    for item_id, status in changes.statuses.items():
        change_status(action_item_of(session, item_id, meeting_id), status, done_on)
    for new in changes.added:
        row = record_action_item(session, meeting_id, new.data)
        if new.status != row.status:
            change_status(row, new.status, done_on)
        new_ids[new.key] = row.id
