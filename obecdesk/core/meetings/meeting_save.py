"""Writing one batch of an editor's changes to a stored meeting, inside the caller's unit of work
(an ordinary save, or the correction of approved minutes)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from obecdesk.core.meetings.meeting_changes import (
    KEEP,
    MeetingChanges,
    SavedMeeting,
    apply_part_changes,
)
from obecdesk.core.meetings.meeting_rules import assign_meeting_fields, validated_fields
from obecdesk.core.meetings.meeting_status import apply_step_dates, record_invitations_sent
from obecdesk.core.meetings.meeting_types import load_meeting_info, meeting_data
from obecdesk.core.meetings.minutes_lock import check_unlocked
from obecdesk.core.records import changed_values, with_changes
from obecdesk.store.models import Meeting


def write_changes(session: Session, row: Meeting, changes: MeetingChanges) -> SavedMeeting:
    """Apply ``changes`` to ``row`` and its parts; the header of locked minutes is refused
    like their other parts (the step dates and the invitation date are not the minutes)."""
    if changes.fields:
        wanted = with_changes(meeting_data(row), changes.fields)
        values = changed_values(validated_fields(session, row.locality_id, wanted),
                                changes.fields)
        if any(getattr(row, key) != value for key, value in values.items()):
            check_unlocked(session, row)
        assign_meeting_fields(session, row, values)
    if changes.invitations_sent_on is not KEEP:
        record_invitations_sent(row, changes.invitations_sent_on)
    if changes.step_dates:
        apply_step_dates(row, changes.step_dates)
    session.flush()
    new_ids = apply_part_changes(session, row.id, changes)
    return SavedMeeting(load_meeting_info(session, row), new_ids)
