"""``export proposals`` and the closing report's participation and mediation sections on a
real store: the published list as XLSX and PDF, the report's text read back from the PDF."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from pdf_tools import pdf_text

from obecdesk.cli import main
from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.stream_participation_mediation import (
    mediation_section,
    participation_section,
)
from obecdesk.store import open_store

LOCALITY = "Lipová nad Ohří"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_proposals_export_to_xlsx_and_pdf_with_every_disposition(tmp_path, demo_dir, capsys):
    data = str(demo_dir)
    xlsx = tmp_path / "návrhy.xlsx"
    code, out, _ = run(capsys, "--data-dir", data, "export", "proposals", "--locality", LOCALITY,
                       "--out", str(xlsx))
    assert code == 0 and "Uloženo" in out
    sheet = load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Akce", "Datum akce", "Druh", "Návrh nebo připomínka", "Kdo navrhl",
                           "Vyřízení")
    assert {r[5] for r in rows[1:]} == {"přijato", "v řešení", "zamítnuto", "čeká na vyjádření"}
    rejected = [r for r in rows[1:] if r[5] == "zamítnuto"]
    assert rejected and all(r[6] for r in rejected)  # every rejection says why

    pdf = tmp_path / "návrhy.pdf"
    assert run(capsys, "--data-dir", data, "export", "proposals", "--locality", LOCALITY,
               "--out", str(pdf))[0] == 0
    printed = " ".join(pdf_text(pdf).split())
    assert "Co se stalo s vašimi návrhy" in printed
    assert "Uzavřít ubytovnu v Tovární ulici" in printed and "Důvod: Obec nemá pravomoc" in printed

    code, _, err = run(capsys, "--data-dir", data, "export", "proposals", "--locality", LOCALITY,
                       "--out", str(tmp_path / "návrhy.docx"))
    assert code != 0 and "jen jako tabulku .xlsx nebo jako .pdf" in err
    assert not (tmp_path / "návrhy.docx").exists()


def test_new_kinds_are_listed_and_counted(demo_dir, capsys):
    data = str(demo_dir)
    stats = json.loads(run(capsys, "--data-dir", data, "stats", "--json")[1])
    assert stats["participation-events"] >= 3 and stats["proposals"] >= 10
    assert stats["mediation-cases"] == 1
    for kind in ("participation-events", "proposals", "mediation-cases"):
        code, out, _ = run(capsys, "--data-dir", data, "list", kind, "--json")
        assert code == 0 and json.loads(out)


def test_closing_report_sections_show_figures_and_results_never_notes(tmp_path, demo_dir,
                                                                      capsys):
    data = demo_dir
    store = open_store(data_dir=data)
    loc = acute_locality_id()
    doc = ReportDocument(title="Závěrečná zpráva", municipality=LOCALITY)
    path = doc.write(tmp_path / "zpráva.pdf", participation_section(doc, store, loc)
                     + mediation_section(doc, store, loc))
    printed = " ".join(pdf_text(path).split())
    assert "Participace" in printed and "Procházka Tovární ulicí" in printed
    assert "účastníků celkem 123, z toho z cílových a zranitelných skupin 22" in printed
    assert "zamítnuto 2" in printed and "přijato 4" in printed
    assert "Mediace" in printed and "částečná dohoda" in printed
    assert "Petiční výbor obyvatel Lipové (Vlasta Jandová)" in printed
    assert "noční klid od 22 do 6 hodin" in printed
    assert "petici podepsala hlavně kvůli tlaku souseda" not in printed  # the local note
    assert "neutrální půdě" not in printed  # even a shareable note is not for the mayor
