"""The stakeholder commands from the command line, on a real store in tmp_path."""

from __future__ import annotations

import json

import pytest
from pdf_tools import pdf_fonts, pdf_text

from obecdesk.cli import main

ROWS = ["Jméno;Organizace;Sektor;Role;E-mail;Vliv",
        "Marie Šťastná;Městský úřad;veřejná správa;OSPOD;marie@example.cz;4",
        "Jiří Čermák;ZŠ Žižkova;škola;ředitel;;",
        "Růžena Dvořáková;Charita;hasiči;SAS;;9",
        ";;;;;",
        "Petr Čureja;Městský úřad Dolní Bránice;;;;",
        "Ondřej Kříž;Městská policie;policie;strážník;ondrej@example.cz;"]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(demo_dir) -> str:
    return str(demo_dir)


def actors_json(capsys, data) -> list[dict]:
    return json.loads(run(capsys, "--data-dir", data, "list", "actors", "--json")[1])


def body_id(capsys, data, code) -> str:
    bodies = json.loads(run(capsys, "--data-dir", data, "list", "bodies", "--json")[1])
    return next(b["id"] for b in bodies if b["code"] == code)


def test_import_actors_prints_a_summary_and_imports_good_rows(tmp_path, capsys, data):
    path = tmp_path / "aktéři.csv"
    path.write_text("\r\n".join(ROWS) + "\r\n", encoding="cp1250")
    before = len(actors_json(capsys, data))
    code, out, err = run(capsys, "--data-dir", data, "import", "actors", str(path),
                         "--locality", "Dolní Bránice")
    assert code == 0, err
    assert "Importováno: 3" in out
    assert "Duplicity: 1" in out and "řádek 6: Petr Čureja" in out
    assert "Odmítnuto: 1" in out and "řádek 4: Vliv 9" in out
    assert "Varování: 0" in out
    assert "Prázdné řádky přeskočeny: 1" in out
    names = {a["name"] for a in actors_json(capsys, data)}
    assert len(names) == before + 3 and "Marie Šťastná" in names


def test_import_with_column_override_and_dry_run(tmp_path, capsys, data):
    path = tmp_path / "kontakty.csv"
    path.write_text("Kontakt;Úloha\r\nJana Veselá;učitelka\r\n", encoding="utf-8-sig")
    before = len(actors_json(capsys, data))
    code, out, _ = run(capsys, "--data-dir", data, "import", "actors", str(path), "--locality",
                       "Dolní Bránice", "--column", "name=Kontakt", "--column", "role=Úloha",
                       "--dry-run")
    assert code == 0 and "importovalo by se 1" in out
    assert len(actors_json(capsys, data)) == before
    code, out, _ = run(capsys, "--data-dir", data, "import", "actors", str(path), "--locality",
                       "Dolní Bránice", "--column", "name=Kontakt", "--column", "role=Úloha")
    assert code == 0 and "Importováno: 1" in out
    jana = next(a for a in actors_json(capsys, data) if a["name"] == "Jana Veselá")
    assert jana["role"] == "učitelka"


@pytest.mark.parametrize(("args", "message"), [
    (["--locality", "Atlantida"], "Atlantida"),
    (["--locality", "Dolní Bránice", "--column", "name"], "POLE=ZÁHLAVÍ"),
    (["--locality", "Dolní Bránice", "--column", "name=Nic"], "Sloupec „Nic“"),
])
def test_import_errors_are_one_line_and_exit_2(tmp_path, capsys, data, args, message):
    path = tmp_path / "a.csv"
    path.write_text("Jméno\r\nEva\r\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data, "import", "actors", str(path), *args)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_import_of_a_binary_file_is_refused(tmp_path, capsys, data):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\x98\x81")
    before = len(actors_json(capsys, data))
    code, _, err = run(capsys, "--data-dir", data, "import", "actors", str(path),
                       "--locality", "Dolní Bránice")
    assert code == 2 and "kódování" in err
    assert len(actors_json(capsys, data)) == before


def test_export_then_erase_person(tmp_path, capsys, data):
    radni = next(a for a in actors_json(capsys, data) if a["name"] == "Mgr. Jana Šimková")
    out_file = tmp_path / "simkova.txt"
    code, out, _ = run(capsys, "--data-dir", data, "export-person", radni["id"], "--out",
                       str(out_file))
    assert code == 0 and str(out_file) in out
    assert "simkova@dolnibranice.cz" in out_file.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", data, "erase-person", radni["id"])
    assert code == 0 and "účast na jednáních: 4" in out
    assert "Jméno nahrazeno v údajích jednání" in out
    after = next(a for a in actors_json(capsys, data) if a["id"] == radni["id"])
    assert after["name"] == "Anonymizovaná osoba" and after["email"] == "" and after["erased"]
    code, _, err = run(capsys, "--data-dir", data, "erase-person", "no-such-id")
    assert code == 2 and "neexistuje" in err


def test_composition_text_and_json(capsys, data):
    housing = body_id(capsys, data, "PS-B")
    code, out, _ = run(capsys, "--data-dir", data, "composition", "--body", housing)
    assert code == 0
    assert "✓ Radní pro bytovou politiku / sociální oblast: Mgr. Jana Šimková" in out
    assert "✗ Městský architekt" in out
    assert "Rozhodovací pravomoc: ano" in out
    code, out, _ = run(capsys, "--data-dir", data, "composition", "--body", housing, "--json")
    report = json.loads(out)
    assert "city_architect" in report["missing_obligatory"]
    assert report["has_decision_power"] and not report["lacks_target_group"]


