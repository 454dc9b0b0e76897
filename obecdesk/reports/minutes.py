"""Zápis z jednání: attendance, the minutes of every agenda item with its decisions, all
decisions, and the action items agreed."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.vocabulary.meetings import AttendanceStatus
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.meeting_parts import facts, meeting_document
from obecdesk.reports.minutes_parts import (
    is_review_item,
    quorum_text,
    reviewed_tasks_table,
    signature_block,
)
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.styles import text
from obecdesk.store.minutes_html import html_to_blocks


def _names(detail: MeetingDetail, status: str) -> str:
    return ", ".join(a.name for a in detail.invitees if a.status == status)


def attendance_block(doc: ReportDocument, detail: MeetingDetail) -> list:
    story = [doc.heading("Účast")]
    pairs = [
        ("Přítomni", _names(detail, AttendanceStatus.PRESENT)),
        ("Omluveni", _names(detail, AttendanceStatus.EXCUSED)),
        ("Nepřítomni", _names(detail, AttendanceStatus.ABSENT)),
        ("Hosté", ", ".join(
            f"{g.name} ({g.organisation})" if g.organisation else g.name
            for g in detail.guests)),
    ]
    if detail.meeting.head_count:
        pairs.append(("Počet účastníků", str(detail.meeting.head_count)))
    pairs.append(("Usnášeníschopnost", quorum_text(detail)))
    if any(value for _label, value in pairs):
        story.append(doc.facts(pairs))
    else:
        story.append(doc.paragraph("Účast nebyla zapsána."))
    return story


#: printed under the decisions when some of them have provisional numbers
PROVISIONAL_NOTE = ("Čísla označená „prozatímní“ jsou dočasná: konečné číslo usnesení přidělí "
                    "kopie obecdesk, která čísluje usnesení této lokality. Zápis zveřejněte až "
                    "s konečnými čísly.")


def decision_paragraph(doc: ReportDocument, decision) -> object:
    return doc.paragraph(
        f"<b>Usnesení {text(decision.code_label)}:</b> {text(decision.text)} "
        f"<font size=8.5>({text(decision.how_decided_text)})</font>", markup=True)


def items_block(doc: ReportDocument, detail: MeetingDetail) -> list:
    story = [doc.heading("Průběh jednání")]
    reviews = reviewed_tasks_table(doc, detail)
    if reviews and not any(is_review_item(detail, item) for item in detail.agenda.items):
        story += [doc.paragraph("Kontrola úkolů", style="subheading"), *reviews]
    for number, item in enumerate(detail.agenda.items, start=1):
        story.append(doc.paragraph(f"{number}. {item.title}", style="subheading"))
        paragraphs = html_to_blocks(item.minutes_html)
        for block in paragraphs:
            if block.kind == "li":
                story.append(doc.bullet(block.markup, block.marker, max(block.level, 1)))
            else:
                story.append(doc.paragraph(block.markup, markup=True))
        tasks = reviews if is_review_item(detail, item) else []
        story += tasks
        if not paragraphs and not tasks:
            story.append(doc.paragraph("Bez záznamu.", style="small"))
        for decision in detail.decisions:
            if decision.agenda_item_id == item.id:
                story.append(decision_paragraph(doc, decision))
    if not detail.agenda.items:
        story.append(doc.paragraph("Jednání nemělo program."))
    return story


def decisions_block(doc: ReportDocument, detail: MeetingDetail) -> list:
    if not detail.decisions:
        return []
    rows = [["Číslo", "Usnesení", "Způsob rozhodnutí"]]
    for decision in detail.decisions:
        rows.append([decision.code_label, decision.text, decision.how_decided_text])
    widths = [28 * mm, CONTENT_WIDTH - 73 * mm, 45 * mm]
    story = [doc.heading("Přijatá usnesení"), doc.table(rows, widths)]
    if any(decision.provisional for decision in detail.decisions):
        story.append(doc.paragraph(PROVISIONAL_NOTE, style="small"))
    return story


def actions_block(doc: ReportDocument, detail: MeetingDetail) -> list:
    if not detail.action_items:
        return []
    rows = [["Úkol", "Odpovídá", "Termín", "Stav"]]
    for item in detail.action_items:
        rows.append([item.text, item.owner_name, date_text(item.due_date), item.status_label])
    widths = [CONTENT_WIDTH - 98 * mm, 42 * mm, 28 * mm, 28 * mm]
    return [doc.heading("Úkoly"), doc.table(rows, widths)]


def minutes_story(doc: ReportDocument, detail: MeetingDetail) -> list:
    meeting = detail.meeting
    story = [facts(doc, detail), doc.spacer(2)]
    story += attendance_block(doc, detail)
    story += items_block(doc, detail)
    story += decisions_block(doc, detail)
    story += actions_block(doc, detail)
    if meeting.notes.strip():
        story += [doc.heading("Poznámky"), doc.paragraph(meeting.notes.strip())]
    return story + signature_block(doc, detail)


def minutes_document(detail: MeetingDetail) -> tuple[ReportDocument, list]:
    doc = meeting_document(detail, "Zápis z jednání")
    return doc, minutes_story(doc, detail)


def write_minutes(detail: MeetingDetail, path: Path | str) -> Path:
    doc, story = minutes_document(detail)
    return doc.write(path, story)
