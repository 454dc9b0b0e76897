"""The cooperation's frame as Czech facts and as JSON: what ``cooperation show`` prints and the
closing report's first section lists, worded once."""

from __future__ import annotations

import dataclasses
from typing import Any

from obecdesk.core.cooperation.service import CooperationFrame
from obecdesk.core.cooperation.timeline import countdown_text
from obecdesk.core.formatting import date_text
from obecdesk.core.vocabulary.cooperation import CooperationDecision, IntakeCondition
from obecdesk.core.vocabulary.localities import CooperationMode, Theme

MET_TEXT = {True: "splněno", False: "nesplněno", None: "neposouzeno"}


def themes_text(themes: list[str]) -> str:
    return ", ".join(Theme.label_of(t) for t in themes)


def decision_text(frame: CooperationFrame) -> str:
    data = frame.data
    text = CooperationDecision.label_of(data.decision)
    if data.decided_on:
        text += f" ({date_text(data.decided_on)})"
    return f"{text} – {data.decision_reason}" if data.decision_reason else text


def end_text(frame: CooperationFrame) -> str:
    """``14. 1. 2027 – zbývá 23 dní (…)``; why there is none for a long-term cooperation."""
    if frame.mode not in (CooperationMode.ACUTE, CooperationMode.SYSTEMATIC):
        return "dlouhodobá spolupráce se řídí plánem fází, bez pevného konce"
    if frame.countdown is None:
        return "zatím neurčen (chybí datum memoranda i zahájení)"
    how = "určen ručně" if frame.data.planned_end_override else (
        "od memoranda" if frame.data.agreed_on else "od zahájení")
    return f"{date_text(frame.planned_end)} ({how}) – {countdown_text(frame.countdown, with_end=False)}"


def frame_facts(frame: CooperationFrame) -> list[tuple[str, str]]:
    """(label, value) pairs of the frame, in the order a reader asks about them."""
    data = frame.data
    return [
        ("Lokalita", frame.locality_name),
        ("Režim spolupráce", CooperationMode.label_of(frame.mode)),
        ("Žadatel", frame.requested_by_name),
        ("Datum žádosti", date_text(data.requested_on)),
        ("Požadovaný režim", CooperationMode.label_of(data.requested_mode)),
        ("Témata", themes_text(data.themes)),
        ("Situace slovy obce", data.situation),
        ("Rozhodnutí", decision_text(frame)),
        ("Zahájení", date_text(frame.start_date)),
        ("Memorandum", date_text(data.agreed_on)),
        ("Plánovaný konec", end_text(frame)),
    ]


def frame_lines(frame: CooperationFrame) -> list[str]:
    lines = [f"{label}: {value}" for label, value in frame_facts(frame)]
    lines.append("Podmínky spolupráce:")
    for c in frame.data.conditions:
        note = f" – {c.note}" if c.note else ""
        lines.append(f"  [{MET_TEXT[c.met]}] {IntakeCondition.label_of(c.code)}{note}")
    return lines


def frame_dict(frame: CooperationFrame) -> dict[str, Any]:
    data = dataclasses.asdict(frame.data)
    cd = frame.countdown
    return {
        "locality": frame.locality_name, "locality_id": frame.locality_id, "mode": frame.mode,
        "start_date": frame.start_date, **data, "requested_by": frame.requested_by_name,
        "planned_end": frame.planned_end,
        "days_left": None if cd is None else cd.days_left,
        "warning": None if cd is None else cd.warning,
        "countdown": "" if cd is None else countdown_text(cd),
        "recorded": frame.recorded,
    }
