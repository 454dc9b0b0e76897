"""The closing report's participation and mediation sections.

Participation: every event with its head counts (in all and from the target or vulnerable
groups) and how the proposals were dealt with. Mediation: each case with its parties, dates,
sessions and result — never a note: the notes of a mediation stay with the mediator, even the
shareable ones are working notes, not something to hand the mayor.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.mediation.cases import MediationService
from obecdesk.core.participation.events import EventService
from obecdesk.core.participation.proposals import ProposalService
from obecdesk.core.vocabulary.participation import Disposition, EventKind, MediationResult
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.styles import text
from obecdesk.store import Store
from obecdesk.store.models import Actor


def _count(value: int | None) -> str:
    return "–" if value is None else number_text(value)


def participation_section(doc: ReportDocument, store: Store, locality_id: str) -> list:
    events = EventService(store).of_locality(locality_id)
    if not events:
        return []
    events = sorted(events, key=lambda e: (e.data.date is None, e.data.date))
    rows = [["Akce", "Datum a místo", "Účast celkem", "Z cílových skupin", "Návrhy"]]
    for e in events:
        d = e.data
        rows.append([f"{d.title} ({EventKind.label_of(d.kind)})",
                     ", ".join(x for x in (date_text(d.date), d.place) if x),
                     _count(d.attendance_total), _count(d.attendance_target),
                     number_text(e.proposals)])
    total = sum(e.data.attendance_total or 0 for e in events)
    target = sum(e.data.attendance_target or 0 for e in events)
    story = [doc.heading("Participace"),
             doc.paragraph(f"Akcí: {number_text(len(events))}, účastníků celkem "
                           f"{number_text(total)}, z toho z cílových a zranitelných skupin "
                           f"{number_text(target)}."),
             doc.table(rows, [62 * mm, CONTENT_WIDTH - 124 * mm, 20 * mm, 24 * mm, 18 * mm])]
    counts = ProposalService(store).by_disposition(locality_id)
    if sum(counts.values()):
        story += [doc.spacer(2), doc.paragraph("Návrhy a připomínky podle vyřízení:",
                                               style="cell_bold"),
                  doc.table([["Vyřízení", "Počet"]]
                            + [[Disposition.label_of(k), number_text(n)]
                               for k, n in counts.items()], [60 * mm, 24 * mm])]
    outreach = [e for e in events if e.data.outreach]
    if outreach:
        story += [doc.spacer(2), doc.paragraph("Jak jsme oslovili zranitelné skupiny:",
                                               style="cell_bold")]
        story += [doc.bullet(text(f"{e.data.title}: {e.data.outreach}"))
                  for e in outreach]
    return story


def mediation_section(doc: ReportDocument, store: Store, locality_id: str) -> list:
    cases = MediationService(store).cases(locality_id)
    if not cases:
        return []
    wanted = {a for c in cases for p in c.parties for a in p.data.representatives}
    with store.reading() as session:
        names = dict(session.query(Actor.id, Actor.name).filter(Actor.id.in_(wanted)).all()) \
            if wanted else {}
    story = [doc.heading("Mediace")]
    for case in cases:
        d = case.data
        parties = "; ".join(
            p.data.name + (f" ({', '.join(names[a] for a in p.data.representatives if a in names)})"
                           if p.data.representatives else "") for p in case.parties)
        sessions = ", ".join(date_text(s.data.date) for s in case.sessions)
        story += [doc.paragraph(d.title, style="cell_bold"), doc.facts([
            ("Strany", parties), ("Mediátoři", d.mediators),
            ("Zahájení", date_text(d.opened_on)), ("Ukončení", date_text(d.closed_on)),
            ("Setkání", sessions), ("Výsledek", MediationResult.label_of(d.result)),
            ("Znění dohody", d.agreement_text)]), doc.spacer(3)]
    return story
