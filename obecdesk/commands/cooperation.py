"""``cooperation show`` and ``cooperation set``: the frame of an acute or systematic cooperation
(request, conditions, decision, memorandum, planned end) without the GUI."""

from __future__ import annotations

import argparse

from obecdesk.commands.arguments import day
from obecdesk.store import Store

CONDITIONS = ["capacity", "active", "values", "inclusive", "open"]
DECISIONS = ["not_yet", "accepted", "declined"]
MODES = ["acute", "systematic", "long_term"]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cooperation", help="rámec spolupráce: žádost obce, podmínky, rozhodnutí, "
                       "memorandum a odpočet do konce (cooperation show | set)")
    actions = p.add_subparsers(dest="cooperation_action", metavar="AKCE", required=True)
    s = actions.add_parser("show", help="vypsat rámec spolupráce lokality")
    s.add_argument("--locality", required=True, help="název lokality")
    s.add_argument("--json", action="store_true", help="výstup jako JSON")
    s.set_defaults(handler=cmd_cooperation_show)
    e = actions.add_parser("set", help="zapsat žádost, podmínky, rozhodnutí nebo memorandum "
                           "(jen zadané volby)",
                           description="Změní zadané údaje rámce spolupráce; ostatní zůstanou.")
    e.add_argument("--locality", required=True, help="název lokality")
    e.add_argument("--requested-by", metavar="JMÉNO", help="kdo za obec požádal (aktér lokality)")
    e.add_argument("--requested-on", type=day, metavar="RRRR-MM-DD", help="datum žádosti")
    e.add_argument("--theme", action="append", metavar="TÉMA",
                   help="téma žádosti (kód, např. housing, nebo vlastní text); lze opakovat")
    e.add_argument("--requested-mode", choices=MODES, help="režim, o který obec žádá")
    e.add_argument("--situation", metavar="TEXT", help="situace slovy obce")
    e.add_argument("--decision", choices=DECISIONS,
                   help="rozhodnutí: not_yet (zatím ne), accepted (přijato), declined (odmítnuto)")
    e.add_argument("--reason", metavar="TEXT", help="důvod rozhodnutí (u odmítnutí povinný)")
    e.add_argument("--decided-on", type=day, metavar="RRRR-MM-DD", help="datum rozhodnutí")
    e.add_argument("--agreed-on", type=day, metavar="RRRR-MM-DD", help="datum memoranda")
    end = e.add_mutually_exclusive_group()
    end.add_argument("--end", type=day, metavar="RRRR-MM-DD",
                     help="plánovaný konec jinak, než určuje režim")
    end.add_argument("--mode-end", action="store_true",
                     help="plánovaný konec zase podle režimu (zrušit --end)")
    e.add_argument("--met", action="append", choices=CONDITIONS, metavar="PODMÍNKA",
                   help="podmínka je splněna: " + ", ".join(CONDITIONS))
    e.add_argument("--not-met", action="append", choices=CONDITIONS, metavar="PODMÍNKA",
                   help="podmínka splněna není")
    e.add_argument("--note", nargs=2, action="append", metavar=("PODMÍNKA", "TEXT"),
                   help="poznámka k podmínce")
    e.add_argument("--json", action="store_true", help="vypsat výsledek jako JSON")
    e.set_defaults(handler=cmd_cooperation_set)


def cmd_cooperation_show(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.commands.store_commands import locality_id_by_name
    from obecdesk.core.cooperation.service import CooperationService

    frame = CooperationService(store).frame(locality_id_by_name(store, args.locality))
    return _print(frame, args.json)


def _print(frame, as_json: bool) -> int:
    from obecdesk.commands.output import print_json
    from obecdesk.core.cooperation.summary import frame_dict, frame_lines

    if as_json:
        print_json(frame_dict(frame))
    else:
        print("\n".join(frame_lines(frame)))
    return 0


def cmd_cooperation_set(args: argparse.Namespace, store: Store) -> int:
    import copy

    from obecdesk.commands.store_commands import locality_id_by_name
    from obecdesk.core.cooperation.service import CooperationService
    from obecdesk.errors import UserError

    locality_id = locality_id_by_name(store, args.locality)
    service = CooperationService(store)
    before = service.frame(locality_id).data
    data = copy.deepcopy(before)
    if args.requested_by is not None:
        data.requested_by_id = (_actor(store, locality_id, args.requested_by)
                                if args.requested_by.strip() else None)
    changes = {"requested_on": args.requested_on, "themes": args.theme,
               "requested_mode": args.requested_mode, "situation": args.situation,
               "decision": args.decision, "decision_reason": args.reason,
               "decided_on": args.decided_on, "agreed_on": args.agreed_on,
               "planned_end_override": args.end}
    for name, value in changes.items():
        if value is not None:
            setattr(data, name, value)
    if args.mode_end:
        data.planned_end_override = None
    conditions = {c.code: c for c in data.conditions}
    both = set(args.met or []) & set(args.not_met or [])
    if both:
        raise UserError(f"Podmínka {sorted(both)[0]} nemůže být zároveň splněná i nesplněná.")
    for code in args.met or []:
        conditions[code].met = True
    for code in args.not_met or []:
        conditions[code].met = False
    for code, text in args.note or []:
        if code not in conditions:
            raise UserError(f"Neznámá podmínka {code!r}; známé jsou: {', '.join(CONDITIONS)}.")
        conditions[code].note = text
    frame = service.save(locality_id, data, before=before)
    if not args.json:
        print(f"Rámec spolupráce lokality {frame.locality_name} uložen.")
    return _print(frame, args.json)


def _actor(store: Store, locality_id: str, name: str) -> str:
    from obecdesk.core.stakeholders.actors import ActorService
    from obecdesk.errors import UserError

    found = ActorService(store).same_name(locality_id, name)
    if len(found) != 1:
        raise UserError(f"Aktér {name!r} v lokalitě není." if not found else
                        f"Jménu {name!r} odpovídá více aktérů; upřesněte ho.")
    return found[0].id


def cmd_report_cooperation(args: argparse.Namespace, store: Store) -> int:
    """``report cooperation --locality NAME``: the closing report (reportlab loads only now)."""
    from obecdesk.commands.store_commands import locality_id_by_name
    from obecdesk.reports.cooperation_report import write_cooperation_report

    path = write_cooperation_report(store, locality_id_by_name(store, args.locality), args.out)
    print(f"Uloženo: {path}")
    return 0
