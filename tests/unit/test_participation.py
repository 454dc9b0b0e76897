"""Participation events and the disposition of proposals on a real store."""

from __future__ import annotations

import datetime as dt

import pytest

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.participation.events import EventData, EventService
from obecdesk.core.participation.proposals import ProposalData, ProposalService
from obecdesk.errors import ValidationError


@pytest.fixture
def event(store):
    loc = LocalityService(store).create(LocalityData(name="Lipová u Ohře")).id
    return loc, EventService(store).create(loc, EventData(
        "Veřejné setkání", date=dt.date(2026, 10, 5), place="Kulturní dům",
        method_id="public-meeting", attendance_total=40, attendance_target=6))


def test_head_counts_must_add_up(store, event):
    loc, _ = event
    events = EventService(store)
    with pytest.raises(ValidationError, match="víc než všech"):
        events.create(loc, EventData("Procházka", kind="neighbourhood_walk",
                                     attendance_total=5, attendance_target=9))
    with pytest.raises(ValidationError, match="záporný"):
        events.create(loc, EventData("Procházka", attendance_total=-1))
    with pytest.raises(ValidationError, match="druh akce"):
        events.create(loc, EventData("Procházka", kind="party"))
    assert [e.data.title for e in events.of_locality(loc)] == ["Veřejné setkání"]


def test_a_rejection_needs_a_reason_and_dispositions_are_counted(store, event):
    loc, event_id = event
    proposals = ProposalService(store)
    first = proposals.add(event_id, ProposalData("Lavičky u hřiště"))
    with pytest.raises(ValidationError, match="důvod"):
        proposals.update(first, ProposalData("Lavičky u hřiště", disposition="rejected"))
    assert proposals.of_locality(loc)[0].data.disposition == "open"
    proposals.update(first, ProposalData("Lavičky u hřiště", disposition="rejected",
                                         reason="Pozemek nepatří obci."))
    proposals.add(event_id, ProposalData("Osvětlení", disposition="accepted"))
    proposals.add(event_id, ProposalData("Přechod", kind="comment", disposition="in_progress"))
    assert proposals.by_disposition(loc) == {"open": 0, "accepted": 1, "in_progress": 1,
                                             "rejected": 1}
    rejected = proposals.of_locality(loc, disposition="rejected")
    assert [(p.data.text, p.data.reason) for p in rejected] == [
        ("Lavičky u hřiště", "Pozemek nepatří obci.")]
    assert [e.proposals for e in EventService(store).of_locality(loc)] == [3]
    EventService(store).remove(event_id)
    assert proposals.of_locality(loc) == [] and proposals.by_disposition(loc)["accepted"] == 0


def test_the_acute_demo_has_events_and_proposals_in_every_disposition(demo_store):
    loc = acute_locality_id()
    events = EventService(demo_store).of_locality(loc)
    kinds = {e.data.kind for e in events}
    assert {"public_meeting", "neighbourhood_walk"} <= kinds
    assert all(v > 0 for v in ProposalService(demo_store).by_disposition(loc).values())
    assert sum(e.proposals for e in events) >= 10


def test_the_conflict_review_names_the_new_fields_and_codes_in_czech():
    from obecdesk.sync.field_labels import code_label, field_label

    assert field_label("disposition") == "Vyřízení"
    assert field_label("shared_text") == "Sdílený text poznámky"
    assert code_label("proposals", "disposition", "rejected") == "zamítnuto"
    assert code_label("mediation_cases", "result", "partial") == "částečná dohoda"
