"""``report``, ``invitation``, ``tasks`` and ``search-minutes``: meetings from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from obecdesk.commands.arguments import day
from obecdesk.commands.cooperation import cmd_report_cooperation
from obecdesk.commands.indicators import cmd_report_indicators
from obecdesk.commands.method_reports import METHOD_REPORTS
from obecdesk.commands.output import print_json, print_table
from obecdesk.commands.process_mapping import cmd_report_process_map
from obecdesk.commands.results import RESULTS, add_results_options, cmd_report_results
from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.action_items import ActionItemInfo
from obecdesk.core.meetings.invitation_letter import Organizer
from obecdesk.core.meetings.invitations import InvitationService
from obecdesk.core.meetings.minutes_search import MinutesSearch
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.profile import ProfileService
from obecdesk.core.text import fold
from obecdesk.errors import UserError, ValidationError
from obecdesk.reports.attendance_defaults import DEFAULT_GUEST_ROWS
from obecdesk.reports.printouts import PRINTOUTS
from obecdesk.store import Store

#: printouts of a whole locality: kind → handler
LOCALITY_REPORTS = {"indicators": cmd_report_indicators, "cooperation": cmd_report_cooperation,
                    "process-map": cmd_report_process_map}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="tisk do PDF: program, prezenční listina, zápis, podklady "
                       "pro facilitátora, karta metody, ukazatele lokality")
    p.add_argument("kind", choices=sorted(PRINTOUTS) + sorted(METHOD_REPORTS)
                   + sorted(LOCALITY_REPORTS) + [RESULTS],
                   help="agenda | attendance | minutes | facilitator-kit (s --meeting) | "
                   "method-card (s --method) | indicators | cooperation | process-map "
                   "(s --locality) | results (výsledky lokalit pro centrálu)")
    p.add_argument("--meeting", metavar="ID",
                   help="id jednání (stačí jednoznačný začátek, aspoň 6 znaků)")
    p.add_argument("--method", metavar="ID", help="id metody z katalogu (obecdesk list methods)")
    p.add_argument("--locality", action="append", help="název lokality (pro indicators, "
                   "cooperation, process-map; u results lze opakovat, bez něj všechny lokality)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="kam uložit PDF")
    p.add_argument("--guest-rows", type=int, metavar="N",
                   help=f"prezenční listina: prázdné řádky pro hosty (výchozí {DEFAULT_GUEST_ROWS})")
    p.add_argument("--gdpr-text", metavar="TEXT",
                   help="prezenční listina: poučení o zpracování osobních údajů (\"\" = žádné)")
    add_results_options(p)
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("invitation", help="pozvánka: koncept e-mailu (.eml) a událost (.ics)")
    p.add_argument("--meeting", required=True, metavar="ID", help="id jednání")
    p.add_argument("--eml", metavar="FILE.eml", help="koncept e-mailu s programem v příloze")
    p.add_argument("--ics", metavar="FILE.ics", help="pozvánka do kalendáře")
    p.add_argument("--from-name", help="jméno odesílatele (jinak facilitátor/ka)")
    p.add_argument("--from-email", help="e-mail odesílatele a organizátora události "
                   "(bez něj je .ics jen zveřejněná událost, METHOD:PUBLISH)")
    p.add_argument("--mark-sent", type=day, metavar="RRRR-MM-DD",
                   help="zaznamenat toto datum odeslání pozvánek; bez volby se zaznamená dnešek, "
                   "jen pokud datum odeslání ještě není zapsané")
    p.set_defaults(handler=cmd_invitation)

    p = sub.add_parser("tasks", help="moje otevřené úkoly ze všech lokalit (kdo jsem já, říká "
                       "obecdesk me; bez profilu úkoly všech)")
    p.add_argument("--overdue", action="store_true", help="jen úkoly po termínu")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--all", action="store_true", help="úkoly všech, ne jen moje")
    who.add_argument("--owner", metavar="JMÉNO", help="úkoly toho, v jehož jméně je JMÉNO")
    p.add_argument("--today", type=day, help="datum, k němuž se počítá zpoždění (RRRR-MM-DD)")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_tasks)

    p = sub.add_parser("search-minutes", help="fulltextové hledání v zápisech a usneseních")
    p.add_argument("text", help="hledaná slova (bez ohledu na diakritiku)")
    p.add_argument("--limit", type=int, default=50, help="nejvýše tolik výsledků")
    p.add_argument("--json", action="store_true", help="výstup jako JSON")
    p.set_defaults(handler=cmd_search_minutes)


def cmd_report(args: argparse.Namespace, store: Store) -> int:
    if args.kind in METHOD_REPORTS:
        return METHOD_REPORTS[args.kind](args, store)
    if args.kind == RESULTS:
        return cmd_report_results(args, store)
    if args.kind in LOCALITY_REPORTS:
        if len(args.locality or []) != 1:
            raise UserError(f"Tisk {args.kind} potřebuje jedno --locality NÁZEV.")
        args.locality = args.locality[0]
        return LOCALITY_REPORTS[args.kind](args, store)
    if not args.meeting:
        raise UserError("Zadejte jednání: --meeting ID.")
    meetings = MeetingService(store)
    detail = meetings.detail(meetings.resolve_id(args.meeting))
    options = {}
    if args.kind == "attendance":
        if args.guest_rows is not None:
            if args.guest_rows < 0:
                raise ValidationError("Počet řádků pro hosty nemůže být záporný.")
            options["guest_rows"] = args.guest_rows
        if args.gdpr_text is not None:
            options["gdpr_notice"] = args.gdpr_text
    path = PRINTOUTS[args.kind].write(detail, args.out, **options)  # reportlab loads only now
    print(f"Uloženo: {path}")
    return 0


def cmd_invitation(args: argparse.Namespace, store: Store) -> int:
    organizer = None
    if args.from_email or args.from_name:
        organizer = Organizer(args.from_name or "", args.from_email or "")
    meetings = MeetingService(store)
    meeting_id = meetings.resolve_id(args.meeting)
    attachment = None
    if args.eml:
        from obecdesk.reports.agenda import agenda_pdf  # reportlab loads only when needed

        attachment = agenda_pdf(meetings.detail(meeting_id))
    result = InvitationService(store).write(meeting_id, eml=args.eml, ics=args.ics,
                                            organizer=organizer, on=args.mark_sent,
                                            agenda_pdf=attachment)
    for path in (result.eml, result.ics):
        if path:
            print(f"Uloženo: {path}")
    print(f"Příjemci s e-mailem: {len(result.recipients)}")
    print(f"Odesláno: {date_text(result.sent_on)}")
    if result.without_email:
        print("Bez e-mailu (pozvěte jinak): " + ", ".join(result.without_email))
    return 0


def _task_row(item: ActionItemInfo) -> dict:
    return {
        "id": item.id, "text": item.text, "owner": item.owner_name,
        "due_date": item.due_date.isoformat() if item.due_date else None,
        "overdue": item.overdue, "status": item.status, "locality": item.locality_name,
        "body": item.body_name, "meeting_id": item.meeting_id, "meeting": item.meeting_title,
        "meeting_date": item.meeting_date.isoformat(),
    }


def cmd_tasks(args: argparse.Namespace, store: Store) -> int:
    today = args.today or dt.date.today()
    profile = ProfileService(store)
    if not (args.all or args.owner) and profile.is_set():
        items = profile.my_open_tasks(today, overdue_only=args.overdue)
    else:
        items = MeetingService(store).actions.open_tasks(today, overdue_only=args.overdue)
        if args.owner:
            items = [i for i in items if fold(args.owner.strip()) in fold(i.owner_name)]
        elif not args.all:
            print("Profil není nastaven (obecdesk me), vypisuji úkoly všech.", file=sys.stderr)
    if args.json:
        print_json([_task_row(item) for item in items])
        return 0
    if not items:
        print("Žádné otevřené úkoly." if not args.overdue else "Žádné úkoly po termínu.")
        return 0
    rows = [{"termín": date_text(i.due_date) + (" !" if i.overdue else ""), "úkol": i.text,
             "odpovídá": i.owner_name, "lokalita": i.locality_name, "orgán": i.body_name}
            for i in items]
    print_table(rows, ["termín", "úkol", "odpovídá", "lokalita", "orgán"])
    overdue = sum(1 for i in items if i.overdue)
    if overdue:
        print(f"Po termínu (!): {overdue}")
    return 0


def cmd_search_minutes(args: argparse.Namespace, store: Store) -> int:
    hits = MinutesSearch(store).search(args.text, limit=args.limit)
    if args.json:
        print_json([{
            "kind": h.kind, "id": h.ref_id, "meeting_id": h.meeting_id,
            "meeting": h.meeting_title, "meeting_date": h.meeting_date.isoformat(),
            "locality": h.locality_name, "title": h.title, "snippet": h.snippet,
        } for h in hits])
        return 0
    if not hits:
        print("Nic nenalezeno.")
        return 0
    for h in hits:
        print(f"{date_text(h.meeting_date)}  {h.meeting_title} ({h.locality_name})")
        print(f"    {h.kind_label} {h.title}: {h.snippet}")
    return 0
