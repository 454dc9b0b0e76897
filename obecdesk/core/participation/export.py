""""What happened to your proposal" as an XLSX table: the proposals and comments with their
disposition (the printable PDF and the choice between the two: ``reports/proposals_list.py``)."""

from __future__ import annotations

import io

from obecdesk.core.participation.proposals import ProposalInfo
from obecdesk.core.vocabulary.participation import Disposition, ProposalKind

HEADERS = ["Akce", "Datum akce", "Druh", "Návrh nebo připomínka", "Kdo navrhl", "Vyřízení",
           "Důvod zamítnutí", "Co se s návrhem stalo", "Vyřízeno dne"]


def proposal_rows(proposals: list[ProposalInfo]) -> list[list]:
    return [[p.event_title, p.event_date, ProposalKind.label_of(p.data.kind), p.data.text,
             p.data.author, Disposition.label_of(p.data.disposition), p.data.reason,
             p.data.response, p.data.decided_on] for p in proposals]


def proposals_xlsx(proposals: list[ProposalInfo]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from obecdesk.core.indicators.export import safe_text

    book = Workbook()
    sheet = book.active
    sheet.title = "Návrhy"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in proposal_rows(proposals):
        sheet.append([safe_text(c) if isinstance(c, str) else c for c in row])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif hasattr(cell.value, "year"):
                cell.number_format = "D.M.YYYY"
    for letter, width in zip("ABCDEFGHI", (30, 12, 11, 45, 22, 16, 40, 45, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
