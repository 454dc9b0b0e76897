"""``me``: who I am in each locality (Nastavení → Já), so ``tasks`` lists my tasks."""

from __future__ import annotations

import argparse

from obecdesk.commands.output import print_json, print_table
from obecdesk.commands.store_commands import locality_id_by_name
from obecdesk.core.localities import LocalityService
from obecdesk.core.profile import ProfileService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.errors import UserError
from obecdesk.store import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("me", help="můj profil: kdo z aktérů lokality jsem já (platí pro tento "
                       "počítač); bez voleb vypíše profil")
    p.add_argument("--locality", help="název lokality, v níž profil nastavit")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--actor", metavar="JMÉNO", help="já jsem tento aktér (osoba) lokality")
    what.add_argument("--create", metavar="JMÉNO", help="založit mě jako novou osobu lokality")
    what.add_argument("--clear", action="store_true", help="zrušit profil v lokalitě")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_me)


def _actor_named(store: Store, locality_id: str, name: str) -> str:
    found = ActorService(store).same_name(locality_id, name)
    if not found:
        raise UserError(f"Aktér {name!r} v lokalitě není; založte se volbou --create.")
    if len(found) > 1:
        names = ", ".join(a.name for a in found)
        raise UserError(f"Jménu {name!r} odpovídá více aktérů ({names}); upřesněte ho.")
    return found[0].id


def cmd_me(args: argparse.Namespace, store: Store) -> int:
    profile = ProfileService(store)
    changing = args.actor or args.create or args.clear
    if changing and not args.locality:
        raise UserError("Uveďte lokalitu (--locality), v níž se profil nastavuje.")
    if changing:
        locality_id = locality_id_by_name(store, args.locality)
        if args.create:
            profile.create_me(locality_id, ActorData(name=args.create))
        else:
            profile.set_me(locality_id, None if args.clear else
                           _actor_named(store, locality_id, args.actor))
    rows = []
    for locality in LocalityService(store).list(include_archived=True):
        if args.locality and locality.name != args.locality:
            continue
        me = profile.me(locality.id)
        rows.append({"locality": locality.name, "me": me.name if me else None,
                     "actor_id": me.id if me else None})
    if args.json:
        print_json(rows)
    elif not any(r["me"] for r in rows):
        print("Profil není nastaven. Nastavte ho: obecdesk me --locality NÁZEV --actor JMÉNO")
    else:
        print_table([{"lokalita": r["locality"], "já": r["me"] or "—"} for r in rows],
                    ["lokalita", "já"])
    return 0
