"""The command line loads only the command asked for: start-up time is what a script waits for."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from obecdesk.cli import ALL_COMMANDS, COMMAND_MODULES, modules_for, requested_command


def _top_level(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_module_declares_exactly_the_commands_it_adds() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    for name, declared in COMMAND_MODULES.items():
        before = set(sub.choices)
        importlib.import_module(f"obecdesk.commands.{name}").add_parsers(sub)
        added = set(sub.choices) - before
        # a module may extend a group an earlier module made (``import`` kinds)
        assert added <= set(declared), f"{name} adds undeclared commands {added - set(declared)}"
        assert set(declared) - added <= before, f"{name} declares commands it does not add"


@pytest.mark.parametrize(("argv", "command"), [
    ([], None),
    (["--data-dir", "/tmp/x"], None),
    (["--database-url", "sqlite:///x.sqlite", "stats", "--json"], "stats"),
    (["--data-dir=/tmp/x", "list", "actors"], "list"),
    (["gui", "--lang", "en"], "gui"),
    (["--help"], ALL_COMMANDS),
    (["--version"], None),
])
def test_the_command_word_is_found_after_the_global_options(argv, command) -> None:
    assert requested_command(argv) is command or requested_command(argv) == command


def test_the_gui_loads_no_command_and_an_unknown_word_loads_all() -> None:
    assert modules_for(None) == [] and modules_for("gui") == []
    assert modules_for("stats") == ["store_commands"]
    assert modules_for("import") == ["stakeholders", "indicators"]
    assert modules_for("statz") == list(COMMAND_MODULES)


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_stats_does_not_load_printing_spreadsheets_or_qt() -> None:
    loaded = _loaded_after(
        "from obecdesk import cli\n"
        "cli.build_parser(cli.modules_for('stats')).parse_args(['stats', '--json'])")
    heavy = {"reportlab", "openpyxl", "icalendar", "PySide6", "alembic", "obecdesk.core.demo"}
    assert not heavy & loaded


def test_every_command_still_shows_in_the_help(capsys) -> None:
    from obecdesk.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    shown = capsys.readouterr().out
    for names in COMMAND_MODULES.values():
        for name in names:
            assert name in shown
