"""The meetings CLI: ``report``, ``invitation``, ``tasks``, ``search-minutes`` on the demo."""

from __future__ import annotations

import json

import pytest
from pdf_tools import pdf_text

from obecdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(demo_dir, capsys):
    data = str(demo_dir)
    meetings = json.loads(run(capsys, "--data-dir", data, "list", "meetings", "--json")[1])
    return data, {m["title"]: m["id"] for m in meetings}


@pytest.mark.parametrize("kind, expected", [
    ("agenda", "Program jednání"), ("attendance", "Prezenční listina"),
    ("minutes", "Zápis z jednání"),
])
def test_report_writes_each_pdf(demo, tmp_path, capsys, kind, expected):
    data, ids = demo
    out_file = tmp_path / f"{kind}.pdf"
    code, out, err = run(capsys, "--data-dir", data, "report", kind, "--meeting",
                         ids["PS Bydlení – analýza bytového fondu"], "--out", str(out_file))
    assert code == 0 and err == "" and str(out_file) in out
    text = pdf_text(out_file)
    assert expected in text and "Dolní Bránice" in text and "Jaroslav Král" in text


def test_report_errors_are_one_czech_line(demo, tmp_path, capsys):
    data, ids = demo
    code, _, err = run(capsys, "--data-dir", data, "report", "agenda", "--meeting", "nope",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and err.strip() == "obecdesk: Jednání s id nope neexistuje."
    meeting = next(iter(ids.values()))
    code, _, err = run(capsys, "--data-dir", data, "report", "minutes", "--meeting", meeting,
                       "--out", str(tmp_path / "missing" / "x.pdf"))
    assert code == 2 and "PDF nelze uložit" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "missing").exists()


def test_invitation_writes_both_files(demo, tmp_path, capsys):
    data, ids = demo
    meeting = ids["PS Bydlení – revize opatření"]
    code, out, _ = run(capsys, "--data-dir", data, "invitation", "--meeting", meeting,
                       "--eml", str(tmp_path / "p.eml"), "--ics", str(tmp_path / "p.ics"),
                       "--from-name", "Mgr. Tereza Novotná", "--from-email", "novotna@szpz.cz")
    assert code == 0 and (tmp_path / "p.eml").stat().st_size > 1000
    assert (tmp_path / "p.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "Příjemci s e-mailem" in out
    code, _, err = run(capsys, "--data-dir", data, "invitation", "--meeting", meeting)
    assert code == 2 and "Zadejte, kam uložit" in err


def test_invitation_mark_sent_sets_the_date_otherwise_a_recorded_one_stays(
        demo, tmp_path, capsys):
    data, ids = demo
    meeting = ids["PS Bydlení – revize opatření"]
    code, out, _ = run(capsys, "--data-dir", data, "invitation", "--meeting", meeting,
                       "--ics", str(tmp_path / "p.ics"), "--mark-sent", "2026-11-20")
    assert code == 0 and "Odesláno: 20. 11. 2026" in out
    code, out, _ = run(capsys, "--data-dir", data, "invitation", "--meeting", meeting,
                       "--ics", str(tmp_path / "p.ics"))
    assert code == 0 and "Odesláno: 20. 11. 2026" in out  # kept, not today
    with pytest.raises(SystemExit) as refused:
        run(capsys, "--data-dir", data, "invitation", "--meeting", meeting,
            "--ics", str(tmp_path / "p.ics"), "--mark-sent", "20.11.")
    assert refused.value.code == 2 and "RRRR-MM-DD" in capsys.readouterr().err


def test_tasks_lists_open_ones_and_flags_overdue(demo, capsys):
    data, _ = demo
    code, out, _ = run(capsys, "--data-dir", data, "tasks", "--json", "--today", "2026-01-01")
    tasks = json.loads(out)
    assert code == 0 and len(tasks) >= 2
    overdue = [t for t in tasks if t["overdue"]]
    assert [t["text"] for t in overdue] == ["Dodat přehled dluhů na nájemném po ulicích"]
    assert overdue[0]["locality"] == "Dolní Bránice" and overdue[0]["due_date"] == "2025-06-15"
    code, out, _ = run(capsys, "--data-dir", data, "tasks", "--overdue", "--json",
                       "--today", "2026-01-01")
    assert [t["text"] for t in json.loads(out)] == [t["text"] for t in overdue]
    code, out, _ = run(capsys, "--data-dir", data, "tasks", "--today", "2026-01-01")
    assert "Jaroslav Král" in out and "Po termínu (!): 1" in out
    code, out, _ = run(capsys, "--data-dir", data, "tasks", "--overdue", "--today", "2020-01-01")
    assert code == 0 and "Žádné úkoly po termínu." in out


def test_search_minutes_ignores_diacritics(demo, capsys):
    data, _ = demo
    code, out, _ = run(capsys, "--data-dir", data, "search-minutes", "pridelovani bytu",
                       "--json")
    hits = json.loads(out)
    assert code == 0 and {h["kind"] for h in hits} == {"agenda_item", "decision"}
    assert any("přidělování" in h["snippet"] for h in hits)
    code, out, _ = run(capsys, "--data-dir", data, "search-minutes", "zadnetakoveslovo")
    assert code == 0 and "Nic nenalezeno." in out


def test_a_unique_beginning_of_the_id_is_enough(demo, tmp_path, capsys):
    data, ids = demo
    meeting = ids["PS Bydlení – analýza bytového fondu"]
    code, out, err = run(capsys, "--data-dir", data, "report", "agenda", "--meeting",
                         meeting[:8], "--out", str(tmp_path / "p.pdf"))
    assert code == 0 and (tmp_path / "p.pdf").exists(), err
    code, _, err = run(capsys, "--data-dir", data, "report", "agenda", "--meeting", "ffff",
                       "--out", str(tmp_path / "q.pdf"))
    assert code == 2 and "neexistuje" in err
