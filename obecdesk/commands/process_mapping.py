"""``process …`` and ``report process-map``: process mapping from the command line (the
recommendation's status, a follow-up consultation, erasing a named respondent)."""

from __future__ import annotations

import argparse
import datetime as dt

from obecdesk.commands.arguments import day
from obecdesk.errors import NotFound
from obecdesk.store import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("process", help="mapování procesů: stav doporučení, konzultace, výmaz "
                       "jména respondenta")
    what = p.add_subparsers(dest="process_command", metavar="AKCE", required=True)
    s = what.add_parser("status", help="změnit stav realizace doporučení")
    s.add_argument("recommendation", metavar="ID", help="id doporučení (obecdesk list "
                   "recommendations; stačí jednoznačný začátek, aspoň 6 znaků)")
    s.add_argument("status", metavar="STAV", help="proposed (navrženo) | negotiated (dohodnuto "
                   "s obcí) | in_progress (v realizaci) | implemented (zavedeno) | postponed "
                   "(odloženo) | rejected (obec odmítla); platí i český název")
    s.set_defaults(handler=cmd_status)
    f = what.add_parser("follow-up", help="zapsat konzultaci k realizaci doporučení")
    f.add_argument("recommendation", metavar="ID", help="id doporučení")
    f.add_argument("--date", type=day, metavar="RRRR-MM-DD", help="datum konzultace (výchozí dnes)")
    f.add_argument("--note", required=True, help="co konzultace přinesla")
    f.set_defaults(handler=cmd_follow_up)
    e = what.add_parser("erase-respondent", help="vymazat jméno a osobní údaje respondenta "
                        "rozhovoru (rozhovor zůstane anonymní)")
    e.add_argument("interview", metavar="ID", help="id rozhovoru (obecdesk list "
                   "process-interviews)")
    e.set_defaults(handler=cmd_erase)


def _resolve(store: Store, model_name: str, prefix: str, what: str) -> str:
    """A full id, or a unique beginning of one of at least 6 characters."""
    from sqlalchemy import select

    from obecdesk.store import models

    model = getattr(models, model_name)
    with store.reading() as session:
        ids = list(session.scalars(select(model.id).where(
            model.id.startswith(prefix.strip()), model.deleted.is_(False)).limit(2)))
    if len(prefix.strip()) < 6 or len(ids) != 1:
        raise NotFound(f"{what} {prefix} nenalezeno (zadejte id nebo jeho jednoznačný začátek, "
                       "aspoň 6 znaků).")
    return ids[0]


def cmd_status(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.process_mapping.findings import FindingsService
    from obecdesk.core.text import fold
    from obecdesk.core.vocabulary.process_mapping import RecommendationStatus

    labels = {fold(s.label): s.value for s in RecommendationStatus}
    status = labels.get(fold(args.status).strip(), args.status.strip())
    rec_id = _resolve(store, "Recommendation", args.recommendation, "Doporučení")
    FindingsService(store).set_status(rec_id, status)
    print(f"Stav doporučení: {RecommendationStatus.label_of(status)}")
    return 0


def cmd_follow_up(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.process_mapping.findings import FindingsService

    rec_id = _resolve(store, "Recommendation", args.recommendation, "Doporučení")
    FindingsService(store).add_follow_up(rec_id, args.date or dt.date.today(), args.note)
    print("Konzultace zapsána.")
    return 0


def cmd_erase(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.process_mapping.interviews import InterviewService

    interview_id = _resolve(store, "ProcessInterview", args.interview, "Rozhovor")
    InterviewService(store).erase(interview_id)
    print("Osobní údaje respondenta vymazány; rozhovor zůstal anonymní.")
    return 0


def cmd_report_process_map(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.commands.store_commands import locality_id_by_name
    from obecdesk.core.process_mapping.overview import process_map
    from obecdesk.reports.process_map_report import write_process_map_report

    data = process_map(store, locality_id_by_name(store, args.locality))
    print(f"Uloženo: {write_process_map_report(data, args.out)}")
    return 0
