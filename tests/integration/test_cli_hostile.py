"""Hostile command lines: each ends in one Czech line and a non-zero exit, never a traceback or
a hang, and the store is exactly as it was. A new command joins the table with its bad inputs."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from obecdesk.cli import main
from obecdesk.store import open_store
from tests.sync_support import dump

LOCALITY = "Dolní Bránice"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("hostile") / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


@pytest.fixture
def data(template, tmp_path) -> Path:
    copy = tmp_path / "data"
    copy.mkdir()
    (copy / "obecdesk.sqlite").write_bytes((template / "obecdesk.sqlite").read_bytes())
    return copy


def _meeting_id(data: Path, capsys) -> str:
    assert main(["--data-dir", str(data), "list", "meetings", "--json"]) == 0
    return json.loads(capsys.readouterr().out)[0]["id"]


def _person_id(data: Path, capsys) -> str:
    assert main(["--data-dir", str(data), "list", "actors", "--json"]) == 0
    return next(a["id"] for a in json.loads(capsys.readouterr().out) if a["kind"] == "person")


def _fifo(tmp: Path) -> str:
    path = tmp / "roura.csv"
    os.mkfifo(path)
    return str(path)


def _csv(tmp: Path, text: str) -> str:
    path = tmp / "aktéři.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


# case id -> (arguments given the temp dir, a meeting id and a person id; a piece of the message)
CASES: dict[str, tuple[Callable[[Path, str, str], list[str]], str]] = {
    "search of thousands of words": (
        lambda t, m, p: ["search-minutes", " ".join(["slovo"] * 3000)], "nejvýše 32 slov"),
    "search limit beyond 64 bits": (
        lambda t, m, p: ["search-minutes", "byt", "--limit", "1" + "0" * 20], "Počet výsledků"),
    "search limit not a number": (lambda t, m, p: ["search-minutes", "byt", "--limit", "1e20"], ""),
    "a 60,000-character meeting id": (
        lambda t, m, p: ["report", "agenda", "--meeting", "a" * 60_000, "--out", str(t / "x.pdf")],
        "není id jednání"),
    "import from /dev/zero": (
        lambda t, m, p: ["import", "actors", "/dev/zero", "--locality", LOCALITY],
        "není obyčejný soubor"),
    "import from a FIFO": (
        lambda t, m, p: ["import", "actors", _fifo(t.parent), "--locality", LOCALITY],
        "není obyčejný soubor"),
    "a date with trailing garbage": (
        lambda t, m, p: ["import", "actors", _csv(t.parent, "Jméno;Datum souhlasu\nEva Nová;2024-06-13nesmysl\n"),
                         "--locality", LOCALITY], "není platné datum"),
    "CR/LF in the sender's e-mail": (
        lambda t, m, p: ["invitation", "--meeting", m, "--eml", str(t / "p.eml"),
                         "--from-email", "a@b.cz\r\nBcc: cizi@example.com"], "řídicí znaky"),
    "CR/LF in the sender's name": (
        lambda t, m, p: ["invitation", "--meeting", m, "--ics", str(t / "p.ics"),
                         "--from-name", "Eva\nBcc: cizi@example.com", "--from-email", "eva@b.cz"],
        "řídicí znaky"),
    "an invitation into a missing folder": (
        lambda t, m, p: ["invitation", "--meeting", m, "--eml", str(t / "chybí" / "p.eml")],
        "neexistuje"),
    "a PDF into a missing folder": (
        lambda t, m, p: ["report", "minutes", "--meeting", m, "--out", str(t / "chybí" / "z.pdf")],
        "neexistuje"),
    "a person's export into a folder": (
        lambda t, m, p: ["export-person", p, "--out", str(t)], "je složka"),
    "a review of an unknown project": (
        lambda t, m, p: ["review", "comment", "project", m, "--comment", "?"], "neexistuje"),
    "a return for correction without a comment": (
        lambda t, m, p: ["review", "return", "value", m, "--comment", "  "],
        "potřebuje komentář"),
    "a review of an unknown kind of item": (
        lambda t, m, p: ["review", "approve", "meeting", m], ""),
}


#: an import whose every row is refused prints its usual report (with the reasons) and exits 1
REPORTED_ON_STDOUT = {"a date with trailing garbage"}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_input_gives_one_czech_line_and_changes_nothing(case, data, tmp_path, capsys):
    build, message = CASES[case]
    meeting, person = _meeting_id(data, capsys), _person_id(data, capsys)
    store = open_store(data_dir=data)
    before = dump(store, derived=True), store.change_seq()
    store.dispose()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    try:
        code = main(["--data-dir", str(data), *build(out_dir, meeting, person)])
    except SystemExit as exc:  # argparse refuses before any command runs
        code = exc.code
    out, err = capsys.readouterr()
    assert code not in (0, None), out
    assert "Traceback" not in err
    if case in REPORTED_ON_STDOUT:  # a report of rejected rows, not an error
        assert message in out
    elif message:
        assert err.strip() and message in err and len(err.strip().splitlines()) == 1, err
    else:  # a usage error: argparse shows the usage line, then the error
        assert code == 2 and err.strip()
    written = [p.name for p in out_dir.rglob("*") if p.is_file()]
    assert written == [], f"left behind {written}"
    store = open_store(data_dir=data)
    try:
        assert (dump(store, derived=True), store.change_seq()) == before
    finally:
        store.dispose()
