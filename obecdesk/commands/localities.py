"""``locality add`` and ``locality set``: create and edit a locality without the GUI, through
the same :class:`LocalityService` the locality dialog uses."""

from __future__ import annotations

import argparse
import dataclasses

from obecdesk.commands.arguments import count, day
from obecdesk.commands.output import print_json
from obecdesk.commands.store_commands import locality_id_by_name
from obecdesk.commands.sync_commands import add_share_parser
from obecdesk.core.localities import LocalityData, LocalityInfo, LocalityService
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.store import Store

MODES = [mode.value for mode in CooperationMode]


def _options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--region", required=required, metavar="KRAJ", help="kraj, např. Ústecký kraj")
    p.add_argument("--mode", required=required, choices=MODES,
                   help="režim spolupráce: acute (akutní komunikace), systematic (systematická "
                        "spolupráce), long_term (dlouhodobá spolupráce)")
    p.add_argument("--start", required=required, type=day, metavar="RRRR-MM-DD",
                   help="začátek spolupráce")
    p.add_argument("--population", type=count, metavar="POČET", help="počet obyvatel")
    p.add_argument("--coordinator", metavar="JMÉNO", help="lokální konzultant/ka")
    p.add_argument("--json", action="store_true", help="vypsat lokalitu jako JSON")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("locality", help="založit nebo upravit lokalitu (locality add | set)")
    actions = p.add_subparsers(dest="locality_action", metavar="AKCE", required=True)
    a = actions.add_parser("add", help="založit lokalitu",
                           description="Založí lokalitu; název se nesmí opakovat.")
    a.add_argument("name", metavar="NÁZEV")
    _options(a, required=True)
    a.set_defaults(handler=cmd_locality_add)
    s = actions.add_parser("set", help="změnit údaje lokality (jen zadané volby)",
                           description="Změní zadané údaje lokality; ostatní zůstanou.")
    s.add_argument("name", metavar="NÁZEV")
    s.add_argument("--rename", metavar="NOVÝ_NÁZEV", help="nový název lokality")
    _options(s, required=False)
    s.set_defaults(handler=cmd_locality_set)
    add_share_parser(actions)  # locality share: which field replica HQ sends a locality to


def _report(info: LocalityInfo, verb: str, args: argparse.Namespace) -> int:
    if args.json:
        data = dataclasses.asdict(info)
        data["start_date"] = info.start_date.isoformat() if info.start_date else None
        print_json(data)
    else:
        print(f"Lokalita {info.name} {verb} (id {info.id}).")
    return 0


def cmd_locality_add(args: argparse.Namespace, store: Store) -> int:
    data = LocalityData(name=args.name, region=args.region, mode=args.mode,
                        start_date=args.start, population=args.population,
                        coordinator=args.coordinator or "")
    return _report(LocalityService(store).create(data), "založena", args)


def cmd_locality_set(args: argparse.Namespace, store: Store) -> int:
    service = LocalityService(store)
    current = service.get(locality_id_by_name(store, args.name))
    data = current.data()
    changes = {"name": args.rename, "region": args.region, "mode": args.mode,
               "start_date": args.start, "population": args.population,
               "coordinator": args.coordinator}
    for field, value in changes.items():
        if value is not None:
            setattr(data, field, value)
    return _report(service.update(current.id, data), "uložena", args)
