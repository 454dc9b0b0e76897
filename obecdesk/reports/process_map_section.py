"""The process-mapping part of the closing report (``reports/cooperation_sections.py``, position
40): which agendas were mapped, the critical points by severity and the recommendations with
their status, in a page or so; the details stay in ``obecdesk report process-map``."""

from __future__ import annotations

from reportlab.lib.units import mm

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.process_mapping.overview import process_map
from obecdesk.core.vocabulary.process_mapping import RecommendationStatus, Severity
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.process_map_report import summary_facts
from obecdesk.store import Store

HEADING = "Mapování procesů a doporučení"


def process_mapping_section(doc: ReportDocument, store: Store, locality_id: str) -> list:
    data = process_map(store, locality_id)
    if data.empty:
        return []
    story = [doc.heading(HEADING), doc.facts(summary_facts(data))]
    if data.points:
        rows = [["Závažnost", "Kritické místo", "Agenda"]]
        rows += [[Severity.label_of(p.severity), p.title, p.agenda_name] for p in data.points]
        story += [doc.spacer(2), doc.table(rows, [22 * mm, 95 * mm, CONTENT_WIDTH - 117 * mm])]
    if data.recommendations:
        rows = [["Doporučení", "Stav", "Kritických míst", "Poslední konzultace"]]
        for rec in data.recommendations:
            last = rec.follow_ups[-1].held_on if rec.follow_ups else None
            rows.append([rec.title, RecommendationStatus.label_of(rec.status),
                         number_text(len(rec.critical_point_ids)), date_text(last)])
        story += [doc.spacer(2), doc.table(rows, [CONTENT_WIDTH - 92 * mm, 32 * mm, 26 * mm,
                                                  34 * mm])]
    return story
