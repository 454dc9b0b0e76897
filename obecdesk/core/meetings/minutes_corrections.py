"""Correcting approved minutes: "Opravit schválený zápis" with a reason, the old text kept.

Approved or published minutes are locked (:mod:`obecdesk.core.meetings.minutes_lock`). A
correction applies an editor's changes like an ordinary save, in one unit of work that opens the
lock for this one meeting, and first stores the minutes as they were — as plain text, with who
corrected them, when and why — in ``minutes_versions``. Versions are only ever added, so the
history shown in the minutes tab and the "opraveno dne …" line of a reprint cannot be rewritten.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from obecdesk.core.meetings.agenda import live_items
from obecdesk.core.meetings.decisions import decision_rows
from obecdesk.core.meetings.meeting_changes import MeetingChanges, SavedMeeting
from obecdesk.core.meetings.meeting_save import write_changes
from obecdesk.core.meetings.minutes_history import MinutesVersionInfo, minutes_versions
from obecdesk.core.meetings.minutes_lock import CORRECTING, is_locked
from obecdesk.core.records import get_live
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.minutes_html import html_to_text
from obecdesk.store.models import Meeting, MinutesVersion


def minutes_text(session: Session, row: Meeting) -> str:
    """The content of the minutes as plain text: each item with its minutes and decisions,
    the decisions not tied to an item, the notes. (Attendance stays out: it lives in rows an
    erasure anonymises, and a copy of names here would outlive it.)"""
    decisions = decision_rows(session, row.id)
    parts = [f"{row.title}, {row.date.isoformat()}"]
    for number, item in enumerate(live_items(session, row.id), start=1):
        lines = [f"{number}. {item.title}", html_to_text(item.minutes_html or "")]
        lines += [f"Usnesení {d.code}: {d.text}" for d in decisions if d.agenda_item_id == item.id]
        parts.append("\n".join(line for line in lines if line))
    loose = [f"Usnesení {d.code}: {d.text}" for d in decisions if not d.agenda_item_id]
    if loose:
        parts.append("\n".join(loose))
    if row.notes.strip():
        parts.append("Poznámky: " + row.notes.strip())
    return "\n\n".join(parts)


class MinutesCorrectionService:
    """Correct approved minutes and read their history; each call is one unit of work."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def history(self, meeting_id: str) -> list[MinutesVersionInfo]:
        with self.store.reading() as session:
            get_live(session, Meeting, meeting_id, "Jednání")
            return minutes_versions(session, meeting_id)

    def correct(self, meeting_id: str, changes: MeetingChanges, *, reason: str,
                by: str = "", at: dt.datetime | None = None) -> SavedMeeting:
        """Apply ``changes`` to locked minutes, keeping the text before them as a version.

        Refused with a Czech sentence (and nothing changed) without a reason, for minutes that
        are not approved yet (edit those normally) and for a correction that changes nothing.
        """
        reason = reason.strip()
        if not reason:
            raise ValidationError("Oprava schváleného zápisu musí mít uvedený důvod.")
        moment = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        with self.store.unit_of_work(immediate=True) as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            if not is_locked(row.status):
                raise ValidationError("Zápis ještě není schválen; upravte ho běžným uložením.")
            before = minutes_text(session, row)
            session.info[CORRECTING] = row.id
            try:
                saved = write_changes(session, row, changes)
            finally:
                session.info.pop(CORRECTING, None)
            if minutes_text(session, row) == before:
                raise ValidationError("Oprava nic nezměnila v textu zápisu; není co uložit.")
            session.add(MinutesVersion(meeting_id=row.id,
                                       corrected_at=moment.isoformat(timespec="seconds"),
                                       corrected_by=by.strip(), reason=reason,
                                       previous_text=before))
            session.flush()
            return saved
