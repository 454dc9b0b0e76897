"""``import projects|measures|indicator-values``, ``export …`` and ``report indicators``: the
strategic plan, its indicators and the projects from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from obecdesk.commands.store_commands import locality_id_by_name
from obecdesk.core.indicators.import_columns import COLUMNS
from obecdesk.core.indicators.imports import PlanImportPreview, PlanImportService
from obecdesk.core.stakeholders.imports.encoding import ENCODING_CHOICES
from obecdesk.store import Store

KINDS = {"projects": "projekty", "measures": "opatření strategického plánu",
         "indicator-values": "hodnoty ukazatelů za období"}


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_parsers(sub: argparse._SubParsersAction) -> None:
    # ``import`` is made by the stakeholder commands (``import actors``); its kinds grow here
    # (``export`` alone is parsed without the stakeholder commands, so ``import`` may be absent)
    importing = sub.choices.get("import")
    what = _subcommands(importing) if importing is not None else None
    for kind, label in KINDS.items() if what is not None else ():
        headers = ", ".join(spellings[0] for spellings in COLUMNS[kind].values())
        p = what.add_parser(kind, help=f"{label} z tabulky CSV (Excel: středník, cp1250 nebo "
                            "UTF-8) nebo XLSX", description=f"Importuje {label}. Sloupce: "
                            f"{headers} (viz docs/import-formats.md).")
        p.add_argument("file", metavar="SOUBOR", type=Path)
        p.add_argument("--locality", required=True, help="název lokality")
        p.add_argument("--encoding", choices=list(ENCODING_CHOICES), default="auto",
                       help="kódování souboru CSV (výchozí: rozpoznat)")
        p.add_argument("--dry-run", action="store_true", help="jen ukázat, co by se stalo")
        p.set_defaults(handler=cmd_import, import_kind=kind)

    p = sub.add_parser("export", help="tabulka projektů, opatření nebo hodnot ukazatelů do "
                       "XLSX nebo CSV (pro český Excel); návrhy z participace do XLSX nebo PDF")
    kinds = [*KINDS, "proposals"]
    p.add_argument("kind", choices=kinds, help=" | ".join(kinds))
    p.add_argument("--locality", required=True, help="název lokality")
    p.add_argument("--out", required=True, type=Path,
                   metavar="SOUBOR.xlsx|SOUBOR.csv|SOUBOR.pdf")
    p.set_defaults(handler=cmd_export)


def _print_preview(preview: PlanImportPreview) -> None:
    print(f"Soubor: {preview.file_name} ({preview.description})")
    print("Sloupce: " + ", ".join(f"{h} → {f}" for h, f in preview.columns.items()))
    for note in preview.notes:
        print(note)
    for row in preview.rows:
        for warning in row.warnings:
            print(f"  řádek {row.line}: {warning}")


def cmd_import(args: argparse.Namespace, store: Store) -> int:
    locality_id = locality_id_by_name(store, args.locality)
    service = PlanImportService(store)
    preview = service.preview(args.import_kind, args.file, locality_id, encoding=args.encoding)
    _print_preview(preview)
    if args.dry_run:
        print(f"Zkouška nanečisto: importovalo by se {len(preview.rows)}; nic se nezapsalo.")
    else:
        print(f"Importováno: {service.commit(preview)}")
    print(f"Odmítnuto: {len(preview.rejected)}")
    for line, reason in preview.rejected:
        print(f"  řádek {line}: {reason}")
    if preview.empty_rows:
        print(f"Prázdné řádky přeskočeny: {preview.empty_rows}")
    if not preview.rows:
        print("Žádný řádek nešlo importovat; nic se nezapsalo.")
        return 1
    return 0


def cmd_export(args: argparse.Namespace, store: Store) -> int:
    locality_id = locality_id_by_name(store, args.locality)
    if args.kind == "proposals":
        from obecdesk.reports.proposals_list import write_proposals

        path = write_proposals(store, locality_id, args.out)
    else:
        from obecdesk.core.indicators.export import write_export

        path = write_export(store, args.kind, locality_id, args.out)
    print(f"Uloženo: {path}")
    return 0


def cmd_report_indicators(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.indicators.overview import locality_indicators
    from obecdesk.reports.indicator_report import write_indicator_report

    today = getattr(args, "today", None) or dt.date.today()
    data = locality_indicators(store, locality_id_by_name(store, args.locality), today)
    print(f"Uloženo: {write_indicator_report(data, args.out)}")
    return 0
