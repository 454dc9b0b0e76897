"""The locality's indicator report: the plan in brief, measures by status, every indicator with a
small chart and its progress, and the projects with the totals HQ reports (seed 004)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from obecdesk.core.formatting import date_text, money_text, number_text
from obecdesk.core.indicators.overview import IndicatorStatus, LocalityIndicators
from obecdesk.core.indicators.progress import value_text
from obecdesk.core.indicators.projects import hal_to_czk
from obecdesk.core.vocabulary.indicators import (
    MeasureStatus,
    ProgressStatus,
    ProjectStatus,
    ResultType,
    Unit,
)
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.fonts import FONT_BOLD
from obecdesk.reports.indicator_chart import STATUS_COLOURS, chart
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.styles import text


def money(hal: int | None) -> str:
    """``4 656 789,50 Kč`` or ``268 848 487 Kč``; empty for no amount."""
    czk = hal_to_czk(hal)
    return "" if czk is None else money_text(czk)


def _plan(doc: ReportDocument, data: LocalityIndicators) -> list:
    plan = data.plan
    if plan is None:
        return [doc.heading("Strategický plán"), doc.paragraph("Lokalita zatím nemá plán.")]
    older = ", ".join(f"verze {p.version} ({date_text(p.adopted_on) or 'nepřijata'})"
                      for p in data.plans[1:])
    measures = sum(len(g.measures) for a in data.tree for g in a.goals)
    facts = [("Plán", plan.title), ("Verze", str(plan.version)),
             ("Schválen", date_text(plan.adopted_on) or "zatím neschválen"),
             ("Platnost", f"{date_text(plan.valid_from)} – {date_text(plan.valid_to)}"),
             ("Předchozí verze", older),
             ("Oblasti a opatření", f"{len(data.tree)} oblastí, {measures} opatření"),
             ("Fáze spolupráce", "; ".join(p.name for p in data.phases))]
    rows = [["Stav opatření", "Počet"]]
    rows += [[MeasureStatus.label_of(k), str(v)] for k, v in data.measures_by_status.items()]
    return [doc.heading("Strategický plán"), doc.facts(facts), doc.spacer(2),
            doc.table(rows, [60 * mm, 25 * mm])]


def _indicator(doc: ReportDocument, item: IndicatorStatus) -> object:
    info, progress = item.info, item.progress
    d = info.data
    kind = "vypočteno ze záznamů obecdesk" if item.computed else (
        "sdílený katalog" if d.catalog_code else "místní ukazatel")
    percent = "" if progress.percent is None else f"{number_text(round(progress.percent))} % cesty"
    lines = [
        f"<b>{text(info.name)}</b> ({Unit.label_of(d.unit)}; "
        f"{ResultType.label_of(d.result_type)}; {kind})",
        f"Opatření: {text(item.measure_title)}" if item.measure_title else "",
        f"Výchozí hodnota: {value_text(d.baseline_value, d.unit)}"
        + (f" ({date_text(d.baseline_date)})" if d.baseline_date else ""),
        "Cíle: " + ", ".join(f"{k} {value_text(v, d.unit)}" for k, v in sorted(info.targets.items())),
        f"<font color='#{STATUS_COLOURS[progress.status].hexval()[2:]}'>"
        f"<b>{ProgressStatus.label_of(progress.status)}</b></font> – {text(progress.reason)}"
        + (f"; {percent}" if percent else ""),
    ]
    text_cell = [doc.paragraph(line, markup=True, style="cell") for line in lines if line]
    table = Table([[text_cell, chart(info.spec, item.values, progress.status)]],
                  colWidths=[CONTENT_WIDTH - 66 * mm, 66 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.lightgrey)]))
    return table


def _projects(doc: ReportDocument, data: LocalityIndicators) -> list:
    s = data.summary
    facts = [("Připravené projekty", number_text(s.prepared)),
             ("Podané", number_text(s.submitted)), ("Schválené", number_text(s.approved)),
             ("Získané prostředky", money(s.obtained_hal)),
             ("V hodnocení", money(s.in_evaluation_hal)),
             ("Podpořené osoby", number_text(s.people_supported))]
    story = [doc.heading("Projekty"), doc.facts(facts), doc.spacer(2)]
    if not data.projects:
        return story + [doc.paragraph("Lokalita zatím nemá žádné projekty.")]
    rows = [["Projekt", "Program", "Stav", "Požadováno", "Schváleno", "Osoby"]]
    for p in data.projects:
        d = p.data
        rows.append([d.title, d.programme, ProjectStatus.label_of(d.status),
                     money(d.requested_hal), money(d.approved_hal),
                     "" if d.people_supported is None else number_text(d.people_supported)])
    rows.append(["Celkem schváleno", "", "", "", money(s.obtained_hal),
                 number_text(s.people_supported)])
    widths = [50 * mm, 26 * mm, 22 * mm, 31 * mm, 31 * mm, 14 * mm]
    bold_total = [("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), FONT_BOLD, 9)]
    return story + [doc.table(rows, widths, extra_style=bold_total)]


def indicator_report_story(doc: ReportDocument, data: LocalityIndicators) -> list:
    story = _plan(doc, data)
    story.append(doc.heading("Ukazatele"))
    if not data.indicators:
        story.append(doc.paragraph("Lokalita zatím nemá žádné ukazatele."))
    story += [_indicator(doc, item) for item in data.indicators]
    return story + _projects(doc, data)


def write_indicator_report(data: LocalityIndicators, path: Path | str) -> Path:
    doc = ReportDocument(title="Plnění strategického plánu a ukazatele",
                         municipality=data.locality_name, body="Indikátory",
                         subtitle=f"Stav k {date_text(data.today or dt.date.today())}")
    return doc.write(path, indicator_report_story(doc, data))
