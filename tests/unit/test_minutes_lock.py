"""Approved minutes are locked in the core: every write path refuses, a correction with a reason
goes through and keeps the text before it as a version."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.meeting_changes import (
    AgendaChanges,
    DecisionChanges,
    MeetingChanges,
)
from obecdesk.core.meetings.service import MeetingService
from obecdesk.errors import ValidationError

DAY = dt.date(2025, 6, 13)


@pytest.fixture
def approved(store):
    """A held meeting with minutes and a decision, then approved: (world, meeting id, item id,
    decision id)."""
    world = build_world(store)
    world.meetings = MeetingService(store)
    service = world.meetings
    meeting_id = world.body_meeting()
    item = service.agenda.add_item(meeting_id, AgendaItemData(title="Pravidla přidělování bytů"))
    service.agenda.set_minutes(item.id, "<p>Pravidla byla představena.</p>")
    decision = service.decisions.add(meeting_id, DecisionData(
        text="PS doporučuje radě schválit pravidla.", agenda_item_id=item.id))
    service.set_status(meeting_id, "held", on=DAY)
    service.set_status(meeting_id, "minutes_approved", on=dt.date(2025, 6, 20))
    return world, meeting_id, item.id, decision.id


def test_every_write_path_of_locked_minutes_is_refused_in_czech(approved):
    world, meeting_id, item_id, decision_id = approved
    service = world.meetings
    attempts = [
        lambda: service.agenda.set_minutes(item_id, "<p>Jinak.</p>"),
        lambda: service.agenda.add_item(meeting_id, AgendaItemData(title="Různé")),
        lambda: service.agenda.remove_item(item_id),
        lambda: service.decisions.update(decision_id, DecisionData(text="Tiše změněno.")),
        lambda: service.decisions.add(meeting_id, DecisionData(text="Dodatečné usnesení.")),
        lambda: service.decisions.remove(decision_id),
        lambda: service.attendance.add_guest(meeting_id, "Pavel Hošek"),
        lambda: service.actions.add(meeting_id, ActionItemData(text="Dodatečný úkol")),
        lambda: service.update(meeting_id, replace(service.get(meeting_id).data(),
                                                   place="Jinde")),
        lambda: service.save(meeting_id, MeetingChanges(
            agenda=AgendaChanges(minutes={item_id: "<p>Přepsáno.</p>"}))),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match="je schválen 20. 6. 2025 a je uzamčen"):
            attempt()
    detail = service.detail(meeting_id)
    assert detail.agenda.items[0].minutes_html == "<p>Pravidla byla představena.</p>"
    assert detail.decisions[0].text == "PS doporučuje radě schválit pravidla."
    assert detail.meeting.place == "Zasedací místnost MěÚ"
    assert detail.corrections == []


def test_published_minutes_say_so(approved):
    world, meeting_id, item_id, _decision = approved
    service = world.meetings
    service.set_status(meeting_id, "minutes_published", on=dt.date(2025, 6, 25))
    with pytest.raises(ValidationError, match="je zveřejněn 25. 6. 2025"):
        service.agenda.set_minutes(item_id, "<p>Jinak.</p>")


def test_a_correction_needs_a_reason_and_keeps_the_previous_text(approved):
    world, meeting_id, item_id, decision_id = approved
    corrections = world.meetings.corrections
    changes = MeetingChanges(
        agenda=AgendaChanges(minutes={item_id: "<p>Pravidla byla představena a doplněna.</p>"}),
        decisions=DecisionChanges(edited={decision_id: {"text": "PS doporučuje radě schválit "
                                                                 "pravidla s úpravou."}}))
    with pytest.raises(ValidationError, match="musí mít uvedený důvod"):
        corrections.correct(meeting_id, changes, reason="  ", by="Tereza Novotná")
    assert world.meetings.detail(meeting_id).corrections == []

    at = dt.datetime(2025, 7, 2, 10, 30, tzinfo=dt.UTC)
    corrections.correct(meeting_id, changes, reason="Překlep v usnesení, schváleno na PS 2. 7.",
                        by="Tereza Novotná", at=at)
    detail = world.meetings.detail(meeting_id)
    assert detail.agenda.items[0].minutes_html.endswith("doplněna.</p>")
    assert detail.decisions[0].text.endswith("s úpravou.")
    assert detail.meeting.status == "minutes_approved"
    [version] = detail.corrections
    assert (version.corrected_by, version.reason) == (
        "Tereza Novotná", "Překlep v usnesení, schváleno na PS 2. 7.")
    assert version.corrected_at == at
    assert "Pravidla byla představena." in version.previous_text
    assert "PS doporučuje radě schválit pravidla." in version.previous_text
    assert "s úpravou" not in version.previous_text
    # the lock holds again after the correction
    with pytest.raises(ValidationError, match="uzamčen"):
        world.meetings.agenda.set_minutes(item_id, "<p>Tiše.</p>")


def test_a_correction_of_minutes_not_yet_approved_or_of_nothing_is_refused(approved, store):
    world, meeting_id, item_id, _decision = approved
    corrections = world.meetings.corrections
    with pytest.raises(ValidationError, match="nic nezměnila"):
        corrections.correct(meeting_id, MeetingChanges(), reason="Kontrola")
    assert corrections.history(meeting_id) == []
    draft_id = world.body_meeting(day=dt.date(2025, 7, 1), title="PS Bydlení – červenec")
    with pytest.raises(ValidationError, match="není schválen"):
        corrections.correct(draft_id, MeetingChanges(), reason="Kontrola")
