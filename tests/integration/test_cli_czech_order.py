"""``obecdesk list actors --json`` returns actors in the app's order: Czech, by surname."""

import json

from obecdesk.cli import main

CSV = ("Příjmení;Jméno;Organizace\nŠťastná;Marie;ZŠ\nChalupa;Petr;MěÚ\nČermák;Jiří;MěÚ\n"
       "Řezníček;Ondřej;Spolek\nCibulka;Adam;Charita\nHruška;Eva;ÚP\nSýkora;Ivan;Policie\n"
       "Rybář;Ing. Luboš;MěÚ\n")


def test_imported_actors_are_listed_in_czech_order_by_surname(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "locality", "add", "Horní Lhota", "--region", "Ústecký kraj",
                 "--mode", "systematic", "--start", "2026-09-01"]) == 0
    (tmp_path / "a.csv").write_text(CSV, encoding="utf-8")
    assert main(["--data-dir", data, "import", "actors", str(tmp_path / "a.csv"),
                 "--locality", "Horní Lhota"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "list", "actors", "--locality", "Horní Lhota",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    persons = [r["name"] for r in rows if r["kind"] == "person"]
    assert [p.split()[-1] for p in persons] == ["Cibulka", "Čermák", "Hruška", "Chalupa",
                                               "Rybář", "Řezníček", "Sýkora", "Šťastná"]
    assert "Ing. Luboš Rybář" in persons and "sort_key" not in rows[0]
