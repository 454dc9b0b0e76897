"""The process-mapping report (seed 000): for each agenda its steps with the formal and the
informal practice side by side, the documents and interviews behind them; then the critical points
found and the recommendations with their status, follow-ups and referrals.

Respondents appear only by their anonymous code, never by name: the report goes to the mayor and
the office whose practice it describes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.process_mapping.overview import AgendaView, ProcessMap, RecommendationView
from obecdesk.core.vocabulary.localities import Theme
from obecdesk.core.vocabulary.process_mapping import (
    Concern,
    DocumentKind,
    RecommendationStatus,
    RespondentGroup,
    Severity,
)
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.styles import text

TITLE = "Mapování procesů: kritická místa a doporučení"


def summary_facts(data: ProcessMap) -> list[tuple[str, str]]:
    """Counts the report and the closing report both open with."""
    severity = ", ".join(f"{Severity.label_of(k)} {number_text(v)}"
                         for k, v in data.points_by_severity().items())
    status = ", ".join(f"{RecommendationStatus.label_of(k)} {number_text(v)}"
                       for k, v in data.recommendations_by_status().items())
    return [
        ("Mapované agendy", "; ".join(a.name for a in data.agendas)),
        ("Kroky postupů", number_text(sum(len(a.steps) for a in data.agendas))),
        ("Dokumenty", number_text(sum(len(a.documents) for a in data.agendas))),
        ("Rozhovory", number_text(sum(len(a.interviews) for a in data.agendas))),
        ("Kritická místa", f"{number_text(len(data.points))} ({severity})"),
        ("Doporučení", f"{number_text(len(data.recommendations))}"
                       + (f" ({status})" if status else "")),
    ]


def _agenda(doc: ReportDocument, agenda: AgendaView) -> list:
    story = [doc.heading(f"Agenda: {agenda.name}"), doc.facts([
        ("Téma", Theme.label_of(agenda.theme)), ("Kdo ji vykonává", agenda.department),
        ("Popis", agenda.description)])]
    if agenda.steps:
        rows = [["", "Krok", "Formální praxe (co říkají pravidla)",
                 "Neformální praxe (co se skutečně děje)"]]
        rows += [[f"{s.position}.", s.name + (f"\n({s.responsible})" if s.responsible else ""),
                  s.formal_practice, s.informal_practice] for s in agenda.steps]
        story += [doc.spacer(2), doc.table(rows, [8 * mm, 38 * mm, (CONTENT_WIDTH - 46 * mm) / 2,
                                                   (CONTENT_WIDTH - 46 * mm) / 2])]
    else:
        story.append(doc.paragraph("Kroky postupu zatím nejsou zapsané."))
    if agenda.documents:
        rows = [["Analyzovaný dokument", "Druh", "Datum", "Poznámka"]]
        rows += [[d.title, DocumentKind.label_of(d.kind), date_text(d.issued_on), d.note]
                 for d in agenda.documents]
        story += [doc.spacer(3), doc.table(rows, [55 * mm, 30 * mm, 20 * mm,
                                                  CONTENT_WIDTH - 105 * mm])]
    if agenda.interviews:
        rows = [["Respondent/ka", "Skupina", "Datum", "Shrnutí"]]
        rows += [[i.respondent_code, RespondentGroup.label_of(i.respondent_group),
                  date_text(i.held_on), i.summary] for i in agenda.interviews]
        story += [doc.spacer(3), doc.table(rows, [45 * mm, 28 * mm, 20 * mm,
                                                  CONTENT_WIDTH - 93 * mm])]
    return story


def _points(doc: ReportDocument, data: ProcessMap) -> list:
    story = [doc.heading("Kritická místa")]
    if not data.points:
        return story + [doc.paragraph("Kritická místa zatím nejsou zapsaná.")]
    rows = [["Závažnost", "Kritické místo", "Agenda a krok", "Doklady"]]
    for p in data.points:
        what = f"<b>{text(p.title)}</b><br/><i>{text(Concern.label_of(p.concern))}</i>" + (
            f"<br/>{text(p.description)}" if p.description else "")
        rows.append([Severity.label_of(p.severity), doc.paragraph(what, markup=True, style="cell"),
                     p.agenda_name + (f"\n{p.step_label}" if p.step_label else ""), p.evidence])
    return story + [doc.table(rows, [22 * mm, 70 * mm, 38 * mm, CONTENT_WIDTH - 130 * mm])]


def _recommendation(doc: ReportDocument, data: ProcessMap, rec: RecommendationView) -> list:
    lines = [doc.paragraph(f"<b>{text(rec.title)}</b> – {text(RecommendationStatus.label_of(rec.status))}",
                           markup=True, style="subheading")]
    points = "; ".join(p.title for p in data.points_of(rec))
    lines.append(doc.facts([
        ("Kritická místa", points), ("Doporučení", rec.text), ("Dohodnuté řešení", rec.solution),
        ("Odpovídá", rec.responsible),
        ("Předání třetí straně", rec.referral_to + (f": {rec.referral_note}"
                                                     if rec.referral_note else "")),
    ]))
    for follow_up in rec.follow_ups:
        lines.append(doc.bullet(f"Konzultace {text(date_text(follow_up.held_on))}: "
                                f"{text(follow_up.note)}", level=2))
    return [doc.together(lines), doc.spacer(2)]


def process_map_story(doc: ReportDocument, data: ProcessMap) -> list:
    if data.empty:
        return [doc.paragraph(f"V lokalitě {data.locality_name} zatím nikdo procesy nemapoval: "
                              "není zapsaná žádná agenda, kritické místo ani doporučení.")]
    story = [doc.facts(summary_facts(data))]
    for agenda in data.agendas:
        story += _agenda(doc, agenda)
    story += _points(doc, data)
    story.append(doc.heading("Doporučení a jejich stav"))
    if not data.recommendations:
        story.append(doc.paragraph("Doporučení zatím nejsou zapsaná."))
    for rec in data.recommendations:
        story += _recommendation(doc, data, rec)
    return story


def write_process_map_report(data: ProcessMap, path: Path | str,
                             today: dt.date | None = None) -> Path:
    doc = ReportDocument(title=TITLE, municipality=data.locality_name, body="Mapování procesů",
                         subtitle=f"Stav k {date_text(today or dt.date.today())}")
    return doc.write(path, process_map_story(doc, data))
