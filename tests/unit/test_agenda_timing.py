"""Agenda: running clock times from the start, the overrun warning, reordering as drag and drop."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world

from obecdesk.core.meetings.agenda_timing import AgendaItemData, AgendaItemInfo, schedule
from obecdesk.errors import ValidationError


def _item(title: str, minutes: int) -> AgendaItemInfo:
    return AgendaItemInfo(id=title, meeting_id="m", position=0, title=title, presenter="",
                          planned_minutes=minutes, method="", expected_output="",
                          minutes_html="")


def test_clock_times_run_from_the_start_time():
    timing = schedule([_item("Zahájení", 10), _item("Stromování", 45), _item("Závěr", 15)],
                      dt.time(9, 30), dt.time(11, 0))
    assert [(i.starts_at, i.ends_at) for i in timing.items] == [
        (dt.time(9, 30), dt.time(9, 40)), (dt.time(9, 40), dt.time(10, 25)),
        (dt.time(10, 25), dt.time(10, 40))]
    assert timing.planned_minutes == 70 and timing.slot_minutes == 90
    assert timing.overrun_minutes == 0 and timing.warning == ""


def test_an_agenda_longer_than_the_slot_warns_in_czech():
    timing = schedule([_item("World café", 90), _item("Závěr", 20)], dt.time(14, 0),
                      dt.time(15, 30))
    assert timing.overrun_minutes == 20
    assert timing.warning == ("Program trvá 110 min, ale na jednání je vyhrazeno 90 min – "
                              "přesahuje o 20 min.")


def test_without_a_start_time_there_are_no_clock_times_and_no_warning():
    timing = schedule([_item("Bod", 30)], None, None)
    assert timing.items[0].starts_at is None and timing.warning == ""


@pytest.fixture
def world(store):
    return build_world(store)


def test_items_are_added_moved_and_removed_with_times_following(world):
    meeting_id = world.body_meeting()  # 9:00–11:00
    agenda = world.meetings.agenda
    a = agenda.add_item(meeting_id, AgendaItemData("Kontrola úkolů", planned_minutes=10))
    b = agenda.add_item(meeting_id, AgendaItemData(
        "Data o bytovém fondu", "Jaroslav Král", 30, "prezentace", "Sdílená data"))
    c = agenda.add_item(meeting_id, AgendaItemData("Strom problémů", planned_minutes=45,
                                                   method="stromování"))
    moved = agenda.move_item(c.id, 0)  # dragged to the top
    assert [(i.title, i.starts_at) for i in moved] == [
        ("Strom problémů", dt.time(9, 0)), ("Kontrola úkolů", dt.time(9, 45)),
        ("Data o bytovém fondu", dt.time(9, 55))]
    agenda.move_item(c.id, 99)  # past the end means last
    assert [i.title for i in agenda.items(meeting_id)] == [
        "Kontrola úkolů", "Data o bytovém fondu", "Strom problémů"]
    agenda.remove_item(b.id)
    items = agenda.items(meeting_id)
    assert [(i.title, i.position, i.starts_at) for i in items] == [
        ("Kontrola úkolů", 0, dt.time(9, 0)), ("Strom problémů", 1, dt.time(9, 10))]
    inserted = agenda.add_item(meeting_id, AgendaItemData("Přestávka", planned_minutes=80),
                               position=1)
    assert [i.id for i in agenda.items(meeting_id)] == [a.id, inserted.id, c.id]
    assert "přesahuje o 15 min" in agenda.timing(meeting_id).warning


def test_editing_an_item_and_its_minutes(world):
    meeting_id = world.body_meeting()
    item = world.meetings.agenda.add_item(meeting_id, AgendaItemData("Různé"))
    data = item.data()
    data.planned_minutes = 25
    assert world.meetings.agenda.update_item(item.id, data).planned_minutes == 25
    world.meetings.agenda.set_minutes(item.id, "<p>Zápis: <b>shoda</b> na termínu.</p>")
    assert "<b>shoda</b>" in world.meetings.agenda.items(meeting_id)[0].minutes_html


@pytest.mark.parametrize("data, message", [
    (AgendaItemData(" "), "musí mít název"),
    (AgendaItemData("Bod", planned_minutes=-5), "nemůže být záporná"),
])
def test_bad_items_are_refused(world, data, message):
    meeting_id = world.body_meeting()
    with pytest.raises(ValidationError, match=message):
        world.meetings.agenda.add_item(meeting_id, data)
    assert world.meetings.agenda.items(meeting_id) == []
