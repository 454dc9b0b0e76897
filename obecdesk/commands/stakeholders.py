"""Stakeholder commands: ``import actors``, ``erase-person``, ``export-person``, ``composition``,
``stakeholder-map``; each calls the services the UI uses."""

from __future__ import annotations

import argparse
from pathlib import Path

from obecdesk.commands.output import print_json
from obecdesk.commands.store_commands import locality_id_by_name
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.stakeholders.composition import CompositionService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.core.stakeholders.imports.encoding import ENCODING_CHOICES
from obecdesk.core.stakeholders.imports.results import ImportPreview
from obecdesk.core.stakeholders.imports.rows import available_fields
from obecdesk.core.stakeholders.imports.service import ActorImportService
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.errors import UserError
from obecdesk.store import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="importovat data ze souboru (import actors SOUBOR …)")
    what = p.add_subparsers(dest="what", metavar="CO", required=True)
    fields = ", ".join(f for f, _label in available_fields())
    a = what.add_parser(
        "actors", help="aktéři z tabulky CSV (středník, cp1250 nebo UTF-8) nebo XLSX",
        description="Importuje aktéry z tabulky. Sloupce se poznají podle záhlaví "
                    "(Jméno, Příjmení, Organizace, Sektor, Role, E-mail, Telefon, …).",
    )
    a.add_argument("file", metavar="SOUBOR", type=Path)
    a.add_argument("--locality", required=True, help="název lokality")
    a.add_argument("--column", action="append", default=[], metavar="POLE=ZÁHLAVÍ",
                   help=f"určit sloupec pro pole (opakovatelné; prázdné ZÁHLAVÍ pole vypne); "
                        f"pole: {fields}")
    a.add_argument("--encoding", choices=list(ENCODING_CHOICES), default="auto",
                   help="kódování souboru CSV (výchozí: rozpoznat; cp852 = starý DOS)")
    a.add_argument("--dry-run", action="store_true", help="jen ukázat, co by se stalo")
    a.set_defaults(handler=cmd_import_actors)

    p = sub.add_parser("erase-person", help="vymazat osobní údaje osoby (GDPR), zůstane "
                       "anonymní záznam")
    p.add_argument("actor_id", metavar="ID_AKTÉRA")
    p.set_defaults(handler=cmd_erase_person)

    p = sub.add_parser("export-person", help="vypsat vše o osobě do souboru (právo na přístup)")
    p.add_argument("actor_id", metavar="ID_AKTÉRA")
    p.add_argument("--out", required=True, type=Path, metavar="SOUBOR",
                   help="cílový soubor (.txt čitelný text, .json strojově)")
    p.set_defaults(handler=cmd_export_person)

    p = sub.add_parser("composition", help="kontrola složení orgánu podle doporučení")
    p.add_argument("--body", required=True, metavar="ID",
                   help="id orgánu (nebo jeho zkratka či název spolu s --locality)")
    p.add_argument("--locality", help="název lokality, když --body je zkratka nebo název")
    p.add_argument("--catalog", type=Path, metavar="SOUBOR.json",
                   help="vlastní katalog doporučeného složení (jinak resources/catalogs)")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_composition)

    p = sub.add_parser("stakeholder-map", help="PDF s mapou aktérů (vliv × postoj) a tabulkou")
    p.add_argument("--locality", required=True, help="název lokality")
    p.add_argument("--out", required=True, type=Path, metavar="SOUBOR.pdf")
    p.add_argument("--axis", choices=["attitude", "interest"], default="attitude",
                   help="svislá osa mapy: postoj (výchozí) nebo zájem")
    p.add_argument("--body", metavar="ID", help="jen členové tohoto orgánu")
    p.set_defaults(handler=cmd_stakeholder_map)


def _column_overrides(pairs: list[str]) -> dict[str, str | None]:
    overrides: dict[str, str | None] = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip():
            raise UserError(f"Volba --column {pair!r} má mít tvar POLE=ZÁHLAVÍ, např. name=Jméno.")
        overrides[field.strip()] = header.strip() or None
    return overrides


def _print_preview(preview: ImportPreview) -> None:
    print(f"Soubor: {preview.description}")
    mapped = [f"{m.header} → {m.field}" for m in preview.mapping if m.field]
    print(f"Sloupce: {', '.join(mapped)}")
    for note in preview.notes:
        print(note)


