"""The central office's results report: totals, money per locality, and measures by area.

The structure follows the Agency's published results (seed 004): the localities and strategies,
the projects prepared and approved, money obtained and in evaluation, people supported, then for
each area every measure with the towns that run it. Numbers are formatted the Czech way.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from obecdesk.core.formatting import date_text, money_text, number_text
from obecdesk.core.results import Results
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.fonts import FONT
from obecdesk.reports.page import CONTENT_WIDTH

BAR = colors.HexColor("#1565c0")


def _period(results: Results) -> str:
    start, end = results.date_from, results.date_to
    if start and end:
        return f"období {date_text(start)} – {date_text(end)}"
    if start:
        return f"od {date_text(start)}"
    if end:
        return f"do {date_text(end)}"
    return f"stav k {date_text(dt.date.today())}"


def _totals(doc: ReportDocument, results: Results) -> list:
    t = results.totals
    pairs = [
        ("Lokality", number_text(t["localities"])),
        ("Přijaté strategie", number_text(t["strategies_adopted"])),
        ("Připravené projekty", number_text(t["projects_prepared"])),
        ("Podané projekty", number_text(t["projects_submitted"])),
        ("Schválené projekty", number_text(t["projects_approved"])),
        ("Získané prostředky", money_text(t["money_obtained_czk"])),
        ("Prostředky v hodnocení", money_text(t["money_in_evaluation_czk"])),
        ("Podpořené osoby", number_text(t["people_supported"])),
    ]
    return [doc.heading("Souhrn"), doc.facts(pairs)]


def _money_chart(results: Results) -> Drawing | None:
    """Money obtained per locality as horizontal bars (the localities that obtained any)."""
    rows = [(loc.name, loc.obtained_hal / 100) for loc in results.localities if loc.obtained_hal]
    if not rows:
        return None
    rows = rows[:20]
    height = 14 * len(rows) + 30
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 20
    chart.width, chart.height = CONTENT_WIDTH - 140, height - 30
    chart.data = [[amount for _name, amount in reversed(rows)]]
    chart.bars[0].fillColor = BAR
    chart.categoryAxis.categoryNames = [name for name, _amount in reversed(rows)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: money_text(Decimal(int(value)))
    drawing.add(chart)
    return drawing


def _localities(doc: ReportDocument, results: Results) -> list:
    rows = [["Lokalita", "Režim", "Plán", "Připraveno", "Schváleno", "Získáno", "Podpořeno"]]
    for loc in results.localities:
        mode = CooperationMode.label_of(loc.mode).split(" (")[0]  # without the duration
        rows.append([loc.name, mode,
                     "přijat" if loc.strategy_adopted else "—", number_text(loc.prepared),
                     number_text(loc.approved), money_text(Decimal(loc.obtained_hal) / 100),
                     number_text(loc.people_supported)])
    widths = [34 * mm, 26 * mm, 13 * mm, 24 * mm, 23 * mm, 30 * mm, 24 * mm]
    story = [doc.heading("Lokality"), doc.table(rows, widths)]
    chart = _money_chart(results)
    if chart is not None:
        story += [doc.spacer(3), doc.paragraph("Získané prostředky podle lokalit"), chart]
    return story


def _measures(doc: ReportDocument, results: Results) -> list:
    story = [doc.heading("Opatření podle oblastí")]
    if not results.measures:
        return story + [doc.paragraph("Žádná lokalita zatím nemá běžící ani dokončené opatření.")]
    for area, measures in results.measures.items():
        rows = [[area, "Lokality"]]
        rows += [[measure, ", ".join(towns)] for measure, towns in measures.items()]
        story += [doc.spacer(2), doc.table(rows, [80 * mm, CONTENT_WIDTH - 80 * mm])]
    return story


def results_story(doc: ReportDocument, results: Results) -> list:
    return [*_totals(doc, results), doc.spacer(), *_localities(doc, results),
            doc.spacer(), *_measures(doc, results)]


def write_results_report(results: Results, path: Path | str) -> Path:
    doc = ReportDocument(title="Výsledky práce v lokalitách spolupracujících s Agenturou",
                         municipality="Agentura pro sociální začleňování", body="Centrála",
                         subtitle=_period(results))
    return doc.write(path, results_story(doc, results))
