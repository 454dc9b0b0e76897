"""``overview``: every locality side by side, as the central office compares them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from obecdesk.commands.arguments import count

if TYPE_CHECKING:
    from obecdesk.store import Store

COLUMNS = ["Lokalita", "Fáze", "Konzultant/ka", "Poslední balíček", "Stav", "Členové",
           "Rozhod.", "CS", "Jednání 90 d", "Úkoly/po term.", "Mimo plán", "Projekty",
           "Získáno"]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "overview", help="přehled všech lokalit (fáze, poslední balíček, zdraví partnerství)",
        description="Přehled lokalit pro centrálu: režim a fáze spolupráce, konzultant/ka, "
                    "poslední přijatý balíček, zdraví partnerství (členové orgánů, lidé "
                    "s rozhodovací pravomocí, zástupci cílové skupiny (CS), jednání za 90 dní, "
                    "otevřené úkoly a úkoly po termínu), indikátory mimo plán a projekty.")
    p.add_argument("--json", action="store_true", help="vypsat přehled jako JSON")
    p.add_argument("--stale-days", type=count, default=None, metavar="DNÍ",
                   help="lokalita je zastaralá, když její poslední balíček je starší než tolik "
                        "dní (výchozí 30)")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="uložit přehled také jako tabulku XLSX")
    p.set_defaults(handler=cmd_overview)


def cmd_overview(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.commands.output import print_json, print_table
    from obecdesk.core.formatting import money_text
    from obecdesk.core.hq_overview import DEFAULT_STALE_DAYS, hq_overview, overview_json
    from obecdesk.core.hq_overview_export import bundle_text, phase_text, write_overview_xlsx

    stale_days = DEFAULT_STALE_DAYS if args.stale_days is None else args.stale_days
    overview = hq_overview(store, stale_days=stale_days)
    if args.xlsx:
        write_overview_xlsx(overview, args.xlsx)
    if args.json:
        print_json(overview_json(overview))
        return 0
    if not overview.rows:
        print("V databázi není žádná lokalita.")
    else:
        print_table([{
            "Lokalita": r.name, "Fáze": phase_text(r), "Konzultant/ka": r.coordinator,
            "Poslední balíček": bundle_text(r),
            "Stav": "ZASTARALÉ" if r.stale else ("slabé" if r.weak else "v pořádku"),
            "Členové": r.health.members, "Rozhod.": r.health.decision_makers,
            "CS": r.health.target_group, "Jednání 90 d": r.health.meetings_recent,
            "Úkoly/po term.": f"{r.health.actions_open}/{r.health.actions_overdue}",
            "Mimo plán": r.off_track,
            "Projekty": f"{r.projects.prepared} připr., {r.projects.approved} schv.",
            "Získáno": money_text(r.projects.obtained),
        } for r in overview.rows], COLUMNS)
        stale = overview.stale()
        print(f"\nZastaralé (poslední balíček starší než {stale_days} dní): "
              + (", ".join(r.name for r in stale) if stale else "žádné"))
    if args.xlsx:
        print(f"Uloženo: {args.xlsx}")
    return 0