def cmd_import_actors(args: argparse.Namespace, store: Store) -> int:
    locality_id = locality_id_by_name(store, args.locality)
    service = ActorImportService(store)
    preview = service.preview(args.file, locality_id, columns=_column_overrides(args.column),
                              encoding=args.encoding)
    _print_preview(preview)
    if args.dry_run:
        imported, late_duplicates, late_rejected = 0, 0, ()
        print(f"Zkouška nanečisto: importovalo by se {len(preview.rows)}; nic se nezapsalo.")
    else:
        result = service.commit(preview)
        imported, late_duplicates, late_rejected = (result.imported, result.duplicates,
                                                    result.rejected)
        print(f"Importováno: {imported}")
    print(f"Duplicity: {len(preview.duplicates) + late_duplicates}")
    for dup in preview.duplicates:
        org = f" ({dup.organisation})" if dup.organisation else ""
        print(f"  řádek {dup.line}: {dup.name}{org} – {dup.reason}")
    rejected = list(preview.rejected) + list(late_rejected)
    print(f"Odmítnuto: {len(rejected)}")
    for row in rejected:
        print(f"  řádek {row.line}: {row.reason}")
    warnings = preview.warnings
    print(f"Varování: {len(warnings)}")
    for warning in warnings:
        print(f"  {warning}")
    if preview.empty_rows:
        print(f"Prázdné řádky přeskočeny: {preview.empty_rows}")
    data_rows = len(preview.rows) + len(preview.duplicates) + len(preview.rejected)
    if not data_rows:
        print("Soubor nemá žádné řádky s daty, jen záhlaví; nic se neimportovalo.")
        return 1
    if rejected and not preview.rows and not preview.duplicates:
        print("Žádný řádek nešlo importovat; opravte odmítnuté řádky a import opakujte.")
        return 1
    return 0


def cmd_erase_person(args: argparse.Namespace, store: Store) -> int:
    result = PersonalDataService(store).erase(args.actor_id)
    print(f"Osobní údaje vymazány; zůstal anonymní záznam {result.actor_id} "
          f"(účast na jednáních: {result.attendance_kept}, členství: {result.memberships_kept}, "
          f"odstraněné vztahy: {result.relations_removed}).")
    print(f"Jméno nahrazeno v údajích jednání a lokality (facilitátor, zapisovatel, "
          f"předkladatel, host, koordinátor): {result.names_replaced}×.")
    if result.mentions_to_review:
        print(f"Texty, které jméno stále zmiňují (zápisy, usnesení, úkoly, poznámky): "
              f"{result.mentions_to_review}; zkontrolujte je a upravte ručně.")
    return 0


def cmd_export_person(args: argparse.Namespace, store: Store) -> int:
    path = PersonalDataService(store).export(args.actor_id, args.out)
    print(f"Výpis osobních údajů uložen do {path}.")
    return 0


def body_id_of(store: Store, body: str, locality: str | None) -> str:
    """``body`` as given when it is an id; else the body of that code or name in ``locality``."""
    if locality is None:
        return body
    bodies = BodyService(store).list(locality_id_by_name(store, locality), include_archived=True)
    for match in (lambda b: b.id == body, lambda b: b.code.casefold() == body.casefold(),
                  lambda b: b.name.casefold() == body.casefold()):
        found = [b for b in bodies if match(b)]
        if found:
            return found[0].id
    raise UserError(f"Orgán {body!r} v lokalitě {locality} není.")


def cmd_composition(args: argparse.Namespace, store: Store) -> int:
    service = CompositionService(store, catalog_path=args.catalog)
    report = service.check(body_id_of(store, args.body, args.locality))
    if args.json:
        print_json(report.as_dict())
        return 0
    print(f"{report.body_name} ({BodyKind.label_of(report.body_kind)})")
    for seat in report.seats:
        mark = "✓" if seat.covered else "✗"
        who = ", ".join(m.name for m in seat.members)
        print(f"  {mark} {seat.entry.label_cs}" + (f": {who}" if who else ""))
    print(f"Obsazeno {len(report.covered)} z {len(report.seats)} doporučených míst; "
          "obsadit nejdříve: "
          + (", ".join(s.entry.label_cs for s in report.first_to_fill()) or "—") + ".")
    if report.has_decision_power:
        names = ", ".join(m.name for m in report.decision_makers)
        print(f"Rozhodovací pravomoc: ano ({names})")
    else:
        print("Rozhodovací pravomoc: nikdo z členů ji nemá.")
    if report.lacks_target_group:
        print("Pozor: v orgánu není žádný zástupce cílové skupiny.")
    return 0


def cmd_stakeholder_map(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.reports.stakeholder_map import write_stakeholder_map

    locality_id = locality_id_by_name(store, args.locality)
    path = write_stakeholder_map(store, locality_id, args.out, axis=args.axis,
                                 body_id=args.body)
    print(f"Mapa aktérů uložena do {path}.")
    return 0
