"""The command line speaks Czech in its own messages too: argparse's usage and errors, OS
errors, and ``gui`` on a machine without a display."""

import argparse
import json
import os
import subprocess
import sys

from obecdesk.cli import main


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_usage_errors_are_czech(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 2 and err.startswith("použití: obecdesk list")
    assert "obecdesk list: chyba: chybí povinné argumenty: DRUH" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "report", "minutes")
    assert "chybí povinné argumenty: --out" in err
    code, _, err = run(capsys, "report", "letter", "--meeting", "x", "--out", "y")
    assert "neplatná volba: 'letter' (možnosti: 'agenda', 'attendance', 'minutes'" in err
    code, _, err = run(capsys, "locality", "add", "X", "--region", "R", "--mode", "acute",
                       "--start")
    assert "argument --start: chybí hodnota argumentu" in err
    code, _, err = run(capsys, "--bogus")
    assert "neznámé argumenty: --bogus" in err and "usage" not in err


def test_help_is_czech_and_argparse_is_english_again_afterwards(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "poziční argumenty" in out and "volby:" in out
    assert "vypsat tuto nápovědu a skončit" in out and "show this help" not in out
    assert argparse._("usage: ") == "usage: "  # nothing else in the process changed language


def test_an_os_error_is_one_czech_sentence(tmp_path, demo_dir, capsys):
    data = str(demo_dir)
    _, out, _ = run(capsys, "--data-dir", data, "list", "actors", "--json")
    person = next(a for a in json.loads(out) if a["kind"] == "person")
    (tmp_path / "soubor").write_text("", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data, "export-person", person["id"], "--out",
                       str(tmp_path / "soubor" / "vypis.txt"))
    assert code == 2 and "Not a directory" not in err and len(err.strip().splitlines()) == 1
    assert "není složka" in err or "neexistuje" in err


def test_gui_without_a_display_says_so_in_one_czech_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "obecdesk", "--data-dir", str(tmp_path), "gui"],
                            env=env, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nemá grafické prostředí" in lines[0]
