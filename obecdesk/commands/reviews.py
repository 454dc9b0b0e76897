"""``review``: HQ's comments, approvals and returns for correction of indicator values, projects
and measures, the coordinator's answer "opraveno", the list of HQ's notes and an item's history."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from obecdesk.store import Store

KINDS = ("value", "project", "measure")
#: the action word → the stored state
ACTIONS = {"approve": "approved", "return": "returned", "comment": "comment",
           "corrected": "corrected"}
ACTION_HELP = {
    "approve": "schválit položku (jen centrála)",
    "return": "vrátit položku k opravě s komentářem, co opravit (jen centrála)",
    "comment": "připojit komentář k položce",
    "corrected": "ohlásit, že vrácená položka je opravena, s poznámkou (konzultant/ka)",
}
LIST_COLUMNS = ["Stav", "Položka", "Lokalita", "Komentář", "Kdo", "Kdy", "Druh", "Id"]


def _item_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, metavar="DRUH",
                   help="value (hodnota ukazatele), project (projekt) nebo measure (opatření)")
    p.add_argument("item_id", metavar="ID", help="id položky (obecdesk review list, "
                   "obecdesk list indicator_values --json)")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="poznámky centrály: schválení, vrácení k opravě, oprava",
                       description="Centrála komentuje, schvaluje nebo vrací k opravě hodnoty "
                                   "ukazatelů, projekty a opatření; stav a komentář putují "
                                   "v balíčku, konzultant/ka opraví a ohlásí opravu.")
    actions = p.add_subparsers(dest="review_action", metavar="AKCE", required=True)
    for action, text in ACTION_HELP.items():
        a = actions.add_parser(action, help=text, description=text)
        _item_arguments(a)
        a.add_argument("--comment", default="", metavar="TEXT", help="komentář nebo poznámka")
        a.set_defaults(handler=cmd_review, state=ACTIONS[action])
    listing = actions.add_parser("list", help="poznámky centrály, vrácené položky první")
    listing.add_argument("--locality", metavar="NÁZEV", help="jen položky této lokality")
    listing.add_argument("--open", action="store_true",
                         help="jen otevřené (vrácené k opravě a opravené, dosud neschválené)")
    listing.add_argument("--json", action="store_true", help="vypsat jako JSON")
    listing.set_defaults(handler=cmd_list)
    history = actions.add_parser("history", help="historie stavů jedné položky")
    _item_arguments(history)
    history.add_argument("--json", action="store_true", help="vypsat jako JSON")
    history.set_defaults(handler=cmd_history)


def _state_label(state: str) -> str:
    from obecdesk.core.vocabulary.reviews import ReviewState

    return ReviewState.label_of(state)


def cmd_review(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.reviews import ReviewService

    service = ReviewService(store)
    entry = service.review(args.kind, args.item_id, args.state, args.comment)
    line = f"{_state_label(entry.state)}: {service.label(args.kind, args.item_id)}"
    print(f"{line} – {entry.comment}" if entry.comment else line)
    print("Záznam odejde s příštím balíčkem.")
    return 0


def cmd_list(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.commands.output import print_json, print_table
    from obecdesk.commands.store_commands import locality_id_by_name
    from obecdesk.core.reviews import ReviewService

    locality_id = locality_id_by_name(store, args.locality) if args.locality else None
    notes = ReviewService(store).notes(locality_id, open_only=args.open)
    if args.json:
        print_json([{
            "kind": n.review.kind, "item_id": n.item_id, "label": n.label,
            "locality": n.locality, "state": n.review.state,
            "state_label": _state_label(n.review.state), "comment": n.review.comment,
            "last_comment": n.review.last_comment, "author": n.review.author,
            "at": n.review.created_at, "entries": n.review.entries, "open": n.review.open,
        } for n in notes])
        return 0
    if not notes:
        print("Žádné otevřené poznámky centrály." if args.open else
              "Centrála zatím nic nekomentovala.")
        return 0
    print_table([{
        "Stav": _state_label(n.review.state), "Položka": n.label, "Lokalita": n.locality,
        "Komentář": n.review.comment, "Kdo": n.review.author, "Kdy": n.review.created_at[:16].replace("T", " "),
        "Druh": n.review.kind, "Id": n.item_id,
    } for n in notes], LIST_COLUMNS)
    return 0


def cmd_history(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.commands.output import print_json
    from obecdesk.core.reviews import ReviewService

    service = ReviewService(store)
    entries = service.history(args.kind, args.item_id)
    if args.json:
        print_json([{"state": e.state, "state_label": _state_label(e.state),
                     "comment": e.comment, "author": e.author, "author_role": e.author_role,
                     "at": e.created_at} for e in entries])
        return 0
    print(service.label(args.kind, args.item_id))
    if not entries:
        print("Bez poznámek centrály.")
    for e in entries:
        who = f"{e.author} ({'centrála' if e.author_role == 'hq' else 'terén'})"
        text = f"  {e.created_at[:16].replace('T', ' ')}  {_state_label(e.state)}  {who}"
        print(f"{text}: {e.comment}" if e.comment else text)
    return 0
