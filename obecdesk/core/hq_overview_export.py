"""The HQ overview in Czech words: the texts the CLI prints and the XLSX table HQ passes on.

The XLSX has one column per number (so a spreadsheet can sort and sum them), stale localities
in an orange row, and text cells that can never become formulas.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from obecdesk.core.formatting import date_text
from obecdesk.core.hq_overview import HqOverview, OverviewRow
from obecdesk.core.output_files import save
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.errors import UserError

STALE_FILL = "FFD9A0"
HEADERS = ["Lokalita", "Kraj", "Režim spolupráce", "Měsíc spolupráce", "Fáze", "Konzultant/ka",
           "Poslední balíček", "Dní od balíčku", "Odesílatel", "Zastaralé", "Členové orgánů",
           "S rozhodovací pravomocí", "Zástupci cílové skupiny", "Jednání za 90 dní",
           "Otevřené úkoly", "Úkoly po termínu", "Slabiny partnerství", "Indikátory mimo plán",
           "Projekty připravené", "Projekty podané", "Projekty schválené", "Získáno (Kč)",
           "V hodnocení (Kč)", "Podpořených osob"]
WIDTHS = [22, 16, 24, 9, 34, 24, 13, 9, 20, 10, 9, 11, 11, 10, 9, 9, 40, 10, 10, 10, 10, 14, 14,
          10]


def days_text(days: int) -> str:
    if days == 0:
        return "dnes"
    return "před 1 dnem" if days == 1 else f"před {days} dny"


def phase_text(row: OverviewRow) -> str:
    """``měsíc 21: Vyhodnocení a revize plánu``; the month alone outside a long-term plan."""
    month = f"měsíc {row.month}" if row.month else ""
    phases = " + ".join(row.phases)
    return ": ".join(part for part in (month, phases) if part)


def bundle_text(row: OverviewRow) -> str:
    last = row.last_bundle
    if last is None:
        return "vytvořeno zde, nikdy nepřijato" if row.created_here else "nikdy nepřijato"
    return f"{date_text(last.received_at.date())} ({days_text(last.days_ago)}, {last.sender})"


def table_rows(overview: HqOverview) -> list[list]:
    """One list of cells per locality, in the order of :data:`HEADERS`."""
    rows = []
    for r in overview.rows:
        last, h, p = r.last_bundle, r.health, r.projects
        rows.append([
            r.name, r.region, CooperationMode.label_of(r.mode), r.month, " + ".join(r.phases),
            r.coordinator, last.received_at.date() if last else bundle_text(r),
            last.days_ago if last else None, last.sender if last else "",
            "ano" if r.stale else "", h.members, h.decision_makers, h.target_group,
            h.meetings_recent, h.actions_open, h.actions_overdue, ", ".join(h.weaknesses),
            r.off_track, p.prepared, p.submitted, p.approved, p.obtained, p.in_evaluation,
            p.people_supported])
    return rows


def overview_xlsx(overview: HqOverview) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from obecdesk.core.indicators.export import safe_text

    book = Workbook()
    sheet = book.active
    sheet.title = "Přehled lokalit"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    stale = PatternFill("solid", fgColor=STALE_FILL)
    for row, values in zip(overview.rows, table_rows(overview), strict=True):
        sheet.append([float(c) if isinstance(c, Decimal) else
                      safe_text(c) if isinstance(c, str) else c for c in values])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
            elif hasattr(cell.value, "year"):
                cell.number_format = "D.M.YYYY"
            elif isinstance(cell.value, float):
                cell.number_format = "#,##0.00"
            if row.stale:
                cell.fill = stale
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_overview_xlsx(overview: HqOverview, path: Path | str) -> Path:
    """Save the table to ``path`` (.xlsx) whole or not at all."""
    if Path(path).suffix.lower() != ".xlsx":
        raise UserError("Přehled lokalit lze uložit jen jako tabulku .xlsx.")
    return save(path, overview_xlsx(overview), "XLSX")
