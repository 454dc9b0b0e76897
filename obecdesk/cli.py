"""Command line: argument parsing only; every command calls the services the UI uses."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from obecdesk import __version__
from obecdesk.commands import (
    backups,
    conflicts,
    indicators,
    localities,
    meetings,
    methods,
    profile,
    stakeholders,
    store_commands,
    sync_commands,
)
from obecdesk.commands.argparse_cs import czech_argparse
from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_sentence

#: capability modules that add subcommands; a new capability appends its module here
COMMAND_MODULES = [
    store_commands, backups, stakeholders, meetings, conflicts, methods, profile, indicators,
    localities, sync_commands,
]


def build_parser() -> argparse.ArgumentParser:
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
    for module in COMMAND_MODULES:
        module.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # stores, backups, printouts and exports hold personal data: owner only
    with czech_argparse():  # "použití:", "neplatná volba", … also in --help and usage errors
        parser = build_parser()
        args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        from obecdesk.ui.app import run_gui  # Qt is loaded only for the GUI

        return run_gui(
            data_dir=args.data_dir, database_url=args.database_url, lang=getattr(args, "lang", None)
        )
    from obecdesk.store import open_store

    try:
        if getattr(args, "without_store", False):  # e.g. reading a bundle's envelope
            code = args.handler(args, None)
            sys.stdout.flush()
            return code
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
