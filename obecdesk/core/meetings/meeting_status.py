"""The one-way life of a meeting: planned → agenda sent → held → minutes approved → published."""

from __future__ import annotations

import datetime as dt

from obecdesk.core.formatting import date_text
from obecdesk.core.vocabulary.meetings import MeetingStatus
from obecdesk.errors import ValidationError

ORDER = list(MeetingStatus)

#: the meeting column that keeps the date a status was reached
STEP_DATES = {
    MeetingStatus.PLANNED.value: "",
    MeetingStatus.AGENDA_SENT.value: "agenda_sent_on",
    MeetingStatus.HELD.value: "held_on",
    MeetingStatus.MINUTES_APPROVED.value: "minutes_approved_on",
    MeetingStatus.MINUTES_PUBLISHED.value: "minutes_published_on",
}
#: the steps that record the date they were reached, in order (all but "planned")
DATED_STEPS = [status for status in ORDER if STEP_DATES[status.value]]


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


def reached(current: str, status: str) -> bool:
    """Whether a meeting in ``current`` has already got to ``status``."""
    return ORDER.index(MeetingStatus(status)) <= ORDER.index(MeetingStatus(current))


def check_step_date(meeting_date: dt.date, dates: dict[str, dt.date | None], status: str,
                    day: dt.date) -> None:
    """Refuse ``day`` for ``status`` unless it keeps the steps in order: not before the
    nearest earlier recorded step, not after the nearest later one, and "held" not before
    the meeting date. ``dates`` maps status values to their recorded dates."""
    step = MeetingStatus(status)
    if step is MeetingStatus.HELD and day < meeting_date:
        raise ValidationError(
            f"Jednání nemohlo proběhnout dřív než {date_text(meeting_date)}, kdy se koná.")
    position = ORDER.index(step)
    for earlier in reversed(ORDER[1:position]):
        other = dates.get(earlier.value)
        if other is not None:
            if day < other:
                raise ValidationError(
                    f"Krok „{step.label}“ ({date_text(day)}) nemůže být před krokem "
                    f"„{earlier.label}“ ({date_text(other)}).")
            break
    for later in ORDER[position + 1:]:
        other = dates.get(later.value)
        if other is not None:
            if day > other:
                raise ValidationError(
                    f"Krok „{step.label}“ ({date_text(day)}) nemůže být po kroku "
                    f"„{later.label}“ ({date_text(other)}).")
            break


def step_dates_of(row) -> dict[str, dt.date | None]:
    """Status value → the recorded date of that step, of a stored meeting row."""
    return {status: getattr(row, column) for status, column in STEP_DATES.items() if column}


def apply_step_dates(row, changes: dict[str, dt.date | None]) -> None:
    """Set corrected step dates on a meeting row, each checked against the others."""
    dates = step_dates_of(row)
    for status, day in changes.items():
        if status not in dates:
            raise ValidationError(f"Stav „{status}“ nemá datum kroku.")
        if not reached(row.status, status):
            raise ValidationError(
                f"Krok „{MeetingStatus(status).label}“ ještě nenastal; datum mu nelze zapsat.")
        dates[status] = day
    for status, day in changes.items():
        if day is not None:
            check_step_date(row.date, dates, status, day)
        setattr(row, STEP_DATES[status], day)


def record_invitations_sent(row, on: dt.date | None) -> None:
    """The day the invitations went out (``None`` clears it). The invitation carries the
    agenda, so a planned meeting moves to "program rozeslán" on that day: the date and the
    status never contradict each other (clearing the date does not move the status back)."""
    if row.invitations_sent_on != on:
        row.invitations_sent_on = on
    if on is not None and row.status == MeetingStatus.PLANNED.value:
        row.status = MeetingStatus.AGENDA_SENT.value
        row.agenda_sent_on = on
