"""Prezenční listina: one row per invitee with organisation and a signature column, then empty
rows for guests. The table header repeats on every page a long list continues onto."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.meeting_parts import facts, meeting_document
from obecdesk.reports.page import CONTENT_WIDTH, FRAME_HEIGHT

#: tall enough to sign in
ROW_HEIGHT = 9 * mm
TITLE = "Prezenční listina"
HEADER = ["Č.", "Jméno a příjmení", "Organizace / funkce", "Podpis"]
WIDTHS = [10 * mm, 55 * mm, CONTENT_WIDTH - 115 * mm, 50 * mm]


def guest_rows_for(detail: MeetingDetail, minimum: int = 5) -> int:
    """Empty rows to print for guests: ``minimum`` under a list of invitees; for a meeting
    without invitees (a public meeting) whole pages of them, at least the head count."""
    if detail.invitees:
        return minimum
    doc = meeting_document(detail, TITLE)
    return rows_filling_pages(doc, _lead(doc, detail), detail.meeting.head_count or 1)


def rows_filling_pages(doc: ReportDocument, lead: list, at_least: int) -> int:
    """How many signature rows fill the first page after ``lead`` and, when ``at_least`` needs
    more, every following page (where only the repeated header row comes first)."""
    header = doc.table([HEADER], WIDTHS).wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1]
    first = max(1, int((doc.space_left(lead) - header) // ROW_HEIGHT))
    following = int((FRAME_HEIGHT - header) // ROW_HEIGHT)
    if at_least <= first:
        return first
    return first + -(-(at_least - first) // following) * following


def _lead(doc: ReportDocument, detail: MeetingDetail) -> list:
    """What comes before the table: the facts, the head count, the line to sign under."""
    lead = [facts(doc, detail, with_goal=False), doc.spacer(3)]
    if detail.meeting.head_count:
        lead.append(doc.paragraph(f"Počet účastníků (sčítáno): {detail.meeting.head_count}"))
    lead.append(doc.paragraph("Svým podpisem potvrzuji účast na jednání.", style="small"))
    return lead


def attendance_story(doc: ReportDocument, detail: MeetingDetail,
                     empty_rows: int | None = None) -> list:
    empty_rows = guest_rows_for(detail) if empty_rows is None else empty_rows
    rows = [list(HEADER)]
    number = 0
    for person in detail.attendance:  # invitees, then guests already known
        number += 1
        role = ", ".join(p for p in (person.organisation, person.role) if p)
        rows.append([f"{number}.", person.name, role, ""])
    for _ in range(empty_rows):
        number += 1
        rows.append([f"{number}.", "", "", ""])
    return _lead(doc, detail) + [doc.table(
        rows, WIDTHS, row_height=ROW_HEIGHT,
        extra_style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")])]


def attendance_document(detail: MeetingDetail,
                        empty_rows: int | None = None) -> tuple[ReportDocument, list]:
    doc = meeting_document(detail, TITLE)
    return doc, attendance_story(doc, detail, empty_rows)


def write_attendance_sheet(detail: MeetingDetail, path: Path | str, *,
                           empty_rows: int | None = None) -> Path:
    doc, story = attendance_document(detail, empty_rows)
    return doc.write(path, story)
