"""Full-text search over minutes and decisions: diacritics-insensitive, kept current; the same
Czech queries find the same minutes on SQLite (FTS5) and on PostgreSQL (HQ's server)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.minutes_search import MinutesSearch, fts_query
from obecdesk.errors import UserError, ValidationError
from obecdesk.store.minutes_index import match_minutes


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def minutes(world):
    meeting = world.body_meeting(dt.date(2025, 6, 13))
    item = world.meetings.agenda.add_item(meeting, AgendaItemData("Pravidla přidělování bytů"))
    world.meetings.agenda.set_minutes(
        item.id, "<p>Zápis ověří <b>Řehoř Čermák</b>; dluhy na nájemném klesly.</p>")
    decision = world.meetings.decisions.add(meeting, DecisionData(
        "PS Bydlení doporučuje radě města schválit nová pravidla.", agenda_item_id=item.id))
    return SimpleNamespace(meeting=meeting, item=item, decision=decision)


@pytest.mark.backends
def test_zapis_finds_zapis_with_a_snippet(world, minutes):
    hits = MinutesSearch(world.store).search("zapis")
    assert len(hits) == 1
    hit = hits[0]
    assert hit.kind == "agenda_item" and hit.ref_id == minutes.item.id
    assert hit.title == "Pravidla přidělování bytů"
    assert "[Zápis]" in hit.snippet and "<b>" not in hit.snippet
    assert hit.meeting_title == "PS Bydlení – červen" and hit.locality_name == "Horní Lhota"
    assert hit.meeting_date == dt.date(2025, 6, 13)


@pytest.mark.backends
def test_decisions_are_found_by_words_and_by_code(world, minutes):
    kinds = {h.kind for h in MinutesSearch(world.store).search("doporucuje")}
    assert kinds == {"decision"}
    by_code = MinutesSearch(world.store).search("PS-B 2025")
    assert [h.ref_id for h in by_code] == [minutes.decision.id]
    assert by_code[0].title == "PS-B 2025/01"


@pytest.mark.backends
def test_changes_and_deletions_reach_the_index(world, minutes):
    search = MinutesSearch(world.store)
    world.meetings.agenda.set_minutes(minutes.item.id, "<p>Dohoda o harmonogramu.</p>")
    assert search.search("cermak") == []
    assert [h.ref_id for h in search.search("harmonogram")] == [minutes.item.id]
    world.meetings.decisions.remove(minutes.decision.id)
    assert search.search("doporucuje") == []
    world.meetings.delete(minutes.meeting)
    assert search.search("harmonogram") == []


@pytest.mark.backends
def test_typed_syntax_is_taken_literally_and_empty_input_is_refused(world, minutes):
    assert fts_query('zápis "OR" -x') == (
        '({title body} : "zápis"* OR lemmas : "za225pis") AND ({title body} : "OR"* OR lemmas : "or")'
        ' AND ({title body} : "x"* OR lemmas : "x")')
    assert MinutesSearch(world.store).search('"zapis" AND (') == []
    with pytest.raises(ValidationError, match="alespoň jedno slovo"):
        MinutesSearch(world.store).search(" - ")


def test_search_says_clearly_when_the_engine_has_no_index():
    """An engine with neither FTS5 nor PostgreSQL's full-text search: a Czech sentence instead
    of an SQL error."""
    other = SimpleNamespace(engine=SimpleNamespace(dialect=SimpleNamespace(name="mysql")))
    search = MinutesSearch(other)
    assert not search.available
    with pytest.raises(UserError, match="jen v databázi SQLite nebo PostgreSQL"):
        search.search("zapis")


def test_the_index_query_keeps_to_a_locality_and_a_limit(world, minutes):
    other = world.meetings.create(world.other_locality_id, MeetingData(
        title="Veřejné setkání", date=dt.date(2025, 7, 1), kind="public"))
    item = world.meetings.agenda.add_item(other.id, AgendaItemData("Bydlení"))
    world.meetings.agenda.set_minutes(item.id, "<p>Zápis z jiné lokality.</p>")
    match = fts_query("zapis")
    with world.store.reading() as session:
        everywhere = match_minutes(session, match, locality_id=None, limit=10,
                                   mark_start="<", mark_end=">")
        here = match_minutes(session, match, locality_id=world.locality_id, limit=10,
                             mark_start="<", mark_end=">")
        one = match_minutes(session, match, locality_id=None, limit=1,
                            mark_start="<", mark_end=">")
    assert {m.ref_id for m in everywhere} == {minutes.item.id, item.id}
    assert [m.ref_id for m in here] == [minutes.item.id]
    assert len(one) == 1
    assert "<Zápis>" in here[0].body_snippet and here[0].meeting_date == dt.date(2025, 6, 13)


@pytest.mark.backends
def test_word_forms_find_each_other(world, minutes):
    """"byty" finds "bytů", "pravidla" finds "pravidel"; diacritics still do not matter."""
    search = MinutesSearch(world.store)
    item = world.meetings.agenda.add_item(minutes.meeting, AgendaItemData("Různé"))
    world.meetings.agenda.set_minutes(
        item.id, "<p>Správa bytového fondu představila návrh pravidel pro obecní byty.</p>")
    found = {h.ref_id: h for h in search.search("bytu")}
    assert set(found) == {minutes.item.id, item.id}  # "bytů" in a title, "byty" in minutes
    hit = search.search("pravidla navrh")
    assert [h.ref_id for h in hit] == [item.id]
    assert "[pravidel]" in hit[0].snippet and "[návrh]" in hit[0].snippet
    assert {h.ref_id for h in search.search("dluh")} == {minutes.item.id}  # "dluhy"
    assert {h.kind for h in search.search("pravidlo")} == {"agenda_item", "decision"}
    assert search.search("pravidlem bytem") and not search.search("kocka")
    # "byt" (a flat) is not "být" (to be), though the index ignores diacritics otherwise
    world.meetings.agenda.set_minutes(item.id, "<p>Jednání budou jednou měsíčně.</p>")
    assert {h.ref_id for h in search.search("byty")} == {minutes.item.id}


def test_a_snippet_marks_every_form_of_the_typed_words():
    from obecdesk.core.meetings.minutes_search import marked_snippet

    text = ("Úvodem starosta shrnul, že obec má 40 bytů a že pravidla přidělování bytů "
            "platí od roku 2019, kdy je schválila rada města.")
    snippet = marked_snippet(text, "byty", width=8)
    assert snippet.startswith("…") and "[bytů]" in snippet and "pravidla" in snippet
    assert marked_snippet("Nic takového.", "byty") == ""


@pytest.mark.backends
def test_a_search_keeps_to_a_locality_and_a_limit(world, minutes):
    other = world.meetings.create(world.other_locality_id, MeetingData(
        title="Veřejné setkání", date=dt.date(2025, 7, 1), kind="public"))
    item = world.meetings.agenda.add_item(other.id, AgendaItemData("Bydlení"))
    world.meetings.agenda.set_minutes(item.id, "<p>Zápis z jiné lokality.</p>")
    search = MinutesSearch(world.store)
    assert {h.ref_id for h in search.search("zapis")} == {minutes.item.id, item.id}
    here = search.search("zapis", locality_id=world.locality_id)
    assert [h.ref_id for h in here] == [minutes.item.id]
    assert len(search.search("zapis", limit=1)) == 1
