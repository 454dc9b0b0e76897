"""``methods suggest | search | show``: the facilitation method catalog from the command line
(``list methods`` lists it; ``report method-card`` prints one)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from obecdesk.catalog.method_schema import CONFLICT, Method
from obecdesk.commands.output import print_json, print_table
from obecdesk.core.methods.ranking import Need
from obecdesk.core.methods.service import MethodFilter, MethodsService
from obecdesk.core.vocabulary.methods import Purpose
from obecdesk.store import Store


def method_row(method: Method) -> dict[str, Any]:
    """The facts of a method that decide a choice, as JSON-ready values."""
    return {
        "id": method.id, "name": method.name_cs, "name_en": method.name_en, "kind": method.kind,
        "origin": method.origin, "purposes": list(method.purposes),
        "participation": method.participation, "group_min": method.group_min,
        "group_max": method.group_max, "minutes_min": method.minutes_min,
        "minutes_max": method.minutes_max, "conflict": method.conflict, "skill": method.skill,
        "low_literacy": method.low_literacy, "low_trust": method.low_trust,
        "language_barriers": method.language_barriers,
    }


def method_rows(store: Store, locality_id: str | None = None) -> list[dict[str, Any]]:
    """``obecdesk list methods``: every method and agenda block; broken files on stderr."""
    service = MethodsService(store)
    for problem in service.problems:
        print(f"obecdesk: {problem}", file=sys.stderr)
    return [method_row(m) for m in service.methods(locality_id)]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("methods", help="katalog facilitačních metod: výběr, hledání, detail")
    actions = p.add_subparsers(dest="methods_action", metavar="AKCE", required=True)

    s = actions.add_parser("suggest", help="seřadit metody pro bod programu a říct proč")
    s.add_argument("--purpose", required=True, choices=[p.value for p in Purpose],
                   help="účel bodu programu")
    s.add_argument("--participants", type=int, required=True, metavar="N",
                   help="očekávaný počet účastníků")
    s.add_argument("--minutes", type=int, required=True, metavar="M", help="čas na bod v minutách")
    s.add_argument("--conflict", choices=CONFLICT, default="none",
                   help="none = bez konfliktu, tension = napětí, open = otevřený konflikt")
    s.add_argument("--low-literacy", action="store_true", help="účastníci s nízkou gramotností")
    s.add_argument("--low-trust", action="store_true", help="malá důvěra ve skupině")
    s.add_argument("--language-barriers", action="store_true", help="jazyková bariéra")
    s.add_argument("--locality", help="započítat hodnocení metod v této lokalitě (název)")
    s.add_argument("--json", action="store_true", help="výstup jako JSON")
    s.set_defaults(handler=cmd_suggest)

    s = actions.add_parser("search", help="hledat v katalogu (tvary českých slov, bez diakritiky)")
    s.add_argument("text", help="hledaná slova")
    s.add_argument("--json", action="store_true", help="výstup jako JSON")
    s.set_defaults(handler=cmd_search)

    s = actions.add_parser("rate", help="ohodnotit, jak metoda bodu programu proběhla (1–5)")
    s.add_argument("--item", required=True, metavar="ID", help="id bodu programu s metodou")
    s.add_argument("--score", required=True, type=int, help="1 (špatně) až 5 (výborně)")
    s.add_argument("--note", default="", help="poznámka k průběhu")
    s.set_defaults(handler=cmd_rate)

    s = actions.add_parser("show", help="celý popis metody")
    s.add_argument("method", metavar="ID", help="id metody (např. world-cafe)")
    s.add_argument("--json", action="store_true", help="výstup jako JSON")
    s.set_defaults(handler=cmd_show)


def _locality_id(store: Store, name: str | None) -> str | None:
    if not name:
        return None
    from obecdesk.commands.store_commands import locality_id_by_name

    return locality_id_by_name(store, name)


def cmd_suggest(args: argparse.Namespace, store: Store) -> int:
    need = Need(purpose=args.purpose, participants=args.participants, minutes=args.minutes,
                conflict=args.conflict, low_literacy=args.low_literacy,
                low_trust=args.low_trust, language_barriers=args.language_barriers)
    result = MethodsService(store).suggest(need, _locality_id(store, args.locality))
    if args.json:
        print_json({
            "ranked": [{"id": r.method.id, "name": r.method.name, "score": r.score,
                        "why": r.why, "fails": r.fails,
                        "minutes": [r.method.minutes_min, r.method.minutes_max],
                        "group": [r.method.group_min, r.method.group_max]}
                       for r in result.ranked],
            "excluded": [{"id": e.method.id, "name": e.method.name, "reason": e.reason}
                         for e in result.excluded],
        })
        return 0
    if not result.ranked:
        print("Žádná metoda se nehodí; zkuste jiný účel nebo víc času.")
    for number, r in enumerate(result.ranked, start=1):
        print(f"{number}. {r.method.name} ({r.score} b.)")
        for line in r.why:
            print(f"     + {line}")
        for line in r.fails:
            print(f"     − {line}")
    fitting = [e for e in result.excluded if args.purpose in e.method.purposes]
    if fitting:
        print("Vyřazeno:")
        for e in fitting:
            print(f"   {e.method.name}: {e.reason}")
    return 0


def cmd_search(args: argparse.Namespace, store: Store) -> int:
    found = MethodsService(store).find(MethodFilter(text=args.text))
    if args.json:
        print_json([method_row(m) for m in found])
    elif not found:
        print("Nic nenalezeno.")
    else:
        print_table([{"id": m.id, "název": m.name} for m in found], ["id", "název"])
    return 0


def cmd_show(args: argparse.Namespace, store: Store) -> int:
    method = MethodsService(store).get(args.method)
    if args.json:
        data = asdict(method)
        data["steps"] = [asdict(step) for step in method.steps]
        print_json(data)
        return 0
    print(f"{method.name} – {method.summary_cs}")
    print(f"Skupina {method.group_min}–{method.group_max} lidí, "
          f"{method.minutes_min}–{method.minutes_max} min")
    for number, step in enumerate(method.steps, start=1):
        print(f"  {number}. ({step.minutes} min) {step.cs}")
    return 0


def cmd_rate(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.methods.ratings import MethodRatings

    MethodRatings(store).rate(args.item, args.score, args.note)
    print("Hodnocení uloženo.")
    return 0
