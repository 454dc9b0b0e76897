"""``obecdesk me`` sets who I am in a locality; ``obecdesk tasks`` then lists my tasks, with
``--all`` and ``--owner`` for everyone's."""

from __future__ import annotations

import json

import pytest

from obecdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(demo_dir):
    return str(demo_dir)


def test_me_then_my_tasks(data, capsys):
    code, out, err = run(capsys, "--data-dir", data, "tasks", "--json", "--today", "2026-11-25")
    everyone = json.loads(out)
    assert code == 0 and "Profil není nastaven" in err and len(everyone) >= 3

    code, out, _ = run(capsys, "--data-dir", data, "me", "--locality", "Dolní Bránice",
                       "--actor", "Tereza Novotná")
    assert code == 0 and "Mgr. Tereza Novotná" in out
    code, out, _ = run(capsys, "--data-dir", data, "me", "--json")
    assert json.loads(out)[0]["me"] == "Mgr. Tereza Novotná"

    code, out, err = run(capsys, "--data-dir", data, "tasks", "--json", "--today", "2026-11-25")
    mine = json.loads(out)
    assert err == "" and [t["text"] for t in mine] == ["Svolat pracovní skupiny k revizi opatření"]
    code, out, _ = run(capsys, "--data-dir", data, "tasks", "--all", "--json")
    assert len(json.loads(out)) == len(everyone)
    owner = next(t["owner"] for t in everyone if t["owner"] != "Mgr. Tereza Novotná")
    code, out, _ = run(capsys, "--data-dir", data, "tasks", "--owner", owner.split()[-1],
                       "--json")
    assert {t["owner"] for t in json.loads(out)} == {owner}

    code, out, _ = run(capsys, "--data-dir", data, "me", "--locality", "Dolní Bránice", "--clear")
    assert code == 0 and "Profil není nastaven" in out


def test_me_refuses_in_czech(data, capsys):
    code, _, err = run(capsys, "--data-dir", data, "me", "--locality", "Dolní Bránice",
                       "--actor", "Nikdo Neznámý")
    assert code == 2 and "v lokalitě není" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data, "me", "--actor", "Tereza Novotná")
    assert code == 2 and "--locality" in err
    code, _, err = run(capsys, "--data-dir", data, "me", "--locality", "Dolní Bránice",
                       "--actor", "Městský úřad Dolní Bránice")
    assert code == 2 and "není osoba" in err
    code, out, _ = run(capsys, "--data-dir", data, "me", "--locality", "Dolní Bránice",
                       "--create", "Bc. Petra Malá")
    assert code == 0 and "Bc. Petra Malá" in out
