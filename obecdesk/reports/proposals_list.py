"""Co se stalo s vašimi návrhy: the proposals and comments from participation events, grouped
by event, each with its disposition and what happened — a rejection with its reason. The
municipality publishes it; the names of proposers appear only as typed (often "obyvatel …")."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.localities import LocalityService
from obecdesk.core.output_files import save
from obecdesk.core.participation.export import proposals_xlsx
from obecdesk.core.participation.proposals import ProposalInfo, ProposalService
from obecdesk.core.vocabulary.participation import Disposition, ProposalKind
from obecdesk.errors import UserError
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.store import Store

TITLE = "Co se stalo s vašimi návrhy"


def _what_happened(p: ProposalInfo) -> str:
    parts = []
    if p.data.disposition == Disposition.REJECTED and p.data.reason:
        parts.append(f"Důvod: {p.data.reason}")
    if p.data.response:
        parts.append(p.data.response)
    if p.data.decided_on:
        parts.append(f"({date_text(p.data.decided_on)})")
    return " ".join(parts)


def proposal_story(doc: ReportDocument, proposals: list[ProposalInfo]) -> list:
    """Per event a heading and a table: the proposal, its disposition, what happened."""
    story: list = []
    widths = [70 * mm, 26 * mm, CONTENT_WIDTH - 96 * mm]
    event = None
    rows: list[list] = []

    def flush() -> None:
        if rows:
            story.append(doc.table([["Návrh nebo připomínka", "Vyřízení", "Co se s ním stalo"],
                                    *rows], widths))
            story.append(doc.spacer(3))

    for p in proposals:
        if p.event_id != event:
            flush()
            rows = []
            event = p.event_id
            when = f" ({date_text(p.event_date)})" if p.event_date else ""
            story.append(doc.paragraph(f"{p.event_title}{when}", style="cell_bold"))
        kind = "" if p.data.kind == ProposalKind.PROPOSAL else \
            f"{ProposalKind.label_of(p.data.kind).capitalize()}: "
        author = f" — {p.data.author}" if p.data.author else ""
        rows.append([f"{kind}{p.data.text}{author}", Disposition.label_of(p.data.disposition),
                     _what_happened(p)])
    flush()
    return story


def write_proposals(store: Store, locality_id: str, path: Path | str) -> Path:
    """The locality's proposals to ``path``: XLSX for ``.xlsx``, this printable list for
    ``.pdf``; any other ending is refused with one Czech sentence. Both are written atomically."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError("Návrhy lze uložit jen jako tabulku .xlsx nebo jako .pdf.")
    if suffix == ".xlsx":
        return save(path, proposals_xlsx(ProposalService(store).of_locality(locality_id)))
    return write_proposals_pdf(store, locality_id, path)


def write_proposals_pdf(store: Store, locality_id: str, path: Path | str) -> Path:
    locality = LocalityService(store).get(locality_id)
    service = ProposalService(store)
    proposals = service.of_locality(locality_id)
    counts = service.by_disposition(locality_id)
    summary = ", ".join(f"{Disposition.label_of(d)} {number_text(n)}" for d, n in counts.items()
                        if n)
    doc = ReportDocument(title=TITLE, municipality=locality.name, body="Participace",
                         subtitle=f"Návrhy a připomínky z veřejných akcí: {summary or 'žádné'}")
    story = proposal_story(doc, proposals) or [doc.paragraph("Zatím nejsou zapsané žádné návrhy.")]
    return doc.write(path, story)
