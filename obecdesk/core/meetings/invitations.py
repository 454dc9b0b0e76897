"""Invitations to a meeting: an e-mail draft (``.eml`` with the agenda PDF attached) and an
iCalendar ``.ics`` event, both files the coordinator opens in their own mail client.

The ``.eml`` carries ``X-Unsent: 1`` so Outlook and Thunderbird open it as a draft to send, not
as a received message. The ``.ics`` is written with the ``icalendar`` library in Europe/Prague
time with the time zone definition included; only invitees with an e-mail become attendees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vText,
)
from sqlalchemy import select

from obecdesk.core.errors import UserError, ValidationError
from obecdesk.core.formatting import date_text, long_date_text, time_text
from obecdesk.core.meetings.service import MeetingDetail, MeetingService
from obecdesk.core.records import assign, get_live
from obecdesk.store import Store
from obecdesk.store.models import Actor, Meeting

PRAGUE = ZoneInfo("Europe/Prague")
PRODID = "-//obecdesk//Jednání lokálního partnerství//CS"


@dataclass(frozen=True)
class Organizer:
    name: str
    email: str


@dataclass(frozen=True)
class InvitationFiles:
    eml: Path | None
    ics: Path | None
    recipients: list[str]
    #: invitees without an e-mail address, to be invited another way
    without_email: list[str]
    #: the sent date recorded for the meeting after writing
    sent_on: dt.date | None = None


def calendar_method(organizer: Organizer | None) -> str:
    """``REQUEST`` needs an ORGANIZER to reply to (RFC 5546); without an e-mail the event is
    only published for the recipients to add to their calendars."""
    return "REQUEST" if organizer and organizer.email else "PUBLISH"


def _address(name: str, email: str) -> Address:
    username, _, domain = email.partition("@")
    if not username or not domain:
        raise ValidationError(f"Adresa {email!r} není platný e-mail.")
    return Address(display_name=name, username=username, domain=domain)


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
    message = EmailMessage()
    message["Subject"] = f"Pozvánka: {meeting.title} – {date_text(meeting.date)}"
    if organizer and organizer.email:
        message["From"] = _address(organizer.name, organizer.email)
    recipients = [_address(a.name, a.email) for a in detail.invitees if a.email]
    if recipients:
        message["To"] = recipients
    message["Date"] = format_datetime(now or dt.datetime.now(PRAGUE))
    message["Message-ID"] = make_msgid(domain="obecdesk.invalid")
    message["X-Unsent"] = "1"
    message.set_content(invitation_text(detail, organizer))
    message.add_attachment(agenda_pdf, maintype="application", subtype="pdf",
                           filename=f"program-{meeting.date.isoformat()}.pdf")
    if calendar is not None:  # one click adds the meeting to the recipient's calendar
        message.add_attachment(calendar, maintype="text", subtype="calendar",
                               filename="pozvanka.ics",
                               params={"method": calendar_method(organizer)})
    return message


def invitation_ics(detail: MeetingDetail, *, organizer: Organizer | None = None,
                   now: dt.datetime | None = None) -> bytes:
    """A calendar with one VEVENT (Europe/Prague) and the invitees as attendees: a REQUEST
    when the organizer has an e-mail, otherwise a PUBLISH."""
    meeting = detail.meeting
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", calendar_method(organizer))
    event = Event()
    event.add("uid", f"{meeting.id}@obecdesk")
    event.add("dtstamp", (now or dt.datetime.now(PRAGUE)).astimezone(dt.UTC))
    if meeting.start_time:
        start = dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=PRAGUE)
        end_time = meeting.end_time or (
            dt.datetime.combine(meeting.date, meeting.start_time)
            + dt.timedelta(minutes=max(60, detail.agenda.planned_minutes))).time()
        event.add("dtstart", start)
        event.add("dtend", dt.datetime.combine(meeting.date, end_time, tzinfo=PRAGUE))
    else:
        event.add("dtstart", meeting.date)
        event.add("dtend", meeting.date + dt.timedelta(days=1))
    event.add("summary", meeting.title)
    if meeting.place:
        event.add("location", meeting.place)
    description = invitation_text(detail, organizer)
    event.add("description", description)
    if organizer and organizer.email:
        who = vCalAddress(f"mailto:{organizer.email}")
        who.params["cn"] = vText(organizer.name or organizer.email)
        event.add("organizer", who)
    for invitee in detail.invitees:
        if not invitee.email:
            continue
        attendee = vCalAddress(f"mailto:{invitee.email}")
        attendee.params["cn"] = vText(invitee.name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["partstat"] = vText("NEEDS-ACTION")
        attendee.params["rsvp"] = vText("TRUE")
        event.add("attendee", attendee, encode=0)
    calendar.add_component(prague_timezone())
    calendar.add_component(event)
    return calendar.to_ical()


def prague_timezone() -> Timezone:
    """The VTIMEZONE of Europe/Prague as yearly rules (valid beyond 2038, unlike a date list)."""
    timezone = Timezone()
    timezone.add("tzid", "Europe/Prague")
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", dt.datetime(1981, 3, 29, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    summer.add("tzoffsetfrom", dt.timedelta(hours=1))
    summer.add("tzoffsetto", dt.timedelta(hours=2))
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", dt.datetime(1996, 10, 27, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    winter.add("tzoffsetfrom", dt.timedelta(hours=2))
    winter.add("tzoffsetto", dt.timedelta(hours=1))
    timezone.add_component(summer)
    timezone.add_component(winter)
    return timezone


def _write(path: Path, data: bytes) -> Path:
    if path.is_dir():
        raise UserError(f"{path} je složka; zadejte jméno souboru.")
    if not path.parent.is_dir():
        raise UserError(f"Složka {path.parent} neexistuje; soubor nelze uložit.")
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(f"Soubor {path} nelze uložit: {exc.strerror}.") from exc
    return path


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
        calendar = invitation_ics(detail, organizer=organizer)
        if eml is not None:
            message = invitation_eml(detail, agenda_pdf, organizer=organizer,
                                     calendar=calendar)
            written_eml = _write(Path(eml), bytes(message))
        if ics is not None:
            written_ics = _write(Path(ics), calendar)
        with self.store.unit_of_work() as session:
            row = get_live(session, Meeting, meeting_id, "Jednání")
            if on is not None or row.invitations_sent_on is None:
                assign(row, {"invitations_sent_on": on or dt.date.today()})
            sent_on = row.invitations_sent_on
        return InvitationFiles(
            eml=written_eml, ics=written_ics,
            recipients=[a.email for a in detail.invitees if a.email],
            without_email=[a.name for a in detail.invitees if not a.email],
            sent_on=sent_on,
        )
