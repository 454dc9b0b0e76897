"""``conflicts list`` and ``conflicts resolve``: the concurrent edits that lost a merge."""

from __future__ import annotations

import argparse
import json

from obecdesk.commands.output import print_json, print_table
from obecdesk.store import Store
from obecdesk.sync.conflict_review import KEEP_CHOICES, ConflictEntry, ConflictReview


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("conflicts", help="souběžné úpravy, které při synchronizaci prohrály")
    actions = p.add_subparsers(dest="conflicts_action", metavar="AKCE", required=True)
    p = actions.add_parser("list", help="vypsat nevyřešené konflikty (obě hodnoty, kdo a kdy)")
    p.add_argument("--all", action="store_true", help="i vyřešené")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_list)
    p = actions.add_parser(
        "resolve", help="ponechat jednu z hodnot; volba se zapíše jako běžná úprava a "
        "synchronizuje se dál")
    p.add_argument("id", type=int, help="číslo konfliktu z výpisu conflicts list")
    p.add_argument("--keep", choices=KEEP_CHOICES, required=True,
                   help="mine: hodnota zapsaná zde (jinak ta, která tu teď platí); theirs: ta "
                        "druhá; kept/lost: hodnota, která při slučování vyhrála / prohrála")
    p.set_defaults(handler=cmd_resolve)


def _text(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _row(entry: ConflictEntry) -> dict[str, object]:
    mine, theirs = ((entry.kept, entry.lost) if entry.mine_side == "kept"
                    else (entry.lost, entry.kept))

    def who(side) -> str:
        at = side.written_at.astimezone().strftime("%d.%m.%Y %H:%M") if side.written_at else ""
        return f"{side.replica_name or side.replica_id[:8]} {at}".strip()

    field = entry.field_label + (f" [{entry.element}]" if entry.element else "")
    return {"id": entry.id, "záznam": f"{entry.kind_label}: {entry.record}", "pole": field,
            "moje": _text(mine.value), "kdo/kdy (moje)": who(mine),
            "jejich": _text(theirs.value), "kdo/kdy (jejich)": who(theirs),
            "platí": "moje" if entry.mine_side == "kept" else "jejich"}


def cmd_list(args: argparse.Namespace, store: Store) -> int:
    entries = ConflictReview(store).list(include_resolved=args.all)
    if args.json:
        print_json([e.to_json() for e in entries])
    elif not entries:
        print("Žádné nevyřešené konflikty.")
    else:
        rows = [_row(e) for e in entries]
        print_table(rows, list(rows[0]))
    return 0


def cmd_resolve(args: argparse.Namespace, store: Store) -> int:
    review = ConflictReview(store)
    entry = review.get(args.id)
    result = review.resolve(args.id, keep=args.keep)
    field = entry.field_label + (f" [{entry.element}]" if entry.element else "")
    done = "zapsána jako nová úprava" if result.written else "záznam ji už obsahoval"
    print(f"Konflikt č. {args.id} vyřešen: {entry.kind_label} {entry.record}, {field} = "
          f"{_text(result.value)} ({done}).")
    return 0
