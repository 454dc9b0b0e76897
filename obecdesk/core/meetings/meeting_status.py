"""The one-way life of a meeting: planned → agenda sent → held → minutes approved → published."""

from __future__ import annotations

from obecdesk.core.errors import ValidationError
from obecdesk.core.vocabulary.meetings import MeetingStatus

ORDER = list(MeetingStatus)

#: the meeting column that keeps the date a status was reached
STEP_DATES = {
    MeetingStatus.PLANNED.value: "",
    MeetingStatus.AGENDA_SENT.value: "agenda_sent_on",
    MeetingStatus.HELD.value: "held_on",
    MeetingStatus.MINUTES_APPROVED.value: "minutes_approved_on",
    MeetingStatus.MINUTES_PUBLISHED.value: "minutes_published_on",
}


def check_transition(current: str, target: str) -> str:
    """``target`` as a status value when moving there is allowed; else a Czech ValidationError."""
    try:
        wanted = MeetingStatus(target)
    except ValueError as exc:
        raise ValidationError(f"Neznámý stav jednání: {target}.") from exc
    now = MeetingStatus(current) if current in MeetingStatus._value2member_map_ else None
    if now is not None and ORDER.index(wanted) < ORDER.index(now):
        raise ValidationError(
            f"Stav jednání nelze vrátit z „{now.label}“ zpět na „{wanted.label}“.")
    return wanted.value


def next_status(current: str) -> str | None:
    """The following step, or ``None`` after the minutes are published."""
    try:
        index = ORDER.index(MeetingStatus(current))
    except ValueError:
        return None
    return ORDER[index + 1].value if index + 1 < len(ORDER) else None
