"""Plan imports, exports, lists and the indicator report from the command line, on a real store:
Czech Excel files (cp1250, decimal commas, broken rows), totals read back from the PDF."""

from __future__ import annotations

import csv
import json
import re

import pytest
from openpyxl import Workbook, load_workbook
from pdf_tools import pdf_text

from obecdesk.cli import main
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store import open_store

PROJECTS = [
    "Název;Program;Opatření;Stav;Požadováno (Kč);Schváleno (Kč);Podpořené osoby;Podáno",
    "Sociální firma Lhota;OP Z+;sociální firma;schváleno;1 500 000;1 200 000;12;13.6.2024",
    "Doučování dětí;OP JAK;doučování;Schváleno;3 600 000,00;3 456 789,50;85;1.9.2024",
    "Krizové bydlení;IROP;krizové bydlení (azylový dům, noclehárna);podáno;2 000 000 Kč;;0;"
    "15.1.2025",
    "=HYPERLINK(\"http://x\");IROP;;záměr;;;;",
    "Rozbitý řádek;IROP;;hotovo napůl;1 000;;;",
    "Špatné datum;IROP;;podáno;1 000;;;31.2.2025",
    ";;;;;;;",
]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(demo_dir) -> str:
    directory = str(demo_dir)
    store = open_store(data_dir=directory)
    LocalityService(store).create(LocalityData("Horní Lhota", region="Ústecký kraj"))
    store.dispose()
    return directory


def write_cp1250(path, rows):
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1250"))
    return path


def listed(capsys, data, kind, locality):
    return json.loads(run(capsys, "--data-dir", data, "list", kind, "--locality", locality,
                          "--json")[1])


