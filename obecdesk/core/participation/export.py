""""What happened to your proposal": the list of proposals and comments with their disposition,
as an XLSX table or a PDF the municipality can publish. A file ending other than ``.xlsx`` or
``.pdf`` is refused with a Czech sentence; both are written atomically."""

from __future__ import annotations

import io
from pathlib import Path

from obecdesk.core.participation.proposals import ProposalInfo, ProposalService
from obecdesk.core.vocabulary.participation import Disposition, ProposalKind
from obecdesk.errors import UserError
from obecdesk.store import Store

HEADERS = ["Akce", "Datum akce", "Druh", "Návrh nebo připomínka", "Kdo navrhl", "Vyřízení",
           "Důvod zamítnutí", "Co se s návrhem stalo", "Vyřízeno dne"]


def proposal_rows(proposals: list[ProposalInfo]) -> list[list]:
    return [[p.event_title, p.event_date, ProposalKind.label_of(p.data.kind), p.data.text,
             p.data.author, Disposition.label_of(p.data.disposition), p.data.reason,
             p.data.response, p.data.decided_on] for p in proposals]


def _xlsx(proposals: list[ProposalInfo]) -> bytes:
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


def write_proposals(store: Store, locality_id: str, path: Path | str) -> Path:
    """The locality's proposals to ``path``: XLSX for ``.xlsx``, the printable list for ``.pdf``."""
    from obecdesk.core.output_files import save

    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError("Návrhy lze uložit jen jako tabulku .xlsx nebo jako .pdf.")
    proposals = ProposalService(store).of_locality(locality_id)
    if suffix == ".xlsx":
        return save(path, _xlsx(proposals))
    from obecdesk.reports.proposals_list import write_proposals_pdf

    return write_proposals_pdf(store, locality_id, path)
