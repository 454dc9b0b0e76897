"""``situation add``, ``situation attach`` and ``situation save-attachment``: the situation log
of an escalated situation from a script or the terminal (``list situation-events`` lists it)."""

from __future__ import annotations

import argparse

from obecdesk.commands.arguments import count, day
from obecdesk.store import Store

KINDS = ["incident", "petition", "protest", "council_resolution", "media_article",
         "social_post", "police_statement", "rumour"]


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("situation", help="situační deník: události eskalované situace a jejich "
                       "přílohy (situation add | attach | save-attachment)")
    actions = p.add_subparsers(dest="situation_action", metavar="AKCE", required=True)
    a = actions.add_parser("add", help="zapsat událost do situačního deníku")
    a.add_argument("--locality", required=True, help="název lokality")
    a.add_argument("--date", type=day, required=True, metavar="RRRR-MM-DD", help="kdy se stala")
    a.add_argument("--kind", choices=KINDS, required=True, metavar="DRUH",
                   help="druh: " + ", ".join(KINDS))
    a.add_argument("--title", required=True, help="co se stalo, jednou větou")
    a.add_argument("--severity", type=int, choices=[1, 2, 3, 4], default=2,
                   help="závažnost 1 (nízká) až 4 (kritická); výchozí 2")
    a.add_argument("--description", default="", help="popis")
    a.add_argument("--source", default="", help="zdroj (médium, skupina, policie…)")
    a.add_argument("--reach", type=count, help="odhad počtu zasažených lidí")
    a.add_argument("--actor", action="append", default=[], metavar="JMÉNO",
                   help="zapojený aktér lokality; lze opakovat")
    a.add_argument("--attach", action="append", default=[], metavar="SOUBOR",
                   help="přiložit soubor (nejvýše 10 MB); lze opakovat")
    a.add_argument("--json", action="store_true", help="vypsat událost jako JSON")
    a.set_defaults(handler=cmd_situation_add)
    f = actions.add_parser("attach", help="přiložit soubor k události")
    f.add_argument("event", metavar="ID_UDÁLOSTI", help="id události (list situation-events)")
    f.add_argument("file", metavar="SOUBOR", help="soubor, nejvýše 10 MB")
    f.set_defaults(handler=cmd_situation_attach)
    s = actions.add_parser("save-attachment", help="uložit přílohu do souboru")
    s.add_argument("attachment", metavar="ID_PŘÍLOHY",
                   help="id přílohy (list situation-attachments)")
    s.add_argument("--out", required=True, metavar="SOUBOR", help="kam přílohu uložit")
    s.set_defaults(handler=cmd_situation_save)


def cmd_situation_add(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.commands.output import print_json
    from obecdesk.commands.store_commands import locality_id_by_name
    from obecdesk.core.communication.situation import EventData, SituationLog

    locality_id = locality_id_by_name(store, args.locality)
    actors = [_actor(store, locality_id, name) for name in args.actor]
    log = SituationLog(store)
    event_id = log.add(locality_id, EventData(
        args.date, args.kind, args.title, args.description, args.source, args.reach,
        args.severity, actors))
    files = [log.attach(event_id, path) for path in args.attach]
    if args.json:
        print_json({"id": event_id, "attachments": [f.id for f in files]})
    else:
        print(f"Událost zapsána: {args.title} (id {event_id}).")
        for info in files:
            print(f"Příloha {info.file_name} (id {info.id}).")
    return 0


def _actor(store: Store, locality_id: str, name: str) -> str:
    from obecdesk.core.stakeholders.actors import ActorService
    from obecdesk.errors import UserError

    found = ActorService(store).same_name(locality_id, name)
    if len(found) != 1:
        raise UserError(f"Aktér {name!r} v lokalitě není." if not found else
                        f"Jménu {name!r} odpovídá více aktérů; upřesněte ho.")
    return found[0].id


def cmd_situation_attach(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.communication.situation import SituationLog

    info = SituationLog(store).attach(args.event, args.file)
    print(f"Příloha {info.file_name} přiložena (id {info.id}).")
    return 0


def cmd_situation_save(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.communication.situation import SituationLog

    path = SituationLog(store).save_attachment(args.attachment, args.out)
    print(f"Uloženo: {path}")
    return 0
