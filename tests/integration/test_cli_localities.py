"""``obecdesk locality add/set``: a locality set up from a script, as the locality form would."""

import json

import pytest

from obecdesk.cli import main


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse refuses bad arguments this way
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def localities(capsys, data):
    return {loc["name"]: loc for loc in json.loads(run(capsys, "--data-dir", data, "list",
                                                       "localities", "--json")[1])}


ADD = ("locality", "add", "Horní Lhota", "--region", "Ústecký kraj", "--mode", "systematic",
       "--start", "2026-09-01")


def test_add_then_set_changes_only_the_options_given(tmp_path, capsys):
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", data, *ADD, "--coordinator", "Jana Malá")
    assert code == 0 and "Horní Lhota" in out
    code, out, _ = run(capsys, "--data-dir", data, "locality", "set", "horní lhota",
                       "--population", "1 200", "--json")
    assert code == 0 and json.loads(out)["population"] == 1200
    loc = localities(capsys, data)["Horní Lhota"]
    assert (loc["region"], loc["mode"], loc["start_date"]) == ("Ústecký kraj", "systematic",
                                                               "2026-09-01")
    assert (loc["population"], loc["coordinator"]) == (1200, "Jana Malá")

    code, _, _ = run(capsys, "--data-dir", data, "locality", "set", "Horní Lhota",
                     "--rename", "Dolní Lhota", "--mode", "long_term", "--start", "1. 3. 2026")
    loc = localities(capsys, data)["Dolní Lhota"]
    assert code == 0 and (loc["mode"], loc["start_date"], loc["population"]) == (
        "long_term", "2026-03-01", 1200)


def test_a_duplicate_name_is_refused_with_one_czech_line(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, *ADD)[0] == 0
    code, _, err = run(capsys, "--data-dir", data, *ADD)
    assert code == 2 and err.strip() == "obecdesk: Lokalita „Horní Lhota“ už existuje; zvolte " \
                                        "jiný název."
    assert len(localities(capsys, data)) == 1


@pytest.mark.parametrize("option, value", [("--start", "2024-06-13nesmysl"),
                                           ("--start", "2024-02-30"),
                                           ("--population", "-5"),
                                           ("--mode", "forever")])
def test_bad_values_are_refused_and_nothing_is_created(tmp_path, capsys, option, value):
    data = str(tmp_path / "d")
    args = list(ADD)
    if option in args:
        args[args.index(option) + 1] = value
    else:
        args += [option, value]
    code, _, err = run(capsys, "--data-dir", data, *args)
    assert code == 2 and "Traceback" not in err and value in err
    assert run(capsys, "--data-dir", data, "list", "localities", "--json")[1].strip() == "[]"


def test_set_of_an_unknown_locality_says_so(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "locality", "set", "Nikde",
                       "--population", "3")
    assert code == 2 and "Lokalita 'Nikde' neexistuje." in err
