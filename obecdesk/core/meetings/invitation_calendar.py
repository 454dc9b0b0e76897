"""The iCalendar ``.ics`` of an invitation, written with the ``icalendar`` library in
Europe/Prague time with the time zone definition included; only invitees with an e-mail become
attendees.
"""

from __future__ import annotations

import datetime as dt

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vText,
)

from obecdesk.core.email_draft import PRAGUE
from obecdesk.core.meetings.invitation_letter import (
    Organizer,
    calendar_method,
    invitation_text,
)
from obecdesk.core.meetings.meeting_types import MeetingDetail

PRODID = "-//obecdesk//Jednání lokálního partnerství//CS"


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
