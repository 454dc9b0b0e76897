"""Prezenční listina: one row per invitee with organisation and a signature column, then empty
rows for guests. The table header repeats on every page a long list continues onto."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from obecdesk.core.meetings.service import MeetingDetail
from obecdesk.reports.document import CONTENT_WIDTH, ReportDocument
from obecdesk.reports.meeting_parts import facts, meeting_document

#: tall enough to sign in
ROW_HEIGHT = 9 * mm
#: empty rows for guests when nobody is invited by name (a public meeting)
EMPTY_ROWS_WITHOUT_INVITEES = 25


def guest_rows_for(detail: MeetingDetail, minimum: int = 5) -> int:
    """Empty rows to print for guests who will come: at least ``minimum``."""
    if not detail.invitees:
        return max(minimum, EMPTY_ROWS_WITHOUT_INVITEES)
    return minimum


def attendance_story(doc: ReportDocument, detail: MeetingDetail,
                     empty_rows: int | None = None) -> list:
    empty_rows = guest_rows_for(detail) if empty_rows is None else empty_rows
    rows = [["Č.", "Jméno a příjmení", "Organizace / funkce", "Podpis"]]
    number = 0
    for person in detail.attendance:  # invitees, then guests already known
        number += 1
        role = ", ".join(p for p in (person.organisation, person.role) if p)
        rows.append([f"{number}.", person.name, role, ""])
    for _ in range(empty_rows):
        number += 1
        rows.append([f"{number}.", "", "", ""])
    widths = [10 * mm, 55 * mm, CONTENT_WIDTH - 115 * mm, 50 * mm]
    story = [facts(doc, detail, with_goal=False), doc.spacer(3)]
    if detail.meeting.head_count:
        story.append(doc.paragraph(f"Počet účastníků (sčítáno): {detail.meeting.head_count}"))
    story.append(doc.paragraph(
        "Svým podpisem potvrzuji účast na jednání.", style="small"))
    story.append(doc.table(rows, widths, row_height=ROW_HEIGHT,
                           extra_style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    return story


def attendance_document(detail: MeetingDetail,
                        empty_rows: int | None = None) -> tuple[ReportDocument, list]:
    doc = meeting_document(detail, "Prezenční listina")
    return doc, attendance_story(doc, detail, empty_rows)


def write_attendance_sheet(detail: MeetingDetail, path: Path | str, *,
                           empty_rows: int | None = None) -> Path:
    doc, story = attendance_document(detail, empty_rows)
    return doc.write(path, story)
