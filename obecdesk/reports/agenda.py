"""Program jednání: the agenda with clock times, methods, presenters, expected outputs and the
open action items to review at the start ("kontrola úkolů")."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from obecdesk.core.formatting import date_text, time_text
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.meeting_parts import facts, meeting_document
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.styles import text


def review_table(doc: ReportDocument, detail: MeetingDetail):
    """The body's open action items from earlier meetings, overdue ones marked."""
    rows = [["Úkol", "Odpovídá", "Termín", "Z jednání"]]
    for item in detail.to_review:
        due = date_text(item.due_date)
        rows.append([
            item.text, item.owner_name,
            doc.paragraph(f"{text(due)}<br/><b>po termínu</b>", markup=True, style="cell")
            if item.overdue else due,
            f"{item.meeting_title} ({date_text(item.meeting_date)})",
        ])
    widths = [CONTENT_WIDTH - 118 * mm, 38 * mm, 30 * mm, 50 * mm]
    return doc.table(rows, widths)


def agenda_story(doc: ReportDocument, detail: MeetingDetail) -> list:
    story = [facts(doc, detail), doc.spacer(3)]
    if detail.to_review:  # reviewed first, so it opens the agenda
        story.append(doc.heading("Kontrola úkolů z minulých jednání"))
        story.append(review_table(doc, detail))
    timing = detail.agenda
    story.append(doc.heading("Program"))
    if timing.items:
        rows = [["Čas", "Bod programu", "Předkládá", "Metoda", "Očekávaný výstup"]]
        for number, item in enumerate(timing.items, start=1):
            when = (f"{time_text(item.starts_at)}–{time_text(item.ends_at)}"
                    if item.starts_at else f"{item.planned_minutes} min")
            rows.append([when, f"{number}. {item.title}", item.presenter, item.method,
                         item.expected_output])
        widths = [24 * mm, CONTENT_WIDTH - 129 * mm, 35 * mm, 30 * mm, 40 * mm]
        story.append(doc.table(rows, widths))
        story.append(doc.paragraph(
            f"Celkem {timing.planned_minutes} min.", style="small"))
        if timing.warning:
            story.append(doc.paragraph(f"<b>Pozor:</b> {text(timing.warning)}", markup=True))
    else:
        story.append(doc.paragraph("Program zatím nemá žádné body."))
    return story


def agenda_document(detail: MeetingDetail) -> tuple[ReportDocument, list]:
    doc = meeting_document(detail, "Program jednání")
    return doc, agenda_story(doc, detail)


def agenda_pdf(detail: MeetingDetail) -> bytes:
    """The agenda as PDF bytes (e.g. to attach to an invitation)."""
    doc, story = agenda_document(detail)
    return doc.to_bytes(story)


def write_agenda(detail: MeetingDetail, path: Path | str) -> Path:
    doc, story = agenda_document(detail)
    return doc.write(path, story)
