"""Process mapping from the command line on a real demo store: the generic lists and stats of
the new kinds, the recommendation's status, erasure, the process-map report and the closing
report's section read back from the PDF with their Czech diacritics."""

from __future__ import annotations

import json

import pytest
from pdf_tools import pdf_text

from obecdesk.cli import main
from obecdesk.core.localities import LocalityService
from obecdesk.core.process_mapping.overview import process_map
from obecdesk.reports.cooperation_sections import SECTIONS, section_builders
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.process_map_section import process_mapping_section
from obecdesk.store import open_store

ACUTE = "Lipová nad Ohří"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(demo_dir) -> str:
    return str(demo_dir)


def listed(capsys, data, kind):
    code, out, _ = run(capsys, "--data-dir", data, "list", kind, "--json")
    assert code == 0
    return json.loads(out)


def test_the_demo_lists_and_counts_critical_points_and_recommendations(capsys, data):
    points = listed(capsys, data, "critical-points")
    assert len(points) == 4
    assert {p["severity"] for p in points} == {"high", "medium"}
    assert "Kontroly nočního klidu jen u ubytovny" in {p["title"] for p in points}
    recs = listed(capsys, data, "recommendations")
    assert {r["status"] for r in recs} == {"proposed", "negotiated", "in_progress", "implemented"}
    assert all(r["critical_point_ids"] for r in recs)
    interviews = listed(capsys, data, "process-interviews")
    assert len(interviews) == 4 and all(i["respondent_name"] == "" for i in interviews)
    code, out, _ = run(capsys, "--data-dir", data, "stats", "--json")
    stats = json.loads(out)
    assert stats["critical-points"] == 4 and stats["recommendations"] == 4
    assert stats["process-agendas"] == 2 and stats["recommendation-follow-ups"] == 4


def test_status_follow_up_and_erasure_from_the_command_line(capsys, data):
    rec = next(r for r in listed(capsys, data, "recommendations") if r["status"] == "proposed")
    code, out, _ = run(capsys, "--data-dir", data, "process", "status", rec["id"][:8],
                       "V realizaci")  # the Czech label works as well as the code
    assert code == 0 and "v realizaci" in out
    assert run(capsys, "--data-dir", data, "process", "follow-up", rec["id"], "--date",
               "2026-11-20", "--note", "Evidence stížností založena.")[0] == 0
    recs = {r["id"]: r for r in listed(capsys, data, "recommendations")}
    assert recs[rec["id"]]["status"] == "in_progress"
    notes = [f["note"] for f in listed(capsys, data, "recommendation-follow-ups")]
    assert "Evidence stížností založena." in notes
    code, _, err = run(capsys, "--data-dir", data, "process", "status", rec["id"], "hotovo")
    assert code == 2 and "Neznámý stav doporučení: hotovo" in err
    assert {r["id"]: r for r in listed(capsys, data, "recommendations")}[rec["id"]][
        "status"] == "in_progress"
    interview = listed(capsys, data, "process-interviews")[0]
    code, _, err = run(capsys, "--data-dir", data, "process", "erase-respondent",
                       interview["id"])
    assert code == 2 and "anonymní" in err


def test_the_process_map_report_prints_every_part_in_czech(capsys, data, tmp_path):
    out = tmp_path / "procesy.pdf"
    code, printed, _ = run(capsys, "--data-dir", data, "report", "process-map", "--locality",
                           ACUTE, "--out", str(out))
    assert code == 0 and str(out) in printed
    text = " ".join(pdf_text(out).split())
    for expected in ("Mapování procesů: kritická místa a doporučení", "Přidělování obecních bytů",
                     "Formální praxe (co říkají pravidla)",
                     "Neformální praxe (co se skutečně děje)",
                     "Trvalý pobyt na ohlašovně (adresa úřadu) se nepočítá",
                     "respondentka 2, uchazečka o byt z ubytovny",
                     "Podmínka trvalého pobytu vylučuje lidi hlášené na úřadě",
                     "Doporučení a jejich stav", "dohodnuto s obcí", "zavedeno",
                     "Předání třetí straně", "Most k domovu, z. s."):
        assert expected in text, expected


def test_a_locality_without_mapping_gets_a_sentence_not_an_error(capsys, data, tmp_path):
    out = tmp_path / "prazdne.pdf"
    code, _, _ = run(capsys, "--data-dir", data, "report", "process-map", "--locality",
                     "Dolní Bránice", "--out", str(out))
    assert code == 0
    assert "V lokalitě Dolní Bránice zatím nikdo procesy nemapoval" in " ".join(
        pdf_text(out).split())


def test_the_closing_report_section_summarises_the_mapping(data, tmp_path):
    assert (40, "obecdesk.reports.process_map_section:process_mapping_section") in SECTIONS
    assert process_mapping_section in section_builders()
    store = open_store(data_dir=data)
    try:
        ids = {loc.name: loc.id for loc in LocalityService(store).list()}
        doc = ReportDocument(title="Závěrečná zpráva", municipality=ACUTE)
        assert process_mapping_section(doc, store, ids["Dolní Bránice"]) == []
        story = process_mapping_section(doc, store, ids[ACUTE])
        assert len(process_map(store, ids[ACUTE]).points) == 4
    finally:
        store.dispose()
    path = doc.write(tmp_path / "zaver.pdf", story)
    text = " ".join(pdf_text(path).split())
    for expected in ("Mapování procesů a doporučení", "Vyřizování stížností na rušení nočního",
                     "4 (vysoká 3, střední 1, nízká 0)", "v realizaci",
                     "Bytová komise mění pořadí bez zapsaného důvodu"):
        assert expected in text, expected
