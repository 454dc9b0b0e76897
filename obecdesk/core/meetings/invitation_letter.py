"""The e-mail draft of an invitation: Czech text with the programme, the agenda PDF attached
(an unsent ``.eml``, :mod:`obecdesk.core.email_draft`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.message import EmailMessage

from obecdesk.core.email_draft import address, unsent_email
from obecdesk.core.formatting import date_text, long_date_text, time_text
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.errors import ValidationError


@dataclass(frozen=True)
class Organizer:
    name: str
    email: str

    def __post_init__(self) -> None:
        """A line break in a header would let the text add headers (a Bcc) to the draft."""
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in self.name + self.email):
            raise ValidationError("Jméno ani e-mail odesílatele nesmí obsahovat konec řádku "
                                  "ani jiné řídicí znaky.")
        if self.email and not re.fullmatch(r"[^@\s<>\",;]+@[^@\s<>\",;]+\.[^@\s<>\",;]+",
                                           self.email):
            raise ValidationError(f"Adresa {self.email!r} není platný e-mail.")


def calendar_method(organizer: Organizer | None) -> str:
    """``REQUEST`` needs an ORGANIZER to reply to (RFC 5546); without an e-mail the event is
    only published for the recipients to add to their calendars."""
    return "REQUEST" if organizer and organizer.email else "PUBLISH"


def program_lines(detail: MeetingDetail) -> list[str]:
    lines = []
    for number, item in enumerate(detail.agenda.items, start=1):
        when = f"{time_text(item.starts_at)} " if item.starts_at else ""
        lines.append(f"{when}{number}. {item.title}")
    return lines


def invitation_text(detail: MeetingDetail, organizer: Organizer | None) -> str:
    meeting = detail.meeting
    when = long_date_text(meeting.date)
    if meeting.start_time:
        when += f" od {time_text(meeting.start_time)}"
        if meeting.end_time:
            when += f" do {time_text(meeting.end_time)}"
    parts = [
        "Dobrý den,",
        "",
        f"zveme Vás na jednání „{meeting.title}“ ({meeting.body_or_kind}, {detail.locality_name}).",
        "",
        f"Kdy: {when}",
    ]
    if meeting.place:
        parts.append(f"Kde: {meeting.place}")
    if meeting.goal:
        parts.append(f"Cíl jednání: {meeting.goal}")
    parts.append(f"Způsob rozhodování: {meeting.decision_rule_label}")
    if detail.agenda.items:
        parts += ["", "Program:"] + [f"  {line}" for line in program_lines(detail)]
    parts += ["", "Program jednání posíláme také v příloze. Prosíme o potvrzení účasti, "
              "případně o omluvu.", "", "S pozdravem"]
    if organizer and organizer.name:
        parts.append(organizer.name)
    elif meeting.facilitator:
        parts.append(meeting.facilitator)
    return "\n".join(parts) + "\n"


def invitation_eml(detail: MeetingDetail, agenda_pdf: bytes, *,
                   organizer: Organizer | None = None, calendar: bytes | None = None,
                   now: dt.datetime | None = None) -> EmailMessage:
    """An unsent e-mail to every invitee with an address, the agenda PDF (and the ``.ics``
    event, when given) attached."""
    meeting = detail.meeting
    sender = address(organizer.name, organizer.email) if organizer and organizer.email else None
    message = unsent_email(
        subject=f"Pozvánka: {meeting.title} – {date_text(meeting.date)}",
        text=invitation_text(detail, organizer), sender=sender, now=now,
        to=[address(a.name, a.email) for a in detail.invitees if a.email])
    message.add_attachment(agenda_pdf, maintype="application", subtype="pdf",
                           filename=f"program-{meeting.date.isoformat()}.pdf")
    if calendar is not None:  # one click adds the meeting to the recipient's calendar
        message.add_attachment(calendar, maintype="text", subtype="calendar",
                               filename="pozvanka.ics",
                               params={"method": calendar_method(organizer)})
    return message
