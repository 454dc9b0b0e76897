"""Parts of the minutes that make them a record: the quorum of a body that votes, the signature
lines of the minute-taker and the verifier, and the corrections made after approval."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.meetings.task_reviews import reviewed_items
from obecdesk.core.vocabulary.meetings import AttendanceStatus, DecisionRule
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.fonts import FONT
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.store.natural_keys import review_item_id

#: rules under which a body decides by vote, so whether it can decide depends on who came
VOTING_RULES = (DecisionRule.SIMPLE_MAJORITY.value, DecisionRule.TWO_THIRDS.value)
#: filled in by hand on the printed copy
BLANK = "……………………………………"


def quorum_text(detail: MeetingDetail) -> str:
    """"přítomno 5 z 8 členů – usnášeníschopné" for a voting body with members, else empty."""
    meeting = detail.meeting
    members = detail.member_ids
    if meeting.decision_rule not in VOTING_RULES or not members:
        return ""
    present = sum(1 for a in detail.attendance
                  if a.actor_id in members and a.status == AttendanceStatus.PRESENT)
    needed = len(members) // 2 + 1
    verdict = ("orgán je usnášeníschopný" if present >= needed
               else f"orgán není usnášeníschopný (potřeba alespoň {needed})")
    return f"přítomno {present} z {len(members)} členů – {verdict}"


def signature_block(doc: ReportDocument, detail: MeetingDetail) -> list:
    """Two signature columns (minute-taker, verifier), then approval, publication and every
    correction made since ("opraveno dne …")."""
    meeting = detail.meeting
    half = CONTENT_WIDTH / 2
    rows = [
        [doc.cell(f"Zapsal/a: {meeting.minute_taker or BLANK}"),
         doc.cell(f"Ověřil/a: {meeting.verifier or BLANK}")],
        [doc.cell(f"Dne: {BLANK}"), doc.cell(f"Dne: {BLANK}")],
        [doc.cell(f"Podpis: {BLANK}"), doc.cell(f"Podpis: {BLANK}")],
    ]
    signatures = Table(rows, colWidths=[half, half], hAlign="LEFT")
    signatures.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm / 2),
    ]))
    dates = [("Zápis schválen", date_text(meeting.minutes_approved_on) or BLANK),
             ("Zápis zveřejněn", date_text(meeting.minutes_published_on) or BLANK)]
    block = [doc.spacer(8), signatures, doc.spacer(4), doc.facts(dates)]
    for version in detail.corrections:
        who = f" ({version.corrected_by})" if version.corrected_by else ""
        block.append(doc.paragraph(
            f"Opraveno dne {date_text(version.corrected_on)}{who}: {version.reason}",
            style="small"))
    return [doc.together(block)]


def reviewed_tasks_table(doc: ReportDocument, detail: MeetingDetail) -> list:
    """The tasks this meeting reviewed ("kontrola úkolů") with what became of them."""
    reviewed = reviewed_items(detail.to_review, detail.reviews)
    if not reviewed:
        return []
    rows = [["Úkol", "Odpovídá", "Z jednání", "Nový stav"]]
    for item, review in reviewed:
        rows.append([item.text, item.owner_name, date_text(item.meeting_date),
                     review.state_text])
    widths = [CONTENT_WIDTH - 122 * mm, 40 * mm, 22 * mm, 60 * mm]
    return [doc.table(rows, widths)]


def is_review_item(detail: MeetingDetail, item) -> bool:
    return item.id == review_item_id(detail.meeting.id) or item.title == REVIEW_TITLE
