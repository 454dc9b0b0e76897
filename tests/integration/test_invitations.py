"""Invitations: the .eml draft and the .ics event, each parsed back with a standard library."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from meetings_world import build_world

from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.invitation_letter import Organizer
from obecdesk.core.meetings.invitations import InvitationService
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.errors import UserError, ValidationError
from obecdesk.reports.agenda import agenda_pdf


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def meeting(world):
    meeting_id = world.body_meeting(dt.date(2025, 7, 3))  # summer time: +02:00 in Prague
    world.meetings.agenda.add_item(meeting_id, AgendaItemData("Přivítání", planned_minutes=10))
    world.meetings.agenda.add_item(meeting_id, AgendaItemData("Pravidla přidělování bytů",
                                                              planned_minutes=50))
    return meeting_id


ORGANIZER = Organizer("Mgr. Tereza Novotná", "novotna@szpz.cz")


def _agenda(world, meeting_id: str) -> bytes:
    """The caller builds the agenda PDF: core does not import the printouts."""
    return agenda_pdf(world.meetings.detail(meeting_id))


def test_the_eml_is_a_czech_draft_with_the_agenda_pdf_attached(world, meeting, tmp_path):
    result = InvitationService(world.store).write(
        meeting, eml=tmp_path / "pozvanka.eml", organizer=ORGANIZER, on=dt.date(2025, 6, 20),
        agenda_pdf=_agenda(world, meeting))
    message = email.message_from_bytes(result.eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Pozvánka: PS Bydlení – červen – 3. 7. 2025"
    (sender,) = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Mgr. Tereza Novotná", "novotna@szpz.cz")
    to = {a.addr_spec: a.display_name for a in message["To"].addresses}
    assert to == {"simkova@hornilhota.cz": "Mgr. Jana Šimková",
                  "cermak@charita.cz": "Řehoř Čermák"}
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "zveme Vás na jednání „PS Bydlení – červen“" in body
    assert "9:10 2. Pravidla přidělování bytů" in body and "Zasedací místnost MěÚ" in body
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["program-2025-07-03.pdf", "pozvanka.ics"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content().startswith(b"%PDF")
    event = Calendar.from_ical(attachments[1].get_content()).walk("VEVENT")[0]
    assert str(event["uid"]) == f"{meeting}@obecdesk"
    # who could not be e-mailed is reported, and the day is recorded
    assert result.without_email == ["Bc. Kateřina Žáková"]
    assert world.meetings.get(meeting).invitations_sent_on == dt.date(2025, 6, 20)


def test_the_ics_parses_back_with_prague_time_organizer_and_attendees(world, meeting, tmp_path):
    result = InvitationService(world.store).write(meeting, ics=tmp_path / "pozvanka.ics",
                                                  organizer=ORGANIZER)
    calendar = Calendar.from_ical(result.ics.read_bytes())
    assert calendar["method"] == "REQUEST"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Prague"]
    (event,) = calendar.walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    prague = ZoneInfo("Europe/Prague")
    assert start == dt.datetime(2025, 7, 3, 9, 0, tzinfo=prague)
    assert end == dt.datetime(2025, 7, 3, 11, 0, tzinfo=prague)
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert str(event["summary"]) == "PS Bydlení – červen"
    assert str(event["location"]) == "Zasedací místnost MěÚ"
    assert str(event["uid"]) == f"{meeting}@obecdesk"
    assert str(event["organizer"]) == "mailto:novotna@szpz.cz"
    assert event["organizer"].params["CN"] == "Mgr. Tereza Novotná"
    attendees = event["attendee"]
    assert sorted(str(a) for a in attendees) == ["mailto:cermak@charita.cz",
                                                 "mailto:simkova@hornilhota.cz"]
    assert {a.params["CN"] for a in attendees} == {"Mgr. Jana Šimková", "Řehoř Čermák"}


def test_a_meeting_without_times_is_an_all_day_event(world, tmp_path):
    public = world.meetings.create(world.locality_id, MeetingData(
        title="Veřejné setkání", date=dt.date(2025, 9, 4), kind="public"))
    result = InvitationService(world.store).write(public.id, ics=tmp_path / "x.ics")
    (event,) = Calendar.from_ical(result.ics.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2025, 9, 4)
    assert "attendee" not in event and "organizer" not in event


def test_nothing_to_write_or_a_bad_place_is_refused(world, meeting, tmp_path):
    service = InvitationService(world.store)
    with pytest.raises(ValidationError, match="Zadejte, kam uložit"):
        service.write(meeting)
    with pytest.raises(ValidationError, match="program jednání v PDF"):
        service.write(meeting, eml=tmp_path / "x.eml")
    with pytest.raises(UserError, match="neexistuje"):
        service.write(meeting, ics=tmp_path / "no" / "x.ics")
    assert world.meetings.get(meeting).invitations_sent_on is None


def test_writing_again_keeps_the_recorded_sent_date(world, meeting, tmp_path):
    service = InvitationService(world.store)
    world.meetings.set_invitations_sent(meeting, dt.date(2025, 6, 20))
    service.write(meeting, ics=tmp_path / "znovu.ics", organizer=ORGANIZER)
    assert world.meetings.get(meeting).invitations_sent_on == dt.date(2025, 6, 20)
    service.write(meeting, ics=tmp_path / "znovu.ics", on=dt.date(2025, 6, 24))  # said so
    assert world.meetings.get(meeting).invitations_sent_on == dt.date(2025, 6, 24)
    world.meetings.set_invitations_sent(meeting, None)
    service.write(meeting, ics=tmp_path / "poprve.ics")
    assert world.meetings.get(meeting).invitations_sent_on == dt.date.today()


def test_without_an_organizer_e_mail_the_event_is_published_not_requested(
        world, meeting, tmp_path):
    service = InvitationService(world.store)
    result = service.write(meeting, ics=tmp_path / "x.ics", eml=tmp_path / "x.eml",
                           organizer=Organizer("Mgr. Tereza Novotná", ""),
                           agenda_pdf=_agenda(world, meeting))
    calendar = Calendar.from_ical(result.ics.read_bytes())
    assert calendar["method"] == "PUBLISH"
    assert "organizer" not in calendar.walk("VEVENT")[0]
    message = email.message_from_bytes(result.eml.read_bytes(), policy=policy.default)
    attached = [a for a in message.iter_attachments() if a.get_content_type() == "text/calendar"]
    assert attached[0].get_param("method") == "PUBLISH"
    with_organizer = service.write(meeting, ics=tmp_path / "y.ics", organizer=ORGANIZER)
    assert Calendar.from_ical(with_organizer.ics.read_bytes())["method"] == "REQUEST"
