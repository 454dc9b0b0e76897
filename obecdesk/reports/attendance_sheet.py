"""Prezenční listina: one row per invitee with organisation and a signature column, then empty
rows for guests. The table header repeats on every page a long list continues onto."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.reports.attendance_defaults import DEFAULT_GDPR_NOTICE, DEFAULT_GUEST_ROWS
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.meeting_parts import facts, meeting_document
from obecdesk.reports.page import CONTENT_WIDTH, FRAME_HEIGHT, HEADER_GREY, LINE_GREY

#: tall enough to sign in
ROW_HEIGHT = 9 * mm
TITLE = "Prezenční listina"
HEADER = ["Č.", "Jméno a příjmení", "Organizace / funkce", "Podpis"]
WIDTHS = [10 * mm, 55 * mm, CONTENT_WIDTH - 115 * mm, 50 * mm]


def guest_rows_for(detail: MeetingDetail, minimum: int = DEFAULT_GUEST_ROWS,
                   gdpr_notice: str = DEFAULT_GDPR_NOTICE) -> int:
    """Empty rows to print for guests: ``minimum`` under a list of invitees; for a meeting
    without invitees (a public meeting) whole pages of them, at least the head count."""
    if detail.invitees:
        return minimum
    doc = meeting_document(detail, TITLE)
    return rows_filling_pages(doc, _lead(doc, detail, gdpr_notice),
                              detail.meeting.head_count or 1)


def rows_filling_pages(doc: ReportDocument, lead: list, at_least: int) -> int:
    """How many signature rows fill the first page after ``lead`` and, when ``at_least`` needs
    more, every following page (where only the repeated header row comes first)."""
    header = doc.table([HEADER], WIDTHS).wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1]
    first = max(1, int((doc.space_left(lead) - header) // ROW_HEIGHT))
    following = int((FRAME_HEIGHT - header) // ROW_HEIGHT)
    if at_least <= first:
        return first
    return first + -(-(at_least - first) // following) * following


def _lead(doc: ReportDocument, detail: MeetingDetail, gdpr_notice: str = "") -> list:
    """What comes before the table: the project strip, the facts, the head count, the line to
    sign under and the GDPR notice."""
    lead = project_strip(doc, detail) + [facts(doc, detail, with_goal=False), doc.spacer(3)]
    if detail.meeting.head_count:
        lead.append(doc.paragraph(f"Počet účastníků (sčítáno): {detail.meeting.head_count}"))
    lead.append(doc.paragraph("Svým podpisem potvrzuji účast na jednání.", style="small"))
    if gdpr_notice.strip():
        lead.append(doc.paragraph(gdpr_notice.strip(), style="small"))
    return lead


def project_strip(doc: ReportDocument, detail: MeetingDetail) -> list:
    """"Projekt CZ.03…: Projekt je spolufinancován Evropskou unií." in a framed strip, when the
    locality has a funded project (EU-funded projects must show it on attendance sheets)."""
    parts = [f"Projekt {detail.project_number}" if detail.project_number else "",
             detail.publicity_text]
    line = " – ".join(part for part in parts if part)
    if not line:
        return []
    strip = Table([[doc.paragraph(line, style="small")]], colWidths=[CONTENT_WIDTH])
    strip.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, LINE_GREY),
                               ("BACKGROUND", (0, 0), (-1, -1), HEADER_GREY)]))
    return [strip, doc.spacer(3)]


def attendance_story(doc: ReportDocument, detail: MeetingDetail,
                     empty_rows: int | None = None, *, guest_rows: int = DEFAULT_GUEST_ROWS,
                     gdpr_notice: str = DEFAULT_GDPR_NOTICE) -> list:
    if empty_rows is None:
        empty_rows = guest_rows_for(detail, max(guest_rows, 0), gdpr_notice)
    rows = [list(HEADER)]
    number = 0
    for person in detail.attendance:  # invitees, then guests already known
        number += 1
        role = ", ".join(p for p in (person.organisation, person.role) if p)
        rows.append([f"{number}.", person.name, role, ""])
    for _ in range(empty_rows):
        number += 1
        rows.append([f"{number}.", "", "", ""])
    return _lead(doc, detail, gdpr_notice) + [doc.table(
        rows, WIDTHS, row_height=ROW_HEIGHT,
        extra_style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")])]


def attendance_document(detail: MeetingDetail, empty_rows: int | None = None,
                        **options) -> tuple[ReportDocument, list]:
    doc = meeting_document(detail, TITLE)
    return doc, attendance_story(doc, detail, empty_rows, **options)


def write_attendance_sheet(detail: MeetingDetail, path: Path | str, *,
                           empty_rows: int | None = None, guest_rows: int = DEFAULT_GUEST_ROWS,
                           gdpr_notice: str = DEFAULT_GDPR_NOTICE) -> Path:
    """``guest_rows`` empty rows follow a list of invitees (a public meeting gets whole pages);
    ``empty_rows`` forces an exact number."""
    doc, story = attendance_document(detail, empty_rows, guest_rows=guest_rows,
                                     gdpr_notice=gdpr_notice)
    return doc.write(path, story)
