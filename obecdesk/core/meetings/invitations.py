"""Invitations to a meeting: an e-mail draft (``.eml`` with the agenda PDF attached) and an
iCalendar ``.ics`` event, both files the coordinator opens in their own mail client.

The ``.eml`` carries ``X-Unsent: 1`` so Outlook and Thunderbird open it as a draft to send, not
as a received message. The ``.ics`` is written with the ``icalendar`` library in Europe/Prague
time with the time zone definition included; only invitees with an e-mail become attendees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from obecdesk.core.meetings.invitation_letter import Organizer, invitation_eml
from obecdesk.core.meetings.meeting_status import record_invitations_sent
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.output_files import save
from obecdesk.core.records import get_live
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Actor, Meeting


@dataclass(frozen=True)
class InvitationFiles:
    eml: Path | None
    ics: Path | None
    recipients: list[str]
    #: invitees without an e-mail address, to be invited another way
    without_email: list[str]
    #: the sent date recorded for the meeting after writing
    sent_on: dt.date | None = None


class InvitationService:
    """Writes the invitation files of a meeting and records the day they were prepared."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.meetings = MeetingService(store)

    def default_organizer(self, detail: MeetingDetail) -> Organizer | None:
        """The facilitator, when an actor of the locality has that exact name and an e-mail."""
        name = detail.meeting.facilitator
        if not name:
            return None
        with self.store.reading() as session:
            email = session.scalar(select(Actor.email).where(
                Actor.locality_id == detail.meeting.locality_id, Actor.name == name,
                Actor.deleted.is_(False), Actor.email != ""))
        return Organizer(name, email) if email else Organizer(name, "")

    def write(self, meeting_id: str, *, eml: Path | str | None = None,
              ics: Path | str | None = None, organizer: Organizer | None = None,
              on: dt.date | None = None, agenda_pdf: bytes | None = None) -> InvitationFiles:
        """Write the ``.eml`` draft and/or the ``.ics``; record ``on`` as the sent date when
        given, otherwise today only when no sent date is recorded yet (writing the draft again
        does not move the day the invitations really went out).

        The ``.eml`` attaches ``agenda_pdf``, which the caller builds with
        ``obecdesk.reports.agenda.agenda_pdf`` (core does not depend on the printouts)."""
        if eml is None and ics is None:
            raise ValidationError("Zadejte, kam uložit e-mail (.eml), pozvánku (.ics) nebo obojí.")
        if eml is not None and not agenda_pdf:
            raise ValidationError("E-mail s pozvánkou potřebuje program jednání v PDF v příloze.")

        detail = self.meetings.detail(meeting_id)
        organizer = organizer or self.default_organizer(detail)
        written_eml = written_ics = None
        from obecdesk.core.meetings.invitation_calendar import invitation_ics  # icalendar

        calendar = invitation_ics(detail, organizer=organizer)
        if eml is not None:
            message = invitation_eml(detail, agenda_pdf, organizer=organizer,
                                     calendar=calendar)
            written_eml = save(Path(eml), bytes(message))
        if ics is not None:
            written_ics = save(Path(ics), calendar)
        with self.store.unit_of_work() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            if on is not None or row.invitations_sent_on is None:
                record_invitations_sent(row, on or dt.date.today())
            sent_on = row.invitations_sent_on
        return InvitationFiles(
            eml=written_eml, ics=written_ics,
            recipients=[a.email for a in detail.invitees if a.email],
            without_email=[a.name for a in detail.invitees if not a.email],
            sent_on=sent_on,
        )
