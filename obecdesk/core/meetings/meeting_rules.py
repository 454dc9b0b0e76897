"""The rules of a meeting's own fields (its header) and who its body's members are on a day.

Shared by creating, editing and saving a whole edited meeting (:mod:`obecdesk.core.meetings.service`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from obecdesk.core.meetings.attendance import check_head_count
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.records import assign, get_live
from obecdesk.core.stakeholders.memberships import current_membership
from obecdesk.core.vocabulary.meetings import DecisionRule, MeetingKind
from obecdesk.errors import ValidationError
from obecdesk.store.models import ActionItem, Body, Decision, Meeting, Membership


def validated_fields(session: Session, locality_id: str, data: MeetingData) -> dict:
    """The column values for ``data``, or a Czech ValidationError naming the first bad field."""
    title = data.title.strip()
    if not title:
        raise ValidationError("Jednání musí mít název.")
    if data.date is None:
        raise ValidationError("Jednání musí mít datum.")
    if data.kind not in MeetingKind._value2member_map_:
        raise ValidationError(f"Neznámý druh jednání: {data.kind}.")
    if data.decision_rule not in DecisionRule._value2member_map_:
        raise ValidationError(f"Neznámý způsob rozhodování: {data.decision_rule}.")
    kind, rule = MeetingKind(data.kind).value, DecisionRule(data.decision_rule).value
    if kind == MeetingKind.BODY:
        if not data.body_id:
            raise ValidationError("Jednání orgánu musí mít vybraný orgán partnerství.")
        body = get_live(session, Body, data.body_id, "Orgán")
        if body.locality_id != locality_id:
            raise ValidationError("Orgán patří k jiné lokalitě.")
    elif data.body_id:
        raise ValidationError("Veřejné setkání a kulatý stůl se nekonají za orgán partnerství.")
    check_head_count(kind, data.head_count)
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise ValidationError("Konec jednání musí být později než jeho začátek.")
    return {
        "title": title, "date": data.date, "kind": kind,
        "body_id": data.body_id if kind == MeetingKind.BODY else None,
        "start_time": data.start_time, "end_time": data.end_time, "place": data.place.strip(),
        "facilitator": data.facilitator.strip(), "minute_taker": data.minute_taker.strip(),
        "verifier": data.verifier.strip(),
        "decision_rule": rule, "goal": data.goal.strip(), "notes": data.notes,
        "head_count": data.head_count,
    }


def current_member_ids(session: Session, body_id: str, on: dt.date) -> list[str]:
    """Actors who are members of the body on the given day (joined, not yet left)."""
    return list(session.scalars(
        select(Membership.actor_id).where(
            Membership.body_id == body_id, *current_membership(on),
            or_(Membership.joined_on.is_(None), Membership.joined_on <= on),
        ).distinct()
    ))


def assign_meeting_fields(session: Session, row: Meeting, values: dict) -> None:
    """Store validated header fields; a new body takes the meeting's action items along, so
    they are reviewed at the new body's next meeting (all in the caller's unit of work). A
    meeting with decisions stays in their year: their numbers count within it.

    The items are changed as rows, not by a bulk UPDATE, so each gets its sync stamp."""
    body_changed = "body_id" in values and values["body_id"] != row.body_id
    new_date = values.get("date")
    if new_date and new_date.year != row.date.year and session.scalar(
            select(Decision.id).where(Decision.meeting_id == row.id,
                                      Decision.deleted.is_(False)).limit(1)):
        raise ValidationError(
            f"Jednání už má usnesení číslovaná v roce {row.date.year}; jeho datum nelze "
            "přesunout do jiného roku (usnesení by nesla špatné číslo).")
    assign(row, values)
    if body_changed:
        for item in session.scalars(select(ActionItem).where(
                ActionItem.meeting_id == row.id, ActionItem.deleted.is_(False))):
            item.body_id = row.body_id
