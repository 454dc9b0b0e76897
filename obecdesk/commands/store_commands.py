"""``demo``, ``stats``, ``list`` and ``check``: the store as a whole."""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from obecdesk.commands.output import print_json, print_table
from obecdesk.errors import UserError

if TYPE_CHECKING:
    from obecdesk.store import Store

# The services are imported inside the handlers: ``stats`` and ``list`` are the commands scripts
# run most, and the demo (plans, methods) and the backup checks are not theirs to load.


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="nahrát ukázková data (opakované spuštění nic nezdvojí)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", help="počty živých záznamů podle druhu")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_stats, quick=quick_stats)

    p = sub.add_parser("list", help="vypsat záznamy jednoho druhu (localities, actors, meetings, …)")
    p.add_argument("kind", metavar="DRUH", help="druh záznamu v množném čísle, např. localities")
    p.add_argument("--locality", metavar="NÁZEV", help="jen záznamy této lokality (název)")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser(
        "check", help="kontrola integrity databáze, verze schématu a záloh, které ještě obsahují "
        "vymazané osobní údaje (nic nemění; při jakémkoli nálezu skončí kódem 1)")
    p.set_defaults(handler=cmd_check, upgrade=False)


def cmd_demo(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.demo import load_demo

    result = load_demo(store)
    if result.created:
        print(f"Ukázková lokalita {result.locality_name} nahrána.")
    else:
        print(f"Ukázková lokalita {result.locality_name} už v databázi je; nic se nezměnilo.")
    return 0


def cmd_stats(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.inventory import counts

    data: dict[str, object] = dict(counts(store))
    data["schema_version"] = store.schema_version()
    data["replica_id"] = store.replica_id
    data["change_seq"] = store.change_seq()
    data["conflicts"] = store.conflict_count()
    return _print_stats(args, data)


def quick_stats(args: argparse.Namespace, db_path: Path) -> int | None:
    """The same figures without opening the store, when nothing an open does would change them
    (see ``obecdesk.store.quick_stats``); None lets :func:`cmd_stats` answer."""
    from obecdesk.store.quick_stats import read_stats

    data = read_stats(db_path)
    return None if data is None else _print_stats(args, data)


def _print_stats(args: argparse.Namespace, data: dict[str, object]) -> int:
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return 0


def locality_id_by_name(store: Store, name: str) -> str:
    from obecdesk.core.localities import LocalityService

    found = LocalityService(store).find_by_name(name)
    if found is None:
        raise UserError(f"Lokalita {name!r} neexistuje.")
    return found.id


def cmd_list(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.inventory import list_rows

    locality_id = locality_id_by_name(store, args.locality) if args.locality else None
    if args.kind == "methods":  # the method catalog: shipped files and stored methods
        from obecdesk.commands.methods import method_rows

        rows = method_rows(store, locality_id)
    else:
        rows = list_rows(store, args.kind, locality_id=locality_id)
    if args.json:
        print_json(rows)
    else:
        name = "title" if rows and "title" in rows[0] else "name"
        print_table(rows, ["id", name])
    return 0


def _purge_command(args: argparse.Namespace) -> str:
    """The purge command for the same store this command was given."""
    from obecdesk.core.stakeholders.erased_backups import PURGE_ARGS, PURGE_COMMAND

    if args.data_dir:
        return f"obecdesk --data-dir {shlex.quote(args.data_dir)} {PURGE_ARGS}"
    if args.database_url:
        return f"obecdesk --database-url {shlex.quote(args.database_url)} {PURGE_ARGS}"
    return PURGE_COMMAND


def cmd_check(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.meetings.decision_numbers import duplicate_decision_codes
    from obecdesk.core.stakeholders.erased_backups import backups_holding_erased_data

    problems = store.check()
    if not problems:  # a store at the current schema: also the rule of decision numbers
        with store.reading() as session:
            problems = [f"Číslo usnesení {d.code} patří více usnesením (počet "
                        f"{len(d.decision_ids)}: {', '.join(d.decision_ids)})."
                        for d in duplicate_decision_codes(session)]
    stale = backups_holding_erased_data(store)
    for backup in stale:
        problems.append(f"Záloha {backup.path} (pořízena {when_text(backup.taken_at)}) stále obsahuje "
                        "osobní údaje, které byly mezitím vymazány.")
    if stale:
        problems.append(f"Zálohy s vymazanými osobními údaji smažete příkazem: "
                        f"{_purge_command(args)}")
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"Databáze {store.location} je v pořádku (schéma {store.schema_version()}).")
    return 0


def when_text(moment: dt.datetime) -> str:
    from obecdesk.core.formatting import date_text

    local = moment.astimezone()
    return f"{date_text(local.date())} {local:%H:%M:%S}"
