"""The method catalog from the command line and on paper: list, suggest, the method card and the
facilitator kit of a demo meeting whose agenda uses World café."""

from __future__ import annotations

import json

import pytest
from pdf_tools import pdf_pages, pdf_text

from obecdesk.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(demo_dir):
    return str(demo_dir)


def test_list_methods_json(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "list", "methods", "--json")
    rows = json.loads(out)
    assert code == 0 and len([r for r in rows if r["kind"] == "method"]) >= 30
    cafe = next(r for r in rows if r["id"] == "world-cafe")
    assert cafe["name"] == "World café" and cafe["participation"] == "involve"
    assert cafe["group_min"] == 12 and "views" in cafe["purposes"]


def test_suggest_json_ranks_explains_and_excludes(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "methods", "suggest", "--purpose",
                       "decide", "--participants", "25", "--minutes", "60", "--conflict",
                       "tension", "--json")
    data = json.loads(out)
    assert code == 0 and [r["id"] for r in data["ranked"][:2]] == ["opera", "round-table"]
    assert all(r["why"] for r in data["ranked"])
    planning = next(r for r in data["ranked"] if r["id"] == "planning-meeting")
    assert "potřebuje 90 min, máte 60" in planning["fails"]
    assert {"id": "citizens-panel", "name": "Občanský panel",
            "reason": "potřebuje aspoň 240 min, máte 60"} in data["excluded"]


def test_suggest_text_output_and_a_bad_number(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "methods", "suggest", "--purpose",
                       "ideas", "--participants", "40", "--minutes", "15")
    assert code == 0 and out.startswith("1. 1-2-4-všichni")
    assert "World café: potřebuje aspoň 60 min, máte 15" in out
    code, _, err = run(capsys, "--data-dir", data_dir, "methods", "suggest", "--purpose",
                       "ideas", "--participants", "0", "--minutes", "15")
    assert code == 2 and "alespoň 1" in err


def test_search_and_show(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "methods", "search", "konfliktu", "--json")
    assert code == 0 and "mediation" in [m["id"] for m in json.loads(out)]
    code, out, _ = run(capsys, "--data-dir", data_dir, "methods", "show", "opera")
    assert code == 0 and "1. (5 min)" in out
    code, _, err = run(capsys, "--data-dir", data_dir, "methods", "show", "nope")
    assert code == 2 and "v katalogu není" in err


def test_method_card_pdf_keeps_czech(capsys, data_dir, tmp_path):
    out = tmp_path / "karta.pdf"
    code, _, _ = run(capsys, "--data-dir", data_dir, "report", "method-card", "--method",
                     "problem-tree", "--out", str(out))
    text = pdf_text(out)
    assert code == 0 and pdf_pages(out) == 1
    for words in ("Strom problémů (stromování)", "Úroveň participace", "zapojit (IAP2)",
                  "Na co si dát pozor", "Kořeny: každý píše příčiny", "Pomůcky"):
        assert words in text, words
    code, _, err = run(capsys, "--data-dir", data_dir, "report", "method-card", "--out",
                       str(out))
    assert code == 2 and "--method" in err


def test_facilitator_kit_of_the_demo_meeting(capsys, data_dir, tmp_path):
    _, out, _ = run(capsys, "--data-dir", data_dir, "list", "meetings", "--json")
    meeting = next(m for m in json.loads(out) if m["title"] == "PS Bydlení – revize opatření")
    kit = tmp_path / "kit.pdf"
    code, _, _ = run(capsys, "--data-dir", data_dir, "report", "facilitator-kit", "--meeting",
                     meeting["id"], "--out", str(kit))
    text = pdf_text(kit)
    assert code == 0 and pdf_pages(kit) >= 3
    for words in ("Podklady pro facilitátora", "Program pro facilitátora",
                  "Co s sebou (kontrolní seznam)", "papírové ubrusy",
                  "Prezenční listina", "Svým podpisem potvrzuji účast"):
        assert words in text, words
    # the World café block is timed from the item's start, 9:40, fitted to its 60 minutes
    assert "9:40 · Úvod" in text and "9:48 · První kolo" in text


def test_rate_from_the_command_line_shows_in_the_suggestion(capsys, data_dir):
    _, out, _ = run(capsys, "--data-dir", data_dir, "list", "agenda_items", "--json")
    item = next(i for i in json.loads(out) if i["method_id"] == "world-cafe"
                and i["title"] == "Návrhy úprav opatření")
    assert run(capsys, "--data-dir", data_dir, "methods", "rate", "--item", item["id"],
               "--score", "3", "--note", "málo času")[0] == 0
    code, _, err = run(capsys, "--data-dir", data_dir, "methods", "rate", "--item", item["id"],
                       "--score", "9")
    assert code == 2 and "1 až 5" in err
    code, out, _ = run(capsys, "--data-dir", data_dir, "methods", "suggest", "--purpose",
                       "views", "--participants", "30", "--minutes", "90", "--locality",
                       "Dolní Bránice", "--json")
    cafe = next(r for r in json.loads(out)["ranked"] if r["id"] == "world-cafe")
    assert "v této lokalitě použita 2×, průměrné hodnocení 4" in cafe["why"]