def test_composition_flags_missing_target_group(capsys, data):
    steering = body_id(capsys, data, "ŘT")
    code, out, _ = run(capsys, "--data-dir", data, "composition", "--body", steering)
    assert code == 0 and "není žádný zástupce cílové skupiny" in out


def test_composition_of_a_body_named_by_code(capsys, data):
    code, out, _ = run(capsys, "--data-dir", data, "composition", "--body", "ps-v",
                       "--locality", "Dolní Bránice")
    assert code == 0 and out.startswith("PS Vzdělávání")
    code, _, err = run(capsys, "--data-dir", data, "composition", "--body", "PS-X",
                       "--locality", "Dolní Bránice")
    assert code == 2 and "PS-X" in err
    code, _, err = run(capsys, "--data-dir", data, "composition", "--body", "no-such-id")
    assert code == 2 and "neexistuje" in err


def test_stakeholder_map_pdf_keeps_czech_names(tmp_path, capsys, data):
    path = tmp_path / "Ěščřžýáíéůú.csv"
    path.write_text("Jméno;Sektor;Vliv;Postoj\r\nŘehoř Ěščřžýáíéůú;NNO;5;-2\r\n",
                    encoding="cp1250")
    assert run(capsys, "--data-dir", data, "import", "actors", str(path), "--locality",
               "Dolní Bránice")[0] == 0
    pdf = tmp_path / "mapa.pdf"
    code, out, err = run(capsys, "--data-dir", data, "stakeholder-map", "--locality",
                         "Dolní Bránice", "--out", str(pdf))
    assert code == 0, err
    text = pdf_text(pdf)
    assert "Mapa aktérů" in text
    assert "Řehoř Ěščřžýáíéůú" in text
    assert "Petr Čureja" in text and "Postoj k začleňování" in text
    assert "DejaVuSans" in pdf_fonts(pdf)


def test_stakeholder_map_of_one_body_by_interest(tmp_path, capsys, data):
    pdf = tmp_path / "ps.pdf"
    code, _, err = run(capsys, "--data-dir", data, "stakeholder-map", "--locality",
                       "Dolní Bránice", "--out", str(pdf), "--axis", "interest", "--body",
                       body_id(capsys, data, "PS-V"))
    assert code == 0, err
    text = pdf_text(pdf)
    assert "PS Vzdělávání" in text and "6 aktérů" in text and "Zájem" in text


def test_stakeholder_map_to_a_missing_folder_is_a_clear_error(tmp_path, capsys, data):
    code, _, err = run(capsys, "--data-dir", data, "stakeholder-map", "--locality",
                       "Dolní Bránice", "--out", str(tmp_path / "nope" / "m.pdf"))
    assert code == 2 and "neexistuje" in err


def test_composition_with_an_edited_or_broken_catalog(tmp_path, capsys, data):
    catalog = tmp_path / "složení.json"
    catalog.write_text(json.dumps({"format": "obecdesk-composition", "entries": [
        {"code": "mayor", "label_cs": "Starosta", "label_en": "Mayor", "obligatory": True,
         "sectors": [], "roles": ["starosta"]}]}, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", data, "composition", "--body", "ŘT",
                       "--locality", "Dolní Bránice", "--catalog", str(catalog))
    assert code == 0 and "✓ Starosta: Ing. Pavel Kučera" in out
    assert "Obsazeno 1 z 1 doporučených míst" in out and "povinn" not in out
    catalog.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data, "composition", "--body", "ŘT",
                       "--locality", "Dolní Bránice", "--catalog", str(catalog))
    assert code == 2 and "poškozený" in err


def test_import_encoding_option_reads_a_dos_file(tmp_path, capsys, data):
    path = tmp_path / "dos.csv"
    path.write_text("Jméno;Sektor\r\nKarel Dvořák;škola\r\n", encoding="cp852")
    code, _, err = run(capsys, "--data-dir", data, "import", "actors", str(path),
                       "--locality", "Dolní Bránice")
    assert code == 2 and "řádku 1" in err
    code, out, _ = run(capsys, "--data-dir", data, "import", "actors", str(path),
                       "--locality", "Dolní Bránice", "--encoding", "cp852")
    assert code == 0 and "Importováno: 1" in out
    assert "Karel Dvořák" in {a["name"] for a in actors_json(capsys, data)}


def test_stakeholder_map_pdf_leaves_out_erased_people(tmp_path, capsys, data):
    cureja = next(a for a in actors_json(capsys, data) if a["name"] == "Petr Čureja")
    pdf = tmp_path / "pred.pdf"
    run(capsys, "--data-dir", data, "stakeholder-map", "--locality", "Dolní Bránice",
        "--out", str(pdf))
    before = pdf_text(pdf)
    assert run(capsys, "--data-dir", data, "erase-person", cureja["id"])[0] == 0
    code, _, err = run(capsys, "--data-dir", data, "stakeholder-map", "--locality",
                       "Dolní Bránice", "--out", str(pdf))
    assert code == 0, err
    text = pdf_text(pdf)
    assert "Anonymizovaná osoba" not in text and "Petr Čureja" not in text
    assert "35 aktérů" in before and "34 aktérů" in text


@pytest.mark.parametrize(("content", "message"), [
    ("Jméno;Vliv\r\n;\r\n", "nemá žádné řádky s daty"),
    ("Jméno;Vliv\r\nEva;9\r\nAdam;0\r\n", "Žádný řádek nešlo importovat"),
])
def test_import_with_nothing_to_import_exits_1(tmp_path, capsys, data, content, message):
    path = tmp_path / "nic.csv"
    path.write_text(content, encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", data, "import", "actors", str(path),
                       "--locality", "Dolní Bránice")
    assert code == 1 and message in out
