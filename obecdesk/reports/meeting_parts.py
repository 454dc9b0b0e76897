"""Pieces the three meeting printouts share: the document header and the facts block."""

from __future__ import annotations

from obecdesk.core.formatting import date_text, long_date_text, time_text
from obecdesk.core.meetings.meeting_types import MeetingDetail, MeetingInfo
from obecdesk.reports.document import ReportDocument


def time_range(meeting: MeetingInfo) -> str:
    """``9:00–11:00``, ``od 9:00`` or empty."""
    start, end = time_text(meeting.start_time), time_text(meeting.end_time)
    if start and end:
        return f"{start}–{end}"
    return f"od {start}" if start else ""


def meeting_document(detail: MeetingDetail, title: str) -> ReportDocument:
    meeting = detail.meeting
    subtitle = f"{meeting.title} · {date_text(meeting.date)}"
    return ReportDocument(title=title, municipality=detail.locality_name,
                          body=meeting.body_or_kind, subtitle=subtitle)


def facts(doc: ReportDocument, detail: MeetingDetail, *, with_goal: bool = True):
    meeting = detail.meeting
    when = long_date_text(meeting.date)
    if time_range(meeting):
        when = f"{when}, {time_range(meeting)}"
    pairs = [
        ("Datum a čas", when),
        ("Místo", meeting.place),
        ("Orgán / druh", meeting.body_or_kind),
        ("Facilitace", meeting.facilitator),
        ("Zápis pořizuje", meeting.minute_taker),
        ("Ověřovatel zápisu", meeting.verifier),
        ("Způsob rozhodování", meeting.decision_rule_label),
    ]
    if with_goal:
        pairs.append(("Cíl jednání", meeting.goal))
    return doc.facts(pairs)
