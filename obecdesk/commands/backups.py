"""``backup create|list|restore|purge``: copies of the store in ``backups/`` beside it."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from obecdesk.commands.output import print_json
from obecdesk.commands.store_commands import when_text
from obecdesk.core.formatting import number_text
from obecdesk.core.stakeholders.erased_backups import purge_backups_before_erasure
from obecdesk.errors import UserError
from obecdesk.store import Store
from obecdesk.store.backup import MANUAL, backup_sqlite, list_backups, restore_backup


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


def _database(store: Store) -> Path:
    path = store.database_path
    if path is None:
        raise UserError("Zálohy ve složce backups/ má jen databáze SQLite; databázi na serveru "
                        "zálohujte nástroji serveru.")
    return path


def cmd_create(args: argparse.Namespace, store: Store) -> int:
    try:
        taken = backup_sqlite(_database(store), reason=MANUAL)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(f"Zálohu nelze vytvořit: {getattr(exc, 'strerror', None) or exc}.") from exc
    print(f"Záloha vytvořena: {taken}")
    return 0


def cmd_list(args: argparse.Namespace, store: Store) -> int:
    backups = list_backups(_database(store))
    if args.json:
        print_json([{"name": b.path.name, "path": str(b.path), "taken_at": b.taken_at.isoformat(),
                     "reason": b.reason, "size": b.size} for b in backups])
        return 0
    if not backups:
        print("Žádné zálohy.")
    for b in backups:
        print(f"{b.path.name}\t{when_text(b.taken_at.astimezone())}\t{b.reason}\t{number_text(round(b.size / 1024))} kB")
    return 0


def cmd_restore(args: argparse.Namespace, store: Store) -> int:
    database = _database(store)
    chosen = Path(args.backup)
    if not chosen.is_file():
        chosen = database.parent / "backups" / args.backup
    if not chosen.is_file():
        raise UserError(f"Záloha {args.backup} neexistuje; názvy vypíše `obecdesk backup list`.")
    store.dispose()
    try:
        safety = restore_backup(database, chosen)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"Zálohu nelze obnovit: {exc.strerror or exc}.") from exc
    print(f"Obnoveno ze zálohy {chosen.name}. Stav před obnovením je uložen v {safety.name}; "
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
