"""Demo data: one fictional long-term locality with a realistic partnership.

Loaded by ``obecdesk demo`` and by the first-start offer in the UI; idempotent because every demo
row has a fixed id derived from its key, and the load stops when the locality is already there.
Rows that are unique by nature (invitees, relations, memberships, the review item) take the same
natural-key ids as rows the services create (:mod:`obecdesk.store.natural_keys`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.demo_acute import acute_locality_id, add_acute_demo
from obecdesk.core.demo_reviews import add_review_demo
from obecdesk.core.demo_rows import add_demo_actors, demo_date, demo_id
from obecdesk.core.indicators.demo_plan import add_plan_demo
from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.core.methods.demo import load_method_demo
from obecdesk.core.vocabulary.meetings import ActionStatus
from obecdesk.resources import resource
from obecdesk.store import Store
from obecdesk.store.models import (
    ActionItem,
    ActorRelation,
    AgendaItem,
    Attendance,
    Body,
    Decision,
    Locality,
    Meeting,
    Membership,
)
from obecdesk.store.natural_keys import (
    attendance_id,
    membership_id,
    relation_id,
    review_item_id,
)


@dataclass(frozen=True)
class DemoResult:
    locality_id: str
    locality_name: str
    created: bool


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def demo_locality_ids() -> frozenset[str]:
    """Every demo locality: the long-term one and its acute sibling."""
    return frozenset({demo_locality_id(), acute_locality_id()})


@cache
def demo_locality_id() -> str:
    """The fixed id of the demo locality (its rows never leave the replica in a bundle)."""
    data = json.loads(resource("demo", "demo.json").read_text(encoding="utf-8"))
    return demo_id(data["locality"]["key"])


def load_demo(store: Store) -> DemoResult:
    """Load the demo localities that are not yet in the store (the acute sibling came later, so
    a store with the long-term demo alone gets it on the next load)."""
    with store.unit_of_work(immediate=True) as session:
        result = _add_long_term(session, store.replica_id)
        add_acute_demo(session, store.replica_id)
    if result.created:
        load_method_demo(store, result.locality_id)
    return result


def _add_long_term(session: Session, replica_id: str) -> DemoResult:
    data = json.loads(resource("demo", "demo.json").read_text(encoding="utf-8"))
    loc = data["locality"]
    loc_id = demo_id(loc["key"])
    if session.get(Locality, loc_id) is not None:
        return DemoResult(loc_id, loc["name"], created=False)
    session.add(Locality(
        id=loc_id, name=loc["name"], region=loc["region"], population=loc["population"],
        mode=loc["mode"], start_date=demo_date(loc["start_date"]), themes=loc["themes"],
        coordinator=loc["coordinator"], notes=loc["notes"],
        numbering_replica_id=replica_id,
    ))
    session.flush()
    actors = add_demo_actors(session, loc_id, loc["key"], data["actors"])
    for source, kind, target in data["relations"]:
        session.add(ActorRelation(
            id=relation_id(actors[source].id, actors[target].id, kind), locality_id=loc_id,
            source_id=actors[source].id, target_id=actors[target].id, kind=kind,
        ))
    bodies = _add_bodies(session, loc_id, loc["key"], data["bodies"], actors)
    session.flush()
    for spec in data["meetings"]:
        _add_meeting(session, loc_id, loc["key"], spec, actors, bodies)
    add_plan_demo(session, loc_id, lambda *parts: demo_id(loc["key"], *parts),
                  {key: actor.id for key, actor in actors.items()})
    add_review_demo(session, loc_id, lambda *parts: demo_id(loc["key"], *parts))
    return DemoResult(loc_id, loc["name"], created=True)


def _add_bodies(session, loc_id, prefix, specs, actors) -> dict[str, Body]:
    bodies: dict[str, Body] = {}
    for spec in specs:
        body = Body(
            id=demo_id(prefix, "body", spec["key"]), locality_id=loc_id, kind=spec["kind"],
            name=spec["name"], code=spec["code"], theme=spec.get("theme", ""),
            leader_id=actors[spec["leader"]].id if "leader" in spec else None,
            facilitator_id=actors[spec["facilitator"]].id if "facilitator" in spec else None,
        )
        session.add(body)
        session.flush()
        for member in spec["members"]:
            joined_on = dt.date(2025, 3, 20)
            session.add(Membership(
                id=membership_id(body.id, actors[member].id, joined_on), body_id=body.id,
                actor_id=actors[member].id, role=actors[member].role, joined_on=joined_on,
            ))
        bodies[spec["key"]] = body
    return bodies


def _add_meeting(session, loc_id, prefix, spec, actors, bodies) -> None:
    key = spec["key"]
    body = bodies[spec["body"]]
    day = demo_date(spec["date"])
    held = spec["status"] != "planned"
    meeting = Meeting(
        id=demo_id(prefix, "meeting", key), locality_id=loc_id, body_id=body.id, kind="body",
        title=spec["title"], date=day, start_time=_time(spec["start"]),
        end_time=_time(spec["end"]), place=spec["place"], facilitator=spec["facilitator"],
        minute_taker=spec["minute_taker"], decision_rule=spec["decision_rule"],
        goal=spec["goal"], status=spec["status"],
        # sending the invitations with the agenda is what "program rozeslán" records
        invitations_sent_on=day - dt.timedelta(days=10) if held else None,
        agenda_sent_on=day - dt.timedelta(days=10) if held else None,
        held_on=day if held else None,
        minutes_approved_on=day + dt.timedelta(days=14)
        if spec["status"] in ("minutes_approved", "minutes_published") else None,
        minutes_published_on=day + dt.timedelta(days=21)
        if spec["status"] == "minutes_published" else None,
    )
    session.add(meeting)
    session.flush()
    items = []
    for position, (title, presenter, minutes, method, output) in enumerate(spec["agenda"]):
        item = AgendaItem(
            id=review_item_id(meeting.id) if title == REVIEW_TITLE
            else demo_id(prefix, "agenda", key, str(position)), meeting_id=meeting.id,
            position=position, title=title, presenter=presenter, planned_minutes=minutes,
            method=method, expected_output=output,
            minutes_html=f"<p>Projednáno: {title.lower()}.</p>" if held else "",
        )
        session.add(item)
        items.append(item)
    statuses = {k: s for s in ("present", "excused", "absent") for k in spec.get(s, [])}
    if spec.get("invite_body"):
        member_ids = set(session.scalars(select(Membership.actor_id).where(
            Membership.body_id == body.id)))
        keys = [k for k, actor in actors.items() if actor.id in member_ids]
    else:
        keys = list(statuses)
    for actor_key in keys:
        session.add(Attendance(
            id=attendance_id(meeting.id, actors[actor_key].id), meeting_id=meeting.id,
            actor_id=actors[actor_key].id, status=statuses.get(actor_key, "unknown"),
        ))
    for number, (name, organisation) in enumerate(spec.get("guests", [])):
        session.add(Attendance(
            id=demo_id(prefix, "guest", key, str(number)), meeting_id=meeting.id,
            guest_name=name, guest_organisation=organisation, invited=False, status="present",
        ))
    earlier = session.scalar(
        select(func.count()).select_from(Decision).join(Meeting)
        .where(Meeting.body_id == body.id, Decision.year == day.year)
    ) or 0
    for number, decision in enumerate(spec.get("decisions", []), start=1):
        text, how, *votes = decision
        session.add(Decision(
            id=demo_id(prefix, "decision", key, str(number)), meeting_id=meeting.id,
            year=day.year, number=number + earlier, code=f"{body.code} {day.year}/{number + earlier:02d}",
            text=text, how_decided=how,
            votes_for=votes[0] if votes else None,
            votes_against=votes[1] if votes else None,
            votes_abstained=votes[2] if votes else None,
        ))
    for number, (text, owner, due, status) in enumerate(spec.get("actions", [])):
        session.add(ActionItem(
            id=demo_id(prefix, "action", key, str(number)), meeting_id=meeting.id,
            body_id=body.id, owner_id=actors[owner].id, text=text, due_date=demo_date(due),
            status=status, done_on=demo_date(due) if status == ActionStatus.DONE else None,
        ))
    session.flush()
