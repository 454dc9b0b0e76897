"""``backup create|list|restore|purge``: copies of the store in ``backups/`` beside it."""

from __future__ import annotations

import argparse
from pathlib import Path

from obecdesk.commands.output import print_json
from obecdesk.commands.store_commands import when_text
from obecdesk.core.backups import BackupService
from obecdesk.core.formatting import number_text
from obecdesk.core.stakeholders.erased_backups import purge_backups_before_erasure
from obecdesk.store import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", aliases=["backups"],
                       help="zálohy databáze ve složce backups/ (vytvořit, vypsat, obnovit)")
    actions = p.add_subparsers(dest="backups_action", metavar="AKCE", required=True)
    a = actions.add_parser("create", help="zálohovat databázi teď (ruční zálohy se nerotují)")
    a.set_defaults(handler=cmd_create, upgrade=False)
    a = actions.add_parser("list", help="vypsat zálohy od nejnovější")
    a.add_argument("--json", action="store_true", help="výstup jako JSON")
    a.set_defaults(handler=cmd_list, upgrade=False)
    a = actions.add_parser(
        "restore", help="obnovit databázi ze zálohy; současný stav se předtím sám zazálohuje a "
        "obnovená databáze se stane novou replikou")
    a.add_argument("backup", help="název zálohy z `backup list` nebo cesta k ní")
    a.set_defaults(handler=cmd_restore, upgrade=False)
    a = actions.add_parser(
        "purge", help="smazat zálohy pořízené před posledním výmazem osobních údajů (GDPR); "
        "vypíše, co smazal")
    a.add_argument("--before-erasure", action="store_true", required=True,
                   help="zálohy starší než poslední výmaz osobních údajů")
    a.add_argument("--dry-run", action="store_true", help="jen vypsat, nic nemazat")
    a.set_defaults(handler=cmd_purge, upgrade=False)


def cmd_create(args: argparse.Namespace, store: Store) -> int:
    print(f"Záloha vytvořena: {BackupService(store).create()}")
    return 0


def cmd_list(args: argparse.Namespace, store: Store) -> int:
    backups = BackupService(store).list()
    if args.json:
        print_json([{"name": b.path.name, "path": str(b.path), "taken_at": b.taken_at.isoformat(),
                     "reason": b.reason, "size": b.size} for b in backups])
        return 0
    if not backups:
        print("Žádné zálohy.")
    for b in backups:
        print(f"{b.path.name}\t{when_text(b.taken_at.astimezone())}\t{b.reason}\t"
              f"{number_text(round(b.size / 1024))} kB")
    return 0


def cmd_restore(args: argparse.Namespace, store: Store) -> int:
    name = Path(args.backup).name
    safety = BackupService(store).restore(args.backup)
    print(f"Obnoveno ze zálohy {name}. Stav před obnovením je uložen v {safety.name}; "
          "obnovená databáze se při příštím otevření stane novou replikou.")
    return 0


def cmd_purge(args: argparse.Namespace, store: Store) -> int:
    purged = purge_backups_before_erasure(store, dry_run=args.dry_run)
    if not purged:
        print("Žádná záloha nepochází z doby před výmazem osobních údajů; nic se nemaže.")
        return 0
    verb = "Ke smazání" if args.dry_run else "Smazáno"
    for backup in purged:
        print(f"{verb}: {backup.path} (pořízena {when_text(backup.taken_at)})")
    if args.dry_run:
        print(f"Nic se nesmazalo (--dry-run); záloh ke smazání: {len(purged)}.")
    return 0