def test_projects_import_from_cp1250_with_czech_amounts_and_broken_rows(tmp_path, capsys, data):
    path = write_cp1250(tmp_path / "projekty.csv", PROJECTS)
    code, out, _ = run(capsys, "--data-dir", data, "import", "projects", str(path),
                       "--locality", "Horní Lhota", "--dry-run")
    assert code == 0 and "nic se nezapsalo" in out
    assert listed(capsys, data, "projects", "Horní Lhota") == []
    code, out, _ = run(capsys, "--data-dir", data, "import", "projects", str(path),
                       "--locality", "Horní Lhota")
    assert code == 0 and "Importováno: 4" in out and "Odmítnuto: 2" in out
    assert "řádek 6: Stav „hotovo napůl“ neznám" in out
    assert "řádek 7: Datum podání „31.2.2025“ není datum" in out
    projects = {p["title"]: p for p in listed(capsys, data, "projects", "Horní Lhota")}
    assert len(projects) == 4
    assert projects["Doučování dětí"]["approved_hal"] == 345678950
    assert projects["Krizové bydlení"]["requested_hal"] == 200000000
    assert projects["Sociální firma Lhota"]["submitted_on"] == "2024-06-13"
    out = run(capsys, "--data-dir", data, "stats", "--json")[1]
    assert json.loads(out)["projects"] == 12 + 4

    report = tmp_path / "ukazatele.pdf"
    assert run(capsys, "--data-dir", data, "report", "indicators", "--locality", "Horní Lhota",
               "--out", str(report))[0] == 0
    text = pdf_text(report, layout=True).replace("\u00a0", " ").replace("\u202f", " ")
    assert re.search(r"Získané prostředky +4 656 789,50 Kč", text)
    assert re.search(r"V hodnocení +2 000 000 Kč", text)
    assert re.search(r"Celkem schváleno +4 656 789,50 Kč +97", text)
    assert "2 000 000 Kč" in text and "Lokalita zatím nemá plán." in text

    out_csv = tmp_path / "export.csv"
    assert run(capsys, "--data-dir", data, "export", "projects", "--locality", "Horní Lhota",
               "--out", str(out_csv))[0] == 0
    rows = list(csv.reader(out_csv.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Název", "Program", "Opatření"]
    assert [r[0] for r in rows if "HYPERLINK" in r[0]] == ["'=HYPERLINK(\"http://x\")"]
    assert any(r[5] == "3456789,5" for r in rows)
    out_xlsx = tmp_path / "export.xlsx"
    run(capsys, "--data-dir", data, "export", "projects", "--locality", "Horní Lhota",
        "--out", str(out_xlsx))
    sheet = load_workbook(out_xlsx).active
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and 3456789.5 in cells


def test_measures_import_builds_the_plan_and_values_import_corrects_openly(tmp_path, capsys,
                                                                             data):
    measures = write_cp1250(tmp_path / "opatreni.csv", [
        "Oblast;Opatření;Stav;Odpovídá;Rozpočet (Kč)",
        "Zaměstnanost;Sociální firma;realizace;Městský úřad;1 250 000,50",
        "Bydlení;Prevence ztráty bydlení;v přípravě;Charita;",
        "Bydlení;Prevence ztráty bydlení;běží;;",
        "Bydlení;;běží;;"])
    code, out, _ = run(capsys, "--data-dir", data, "import", "measures", str(measures),
                       "--locality", "Horní Lhota")
    assert code == 0 and "Importováno: 2" in out and "Odmítnuto: 2" in out
    rows = {m["title"]: m for m in listed(capsys, data, "measures", "Horní Lhota")}
    assert rows["Sociální firma"]["catalog_code"] == "social_enterprise"
    assert rows["Sociální firma"]["status"] == "running"
    assert rows["Sociální firma"]["budget_hal"] == 125000050
    assert rows["Prevence ztráty bydlení"]["status"] == "preparation"

    book = Workbook()
    sheet = book.active
    sheet.append(["Hodnoty ukazatelů 2025"])
    sheet.append(["Ukazatel", "Období", "Hodnota", "Poznámka"])
    sheet.append(["Pracovní místa v sociální firmě", "Q4/2026", 6, ""])
    sheet.append(["Rodiny v péči SAS", "2026-Q3", "300", ""])
    sheet.append(["Neznámý", "2026-Q3", "3", ""])
    path = tmp_path / "hodnoty.xlsx"
    book.save(path)
    code, out, _ = run(capsys, "--data-dir", data, "import", "indicator-values", str(path),
                       "--locality", "Dolní Bránice")
    assert code == 0 and "Importováno: 1" in out and "Odmítnuto: 2" in out
    assert "mimo platný rozsah" in out and "Ukazatel „Neznámý“ lokalita nemá" in out
    write_cp1250(tmp_path / "oprava.csv", ["Ukazatel;Období;Hodnota", "Rodiny v péči SAS;"
                                           "3. čtvrtletí 2026;31"])
    code, out, _ = run(capsys, "--data-dir", data, "import", "indicator-values",
                       str(tmp_path / "oprava.csv"), "--locality", "Dolní Bránice")
    assert "opraví dřívější hodnotu 30 na 31" in out
    corrections = listed(capsys, data, "value_corrections", "Dolní Bránice")
    assert any(c["old_value"] == 30 and c["new_value"] == 31
               and c["reason"] == "import ze souboru oprava.csv" for c in corrections)


def test_lists_and_the_demo_report(tmp_path, capsys, data):
    for kind in ("projects", "measures", "indicators"):
        assert len(listed(capsys, data, kind, "Dolní Bránice")) >= 8
    report = tmp_path / "demo.pdf"
    assert run(capsys, "--data-dir", data, "report", "indicators", "--locality",
               "Dolní Bránice", "--out", str(report))[0] == 0
    text = pdf_text(report).replace("\u00a0", " ").replace("\u202f", " ")
    assert "Pracovní místa v sociální firmě" in text and "mimo plán" in text
    assert "Vyhodnocení a revize plánu" in text or "Realizace plánu v terénu" in text
    assert "12 500 000 Kč" in text
    code, _out, err = run(capsys, "--data-dir", data, "report", "indicators", "--out",
                          str(report))
    assert code == 2 and "--locality" in err
