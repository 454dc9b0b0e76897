"""Meeting printouts: Czech text survives into the PDF, long attendance sheets repeat the header."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world
from pdf_tools import pdf_fonts, pdf_pages
from pdf_tools import pdf_text as plain_pdf_text

from obecdesk.core import output_files
from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.errors import UserError
from obecdesk.reports import fonts
from obecdesk.reports.agenda import write_agenda
from obecdesk.reports.attendance_sheet import write_attendance_sheet
from obecdesk.reports.minutes import write_minutes
from obecdesk.store.models import Actor, Membership


def pdf_text(path) -> str:
    return plain_pdf_text(path, layout=True)


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def held_meeting(world):
    earlier = world.body_meeting(dt.date(2025, 5, 12))
    world.meetings.actions.add(earlier, ActionItemData(
        "Dodat přehled dluhů na nájemném", world.actors["sas"], dt.date(2025, 6, 1)))
    meeting = world.body_meeting(dt.date(2025, 6, 13))
    agenda = world.meetings.agenda
    tree = agenda.add_item(meeting, AgendaItemData(
        "Strom problémů: ztráta bydlení", "Mgr. Tereza Novotná", 45, "stromování",
        "Příčiny a důsledky"))
    agenda.set_minutes(tree.id, "<p>Skupina určila <b>příčiny</b>:</p><ul><li>dluhy</li>"
                                "<li>nejistá nájemní smlouva</li></ul>")
    world.meetings.attendance.record(meeting, present=[world.actors["radni"]],
                                     excused=[world.actors["ospod"]])
    world.meetings.attendance.add_guest(meeting, "Ing. Ilona Straková", "Krajský úřad")
    world.meetings.decisions.add(meeting, DecisionData(
        "PS Bydlení doporučuje radě města zpracovat pravidla přidělování bytů.",
        votes_for=7, votes_against=1, votes_abstained=0, agenda_item_id=tree.id))
    world.meetings.actions.add(meeting, ActionItemData(
        "Připravit návrh pravidel", world.actors["radni"], dt.date(2025, 6, 30)))
    return meeting


def test_agenda_shows_times_methods_and_the_tasks_to_review(world, held_meeting, tmp_path):
    path = write_agenda(world.meetings.detail(held_meeting, today=dt.date(2025, 6, 10)),
                        tmp_path / "program.pdf")
    text = pdf_text(path)
    for expected in ("Program jednání", "Horní Lhota", "PS Bydlení", "9:10–9:55",
                     "Strom problémů", "stromování", "Příčiny a důsledky",
                     "Kontrola úkolů z minulých jednání", "Dodat přehled dluhů",
                     "Řehoř Čermák", "po termínu", "strana 1 z 1"):
        assert expected in text, expected


def test_minutes_show_attendance_item_minutes_decisions_and_tasks(world, held_meeting,
                                                                  tmp_path):
    data = world.meetings.get(held_meeting).data()
    data.notes = "Příští jednání proběhne v komunitním centru."
    world.meetings.update(held_meeting, data)
    text = pdf_text(write_minutes(world.meetings.detail(held_meeting), tmp_path / "zapis.pdf"))
    assert "Příští jednání proběhne v komunitním centru." in text
    for expected in ("Zápis z jednání", "Přítomni", "Mgr. Jana Šimková", "Omluveni",
                     "Bc. Kateřina Žáková", "Ing. Ilona Straková (Krajský úřad)",
                     "Skupina určila příčiny:", "• dluhy", "PS-B 2025/01",
                     "pro 7, proti 1, zdrželi se 0", "Připravit návrh pravidel", "30. 6. 2025",
                     "otevřený"):
        assert expected in text, expected


def test_a_60_invitee_attendance_sheet_continues_with_the_header_repeated(world, tmp_path):
    with world.store.unit_of_work() as session:
        for number in range(60):
            actor = Actor(locality_id=world.locality_id, name=f"Účastník Žluťoučký {number:02d}",
                          organisation_name="Spolek Šance pro Výšinu")
            session.add(actor)
            session.flush()
            session.add(Membership(body_id=world.body_id, actor_id=actor.id))
    meeting = world.body_meeting()
    detail = world.meetings.detail(meeting)
    assert len(detail.invitees) == 63  # the three current members of the world + 60
    path = write_attendance_sheet(detail, tmp_path / "prezencni.pdf")
    text = pdf_text(path)
    # 63 invitees and 5 empty guest rows at 9 mm: 21 rows on the first page, 27 on the others
    assert pdf_pages(path) == 3
    assert text.count("Jméno a příjmení") == 3 and text.count("Podpis") == 3
    assert "Účastník Žluťoučký 59" in text and "68." in text and "69." not in text
    assert "strana 3 z 3" in text


def test_a_public_meeting_sheet_is_all_empty_rows(world, tmp_path):
    from obecdesk.core.meetings.meeting_types import MeetingData

    meeting = world.meetings.create(world.locality_id, MeetingData(
        title="Veřejné setkání na Výšině", date=dt.date(2025, 9, 4), kind="public"))
    text = pdf_text(write_attendance_sheet(world.meetings.detail(meeting.id),
                                           tmp_path / "verejne.pdf"))
    assert "veřejné setkání" in text and "20." in text and "strana 1 z 1" in text


def test_an_unwritable_target_is_a_czech_error(world, held_meeting, tmp_path):
    detail = world.meetings.detail(held_meeting)
    with pytest.raises(UserError, match="neexistuje; PDF nelze uložit"):
        write_agenda(detail, tmp_path / "missing" / "program.pdf")
    with pytest.raises(UserError, match="je složka"):
        write_agenda(detail, tmp_path)


def test_a_missing_font_file_is_a_czech_error(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(UserError, match="Chybí soubor písma DejaVuSans.ttf"):
        fonts.font_file("DejaVuSans.ttf")


def test_the_fonts_ship_with_the_project_and_are_embedded(world, held_meeting, tmp_path):
    assert fonts.font_file("DejaVuSans-Bold.ttf").parent.name == "fonts"
    assert (fonts.font_file("DejaVuSans.ttf").parent / "LICENSE-DejaVu.txt").is_file()
    path = write_minutes(world.meetings.detail(held_meeting), tmp_path / "zapis.pdf")
    listing = pdf_fonts(path)
    fonts_used = listing.splitlines()[2:]  # below pdffonts' two header lines
    assert len(fonts_used) == 2 and all("DejaVuSans" in line for line in fonts_used)
    assert all(" yes " in line for line in fonts_used)  # embedded; no Helvetica fallback


def test_a_bare_public_meeting_prints_blanks_to_fill_in_by_hand(world, tmp_path):
    from obecdesk.core.meetings.meeting_types import MeetingData

    meeting = world.meetings.create(world.locality_id, MeetingData(
        title="Kulatý stůl", date=dt.date(2025, 9, 4), kind="round_table"))
    detail = world.meetings.detail(meeting.id)
    text = pdf_text(write_minutes(detail, tmp_path / "zapis.pdf"))
    assert "Účast nebyla zapsána." in text and "Jednání nemělo program." in text
    assert "Zapsal/a" in text and "……" in text
    assert "Program zatím nemá žádné body." in pdf_text(write_agenda(detail, tmp_path / "p.pdf"))


def test_attendance_is_ordered_by_surname_without_academic_titles(world, tmp_path):
    from obecdesk.core.collation import person_key

    names = ["Ing. arch. Petr Zelený", "Mgr. Jana Šimková", "Bc. Kateřina Žáková",
             "Řehoř Čermák", "MUDr. Jan Adámek, Ph.D.", "npor. Bc. Ota Beneš, DiS.",
             "P. Josef Novák"]
    assert sorted(names, key=person_key) == [
        "MUDr. Jan Adámek, Ph.D.", "npor. Bc. Ota Beneš, DiS.", "Řehoř Čermák", "P. Josef Novák",
        "Mgr. Jana Šimková", "Ing. arch. Petr Zelený", "Bc. Kateřina Žáková"]  # Ž after Z

    meeting = world.body_meeting()
    detail = world.meetings.detail(meeting)
    assert [a.name for a in detail.invitees] == [
        "Řehoř Čermák", "Mgr. Jana Šimková", "Bc. Kateřina Žáková"]
    sheet = pdf_text(write_attendance_sheet(detail, tmp_path / "prezencni.pdf"))
    sheet = sheet[sheet.index("Podpis"):]  # the table, not the facilitator in the header
    assert sheet.index("Čermák") < sheet.index("Šimková") < sheet.index("Žáková")
    world.meetings.attendance.record(meeting, present=list(world.actors.values())[:3])
    minutes = pdf_text(write_minutes(world.meetings.detail(meeting), tmp_path / "zapis.pdf"))
    minutes = minutes[minutes.index("Přítomni"):]
    assert minutes.index("Čermák") < minutes.index("Šimková") < minutes.index("Žáková")


def test_numbered_and_nested_lists_print_numbered_and_indented(world, held_meeting, tmp_path):
    detail = world.meetings.detail(held_meeting)
    item = detail.agenda.items[0]
    world.meetings.agenda.set_minutes(item.id, (
        "<ol><li>Příčiny<ul><li>dluhy na nájemném</li></ul></li><li>Důsledky</li></ol>"))
    text = pdf_text(write_minutes(world.meetings.detail(held_meeting), tmp_path / "zapis.pdf"))
    lines = {line.strip(): len(line) - len(line.lstrip()) for line in text.splitlines()}
    assert "1. Příčiny" in lines and "2. Důsledky" in lines
    assert lines["– dluhy na nájemném"] > lines["1. Příčiny"]  # nested one step further in


@pytest.mark.parametrize("head_count, pages", [(None, 1), (12, 1), (40, 2), (90, 4)])
def test_a_public_meeting_sheet_fills_its_pages_with_at_least_the_head_count(
        world, tmp_path, head_count, pages):
    from obecdesk.core.meetings.meeting_types import MeetingData
    from obecdesk.reports.attendance_sheet import guest_rows_for

    meeting = world.meetings.create(world.locality_id, MeetingData(
        title="Veřejné setkání na Výšině", date=dt.date(2025, 9, 4), kind="public",
        head_count=head_count))
    detail = world.meetings.detail(meeting.id)
    rows = guest_rows_for(detail)
    assert rows >= (head_count or 0)
    path = write_attendance_sheet(detail, tmp_path / "verejne.pdf")
    assert pdf_pages(path) == pages
    assert f"{rows}." in pdf_text(path)
    # the last page is full: two more rows would not fit on it
    fuller = write_attendance_sheet(detail, tmp_path / "vic.pdf", empty_rows=rows + 2)
    assert pdf_pages(fuller) == pages + 1


def test_a_corrupt_font_file_is_a_czech_error(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "Poškozené.ttf").write_bytes(b"<html>404 Not Found</html>")
    monkeypatch.setattr(fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setattr(fonts, "FONT_FILES", {"ObecdeskBroken": "Poškozené.ttf"})
    with pytest.raises(UserError, match="Soubor písma Poškozené.ttf je poškozený"):
        fonts.register_fonts()


def test_a_failed_write_leaves_the_old_pdf_and_no_temp_file(world, held_meeting, tmp_path,
                                                            monkeypatch):
    folder = tmp_path / "tisk"
    folder.mkdir()
    target = folder / "program.pdf"
    target.write_bytes(b"%PDF old")
    detail = world.meetings.detail(held_meeting)

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_files.os, "replace", disk_full)
    with pytest.raises(UserError, match="PDF nelze uložit"):
        write_agenda(detail, target)
    assert target.read_bytes() == b"%PDF old"
    assert [p.name for p in folder.iterdir()] == ["program.pdf"]
    monkeypatch.undo()
    write_agenda(detail, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in folder.iterdir()] == ["program.pdf"]


def test_one_registry_of_printouts_serves_the_cli_and_the_editor(world, held_meeting, tmp_path):
    from obecdesk.commands import meetings as cli_meetings
    from obecdesk.reports.printouts import PRINTOUTS

    assert list(PRINTOUTS) == ["agenda", "attendance", "minutes"]
    assert cli_meetings.PRINTOUTS is PRINTOUTS
    detail = world.meetings.detail(held_meeting)
    for kind, printout in PRINTOUTS.items():
        path = printout.write(detail, tmp_path / f"{printout.file_stem}.pdf")
        assert printout.title in pdf_text(path), kind


def test_how_a_decision_was_taken_reads_the_same_everywhere(world, held_meeting, tmp_path):
    (decision,) = world.meetings.detail(held_meeting).decisions
    assert decision.how_decided_text == "prostá většina; pro 7, proti 1, zdrželi se 0"
    text = pdf_text(write_minutes(world.meetings.detail(held_meeting), tmp_path / "zapis.pdf"))
    flat = " ".join(text.split())  # the list's narrow column wraps the text
    assert "(prostá většina; pro 7, proti 1, zdrželi se 0)" in flat  # under its agenda item
    assert text.count("zdrželi se 0") == 2  # and in the list of decisions
