"""``init``, ``keys``, ``bundle`` and ``locality share``: replicas exchanging sync bundles.

Exit codes of ``bundle import``: 0 imported or already imported, 2 refused (a bad file, a bad
signature, an unknown sender), 1 any other error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from obecdesk.commands.output import print_json
from obecdesk.commands.store_commands import locality_id_by_name
from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.sync.bundle_import import ImportStatus, import_bundle
from obecdesk.sync.bundles import export_bundle, inspect_bundle
from obecdesk.sync.keys import ROLES, read_card
from obecdesk.sync.peers import (
    ROLE_LABELS,
    import_card,
    own_card,
    peers,
    replica_info,
    set_role,
    share_locality,
)

REFUSED_EXIT = 2
OTHER_EXIT = 1


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="nastavit roli a název této repliky (nová i stávající "
                       "databáze) a vytvořit její klíče")
    p.add_argument("--role", choices=ROLES, required=True, help="field (terén) nebo hq (centrála)")
    p.add_argument("--name", required=True, help="název repliky, který uvidí ostatní")
    p.set_defaults(handler=cmd_init)

    keys = sub.add_parser("keys", help="klíče a adresní karta této repliky")
    actions = keys.add_subparsers(dest="keys_action", metavar="AKCE", required=True)
    p = actions.add_parser("show", help="vypsat otisk klíčů a známé repliky")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_keys_show)
    p = actions.add_parser("export-card", help="uložit adresní kartu (veřejné klíče) do souboru")
    p.add_argument("--out", required=True, type=Path, help="cílový soubor")
    p.set_defaults(handler=cmd_export_card)
    p = actions.add_parser("import-card", help="načíst adresní kartu jiné repliky (centrály)")
    p.add_argument("file", type=Path, help="soubor s adresní kartou")
    p.set_defaults(handler=cmd_import_card)

    bundle = sub.add_parser("bundle", help="synchronizační balíčky (.obecbundle)")
    actions = bundle.add_subparsers(dest="bundle_action", metavar="AKCE", required=True)
    p = actions.add_parser("export", help="zapsat balíček změn pro jinou repliku")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", metavar="ID_REPLIKY", help="příjemce podle id repliky")
    to.add_argument("--to-hq", action="store_true", help="příjemcem je centrála")
    p.add_argument("--full", action="store_true", help="všechno, ne jen nepotvrzené změny")
    p.add_argument("--out", required=True, type=Path, help="cílový soubor .obecbundle")
    p.set_defaults(handler=cmd_bundle_export)
    p = actions.add_parser("import", help="načíst balíčky (kód 0 načteno nebo už načteno, "
                           "2 odmítnuto, 1 jiná chyba)")
    p.add_argument("files", nargs="+", type=Path, metavar="SOUBOR")
    p.add_argument("--accept-new-sender", metavar="OTISK", help="přijmout nového odesílatele "
                   "s tímto otiskem (porovnejte ho s odesílatelem)")
    p.add_argument("--json", action="store_true", help="výsledek jako JSON")
    p.set_defaults(handler=cmd_bundle_import)
    p = actions.add_parser("inspect", help="vypsat obálku balíčku (bez klíče a bez databáze)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_bundle_inspect, without_store=True)


def add_share_parser(actions: argparse._SubParsersAction) -> None:
    """``locality share``, added to the ``locality`` group of ``commands/localities.py``."""
    p = actions.add_parser("share", help="na centrále: posílat lokalitu i terénní replice")
    p.add_argument("name", help="název lokality")
    p.add_argument("--with", dest="replica", required=True, metavar="ID_REPLIKY")
    p.set_defaults(handler=cmd_locality_share)


def cmd_init(args: argparse.Namespace, store: Store) -> int:
    info = set_role(store, role=args.role, name=args.name)
    print(f"Replika „{info.name}“ ({ROLE_LABELS[info.role]}) je připravena.")
    print(f"Id repliky: {info.replica_id}")
    print(f"Otisk: {info.fingerprint}")
    return 0


def cmd_keys_show(args: argparse.Namespace, store: Store) -> int:
    info = replica_info(store)
    known = peers(store)
    if args.json:
        print_json({"replica_id": info.replica_id, "name": info.name, "role": info.role,
                    "fingerprint": info.fingerprint,
                    "peers": [{"replica_id": p.replica_id, "name": p.name, "role": p.role,
                               "fingerprint": p.fingerprint, "last_sent_at": p.last_sent_at,
                               "last_received_at": p.last_received_at,
                               "acknowledged_through": p.acked_through_at,
                               "acknowledged_at": p.acked_at} for p in known]})
        return 0
    print(f"Otisk: {info.fingerprint}")
    print(f"Id repliky: {info.replica_id}")
    print(f"Název: {info.name or '(nezadán)'}")
    print(f"Role: {ROLE_LABELS[info.role]}")
    for peer in known:
        print(f"Známá replika: {peer.name} ({ROLE_LABELS.get(peer.role, peer.role)}) "
              f"{peer.replica_id}, otisk {peer.fingerprint}")
        print(f"  poslední balíček odeslán {_when(peer.last_sent_at)}, přijat "
              f"{_when(peer.last_received_at)}; potvrdila naše změny do "
              f"{_when(peer.acked_through_at)}")
    return 0


def _when(iso: str) -> str:
    from obecdesk.commands.store_commands import when_text

    return when_text(dt.datetime.fromisoformat(iso)) if iso else "zatím ne"


def cmd_export_card(args: argparse.Namespace, store: Store) -> int:
    card = own_card(store)
    try:
        args.out.write_text(card.to_json(), encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Adresní kartu nelze zapsat do {args.out}: {os_error_text(exc)}.") from exc
    print(f"Adresní karta uložena do {args.out} (otisk {card.keys.fingerprint}).")
    return 0


def cmd_import_card(args: argparse.Namespace, store: Store) -> int:
    peer = import_card(store, read_card(args.file))
    print(f"Načtena adresní karta repliky „{peer.name}“ ({ROLE_LABELS[peer.role]}), "
          f"otisk {peer.fingerprint}. Porovnejte otisk s odesílatelem.")
    return 0


def cmd_bundle_export(args: argparse.Namespace, store: Store) -> int:
    summary = export_bundle(store, to=args.to, full=args.full, out=args.out)
    kinds = ", ".join(f"{kind} {count}" for kind, count in summary.counts.items()) or "žádné"
    print(f"Balíček pro „{summary.recipient_name}“ zapsán do {summary.path} "
          f"({'úplný' if summary.full else 'změny'}; záznamy: {kinds}; {summary.size} B).")
    return 0


def cmd_bundle_import(args: argparse.Namespace, store: Store) -> int:
    code, results, backed_up = 0, [], False  # one backup before the first file read in
    for path in args.files:
        try:
            result = import_bundle(store, path, accept_new_sender=args.accept_new_sender,
                                   backed_up=backed_up)
        except UserError as exc:
            print(f"{path.name}: {exc}", file=sys.stderr)
            results.append({"file": str(path), "status": "error", "message": str(exc)})
            code = max(code, OTHER_EXIT) if code != REFUSED_EXIT else code
            continue
        results.append({"file": str(path), "status": str(result.status),
                        "message": result.message, "bundle_id": result.bundle_id,
                        "sender": result.sender_id, "applied": result.applied,
                        "conflicts": result.conflicts, "forks": result.forks})
        backed_up = backed_up or result.status is ImportStatus.IMPORTED
        if result.status is ImportStatus.REFUSED:
            print(f"{path.name}: {result.message}", file=sys.stderr)
            code = REFUSED_EXIT
        elif not args.json:
            print(result.message)
    if args.json:
        print_json(results)
    return code


def cmd_bundle_inspect(args: argparse.Namespace, _store: None) -> int:
    info = inspect_bundle(args.file)
    if args.json:
        print_json(info.to_json())
        return 0
    print(f"Balíček: {info.bundle_id} (formát {info.format_version}, {info.size} B)")
    print(f"Odesílatel: {info.sender}, otisk {info.sender_fingerprint}")
    print(f"Příjemci: {', '.join(info.recipients)}")
    print(f"Vytvořen: {info.created_at}")
    return 0


def cmd_locality_share(args: argparse.Namespace, store: Store) -> int:
    locality_id = locality_id_by_name(store, args.name)
    if share_locality(store, locality_id, args.replica):
        print(f"Lokalita {args.name} se bude posílat replice {args.replica} (celá v příštím "
              "balíčku, pak jen změny).")
    else:
        print(f"Lokalita {args.name} už se replice {args.replica} posílá; nic se nezměnilo.")
    return 0
