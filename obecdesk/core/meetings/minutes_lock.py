"""Approved or published minutes are locked: what was approved is what stays on record.

Every write path of the minutes' content (agenda items and their minutes, attendance, decisions,
the meeting's header, the tasks agreed) asks :func:`check_unlocked` first, so a script, the CLI
and the desktop editor are refused alike with one Czech sentence. The only way through is a
correction of the approved minutes (:mod:`obecdesk.core.meetings.minutes_corrections`), which
states a reason and keeps the text as it was; it opens the lock for one meeting inside its own
unit of work by naming the meeting in ``session.info``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, object_session

from obecdesk.core.formatting import date_text
from obecdesk.core.vocabulary.meetings import MeetingStatus
from obecdesk.errors import ValidationError
from obecdesk.store.models import Meeting

LOCKED_STATUSES = frozenset({MeetingStatus.MINUTES_APPROVED.value,
                             MeetingStatus.MINUTES_PUBLISHED.value})
#: ``session.info`` key naming the meeting whose approved minutes are being corrected
CORRECTING = "correcting_minutes"
CORRECTION_ACTION = "Opravit schválený zápis"


def is_locked(status: str) -> bool:
    """Whether minutes in ``status`` may only change through a correction."""
    return status in LOCKED_STATUSES


def lock_message(row: Meeting) -> str:
    if row.status == MeetingStatus.MINUTES_PUBLISHED.value:
        state = f"zveřejněn {date_text(row.minutes_published_on)}".rstrip()
    else:
        state = f"schválen {date_text(row.minutes_approved_on)}".rstrip()
    return (f"Zápis jednání „{row.title}“ je {state} a je uzamčen; změnit ho lze jen akcí "
            f"„{CORRECTION_ACTION}“ s uvedením důvodu.")


def check_unlocked(session: Session, row: Meeting | None) -> None:
    """Refuse a change of the minutes' content of a locked meeting, unless this unit of work
    is the correction of exactly this meeting."""
    if row is not None and is_locked(row.status) and session.info.get(CORRECTING) != row.id:
        raise ValidationError(lock_message(row))


def check_meeting_unlocked(session: Session, meeting_id: str) -> None:
    check_unlocked(session, session.get(Meeting, meeting_id))


def check_part_unlocked(row) -> None:
    """The same for a part of a meeting (an agenda item) through the session it belongs to."""
    session = object_session(row)
    if session is not None:
        check_meeting_unlocked(session, row.meeting_id)
