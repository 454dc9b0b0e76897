"""Command line: argument parsing only; every command calls the services the UI uses."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from obecdesk import __version__
from obecdesk.commands.argparse_cs import czech_argparse
from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_sentence

#: capability modules under ``obecdesk.commands`` that add subcommands, in the order their
#: parsers are built, with the top-level commands each adds (or extends: ``import`` kinds grow in
#: ``indicators``). Only the modules of the command asked for are imported, so ``obecdesk stats``
#: does not load reportlab and the GUI loads no command at all. A new capability appends here;
#: ``tests/unit/test_cli_registry.py`` fails when a module adds a command it does not declare.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "store_commands": ("demo", "stats", "list", "check"),
    "backups": ("backup", "backups"),
    "stakeholders": ("import", "erase-person", "export-person", "composition",
                     "stakeholder-map"),
    "meetings": ("report", "invitation", "tasks", "search-minutes"),
    "conflicts": ("conflicts",),
    "methods": ("methods",),
    "profile": ("me",),
    "indicators": ("import", "export"),
    "localities": ("locality",),
    "sync_commands": ("init", "keys", "bundle"),
    "cooperation": ("cooperation",),
    "situation": ("situation",),
    "overview": ("overview",),
    "process_mapping": ("process",),
    "reviews": ("review",),
}

#: global options that take a value (the command is the first word that is not one of these)
_VALUED_OPTIONS = ("--data-dir", "--database-url")
ALL_COMMANDS = object()


def requested_command(argv: Sequence[str]) -> str | None | object:
    """The command word of ``argv``; None for the GUI, ALL_COMMANDS when help may list them all."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return ALL_COMMANDS
        if word in _VALUED_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def modules_for(command: str | None | object) -> list[str]:
    """The command modules whose parsers ``command`` needs (all of them for an unknown word, so
    the usage error can list every command)."""
    if command is None or command == "gui":
        return []
    wanted = [m for m, names in COMMAND_MODULES.items() if command in names]
    return wanted or list(COMMAND_MODULES)


def build_parser(modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the subcommands of ``modules`` (default: every command module)."""
    parser = argparse.ArgumentParser(
        prog="obecdesk",
        description="obecdesk – pracovní nástroj lokálního konzultanta. Bez příkazu spustí aplikaci.",
    )
    parser.add_argument("--version", action="version", version=f"obecdesk {__version__}",
                        help="vypsat verzi a skončit")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="DIR", help="složka s daty (jinak OBECDESK_DATA_DIR "
                       "nebo uživatelská složka dat)")
    where.add_argument("--database-url", metavar="URL", help="libovolná adresa SQLAlchemy, "
                       "např. sqlite:///cesta.sqlite nebo postgresql://…")
    sub = parser.add_subparsers(dest="command", metavar="PŘÍKAZ")
    gui = sub.add_parser("gui", help="spustit aplikaci (výchozí)")
    gui.add_argument("--lang", choices=["cs", "en"], help="jazyk rozhraní pro toto spuštění")
    gui.set_defaults(handler=None)
    for name in COMMAND_MODULES if modules is None else modules:
        importlib.import_module(f"obecdesk.commands.{name}").add_parsers(sub)
    return parser


def _quick_answer(args: argparse.Namespace) -> int | None:
    """A command may set ``quick=handler(args, sqlite_path) -> int | None`` beside its handler:
    it answers from the SQLite file of ``--data-dir`` (or the default one) without opening the
    store (no SQLAlchemy), or returns None when only an open can, e.g. a new or older store."""
    quick = getattr(args, "quick", None)
    if quick is None or args.database_url is not None:
        return None
    from obecdesk.store.paths import store_file

    return quick(args, store_file(args.data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # stores, backups, printouts and exports hold personal data: owner only
    with czech_argparse():  # "použití:", "neplatná volba", … also in --help and usage errors
        words = sys.argv[1:] if argv is None else list(argv)
        parser = build_parser(modules_for(requested_command(words)))
        args = parser.parse_args(words)
    if getattr(args, "handler", None) is None:
        from obecdesk.ui.startup import run_gui  # Qt is loaded only for the GUI

        return run_gui(
            data_dir=args.data_dir, database_url=args.database_url, lang=getattr(args, "lang", None)
        )
    try:
        if getattr(args, "without_store", False):  # e.g. reading a bundle's envelope
            code = args.handler(args, None)
            sys.stdout.flush()
            return code
        if (code := _quick_answer(args)) is not None:
            sys.stdout.flush()
            return code
        from obecdesk.store import open_store

        store = open_store(args.database_url, data_dir=args.data_dir,
                           upgrade=getattr(args, "upgrade", True))
        try:
            code = args.handler(args, store)
            sys.stdout.flush()  # a closed pipe shows up here, inside the handling below
            return code
        finally:
            store.dispose()
    except UserError as exc:
        print(f"obecdesk: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `obecdesk list actors | head` closed the pipe: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file or folder no service turned into a sentence of its own
        print(f"obecdesk: {os_error_sentence(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("obecdesk: přerušeno.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
