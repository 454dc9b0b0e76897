"""The minutes as a record: verifier, signature lines, quorum and "opraveno dne …" on a reprint."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from meetings_world import build_world
from pdf_tools import pdf_text

from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.meeting_changes import AgendaChanges, MeetingChanges
from obecdesk.reports.minutes import write_minutes


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def meeting(world):
    meeting_id = world.body_meeting(dt.date(2025, 6, 13))
    data = replace(world.meetings.get(meeting_id).data(), verifier="Řehoř Čermák")
    world.meetings.update(meeting_id, data)
    world.meetings.attendance.record(meeting_id, present=[world.actors["radni"],
                                                          world.actors["sas"]],
                                     excused=[world.actors["ospod"]])
    item = world.meetings.agenda.add_item(meeting_id, AgendaItemData("Pravidla přidělování"))
    world.meetings.agenda.set_minutes(item.id, "<p>Návrh pravidel byl představen.</p>")
    return meeting_id, item.id


def _text(world, meeting_id, tmp_path) -> str:
    return " ".join(pdf_text(write_minutes(world.meetings.detail(meeting_id),
                                           tmp_path / "zapis.pdf"), layout=True).split())


def test_minutes_name_the_verifier_print_both_signature_lines_and_the_quorum(
        world, meeting, tmp_path):
    meeting_id, _item = meeting
    text = _text(world, meeting_id, tmp_path)
    assert "Ověřovatel zápisu Řehoř Čermák" in text
    assert "Zapsal/a: Bc. Kateřina Žáková" in text
    assert "Ověřil/a: Řehoř Čermák" in text
    assert text.count("Podpis: ……") == 2
    # PS Bydlení has three members today and decides by simple majority
    assert "Usnášeníschopnost přítomno 2 z 3 členů – orgán je usnášeníschopný" in text
    assert "Opraveno dne" not in text


def test_a_body_short_of_its_quorum_says_so_and_consensus_prints_none(world, meeting, tmp_path):
    meeting_id, _item = meeting
    world.meetings.attendance.record(meeting_id, absent=[world.actors["sas"]])
    assert "přítomno 1 z 3 členů – orgán není usnášeníschopný (potřeba alespoň 2)" in _text(
        world, meeting_id, tmp_path)
    data = replace(world.meetings.get(meeting_id).data(), decision_rule="consensus")
    world.meetings.update(meeting_id, data)
    assert "Usnášeníschopnost" not in _text(world, meeting_id, tmp_path)


def test_a_reprint_after_a_correction_says_when_who_and_why(world, meeting, tmp_path):
    meeting_id, item_id = meeting
    world.meetings.set_status(meeting_id, "held", on=dt.date(2025, 6, 13))
    world.meetings.set_status(meeting_id, "minutes_approved", on=dt.date(2025, 6, 20))
    world.meetings.corrections.correct(
        meeting_id, MeetingChanges(agenda=AgendaChanges(
            minutes={item_id: "<p>Návrh pravidel byl představen a připomínkován.</p>"})),
        reason="Doplněny připomínky členů", by="Mgr. Tereza Novotná",
        at=dt.datetime(2025, 7, 2, 9, 0, tzinfo=dt.UTC))
    text = _text(world, meeting_id, tmp_path)
    assert "připomínkován" in text
    assert "Zápis schválen 20. 6. 2025" in text
    assert ("Opraveno dne 2. 7. 2025 (Mgr. Tereza Novotná): Doplněny připomínky členů"
            in text)


def test_the_review_item_lists_the_reviewed_tasks_with_their_new_state(world, tmp_path):
    may = world.body_meeting(dt.date(2025, 5, 12), title="PS Bydlení – květen")
    actions = world.meetings.actions
    first = actions.add(may, ActionItemData("Dodat přehled dluhů na nájemném",
                                            world.actors["sas"], dt.date(2025, 6, 1)))
    second = actions.add(may, ActionItemData("Připravit návrh pravidel",
                                             world.actors["radni"], dt.date(2025, 6, 10)))
    june = world.body_meeting(dt.date(2025, 6, 13))
    assert world.meetings.detail(june).agenda.items[0].title == "Kontrola úkolů"
    assert "Bez záznamu" in _text(world, june, tmp_path)
    world.meetings.reviews.review(june, first.id, "done", comment="Přehled předán radě")
    world.meetings.reviews.review(june, second.id, "postponed",
                                  new_due_date=dt.date(2025, 9, 30))
    text = _text(world, june, tmp_path)
    assert "Bez záznamu" not in text
    start = text.index("1. Kontrola úkolů")
    assert text.index("Nový stav") > start
    assert "Řehoř Čermák 12. 5. 2025 splněno; Přehled předán radě" in text
    assert "Mgr. Jana Šimková 12. 5. 2025 odloženo do 30. 9. 2025" in text
    assert text.index("Připravit návrh pravidel") < text.index("Zapsal/a")
