"""The communication stream of the acute demo (Lipová nad Ohří): the situation log of the first
40 days, audiences with their readings, risk scenarios, the plan, texts and recommendations.
Registered in ``ACUTE_DEMO_PARTS``; the data are in ``resources/demo/communication.json``."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from sqlalchemy.orm import Session

from obecdesk.core.communication.plan import plan_id
from obecdesk.core.demo_acute import AcuteDemo
from obecdesk.resources import resource
from obecdesk.store.models import (
    AttitudeReading,
    AudienceGroup,
    CommunicationPlan,
    CommunicationRecommendation,
    CommunicationText,
    RiskScenario,
    SituationAttachment,
    SituationEvent,
    TextVersion,
)


@cache
def _data() -> dict:
    return json.loads(resource("demo", "communication.json").read_text(encoding="utf-8"))


def load_communication_demo(session: Session, demo: AcuteDemo) -> None:
    data, loc, who = _data(), demo.locality_id, demo.actors
    for e in data["events"]:
        session.add(SituationEvent(
            id=demo.id("event", e["key"]), locality_id=loc, occurred_on=demo.day(e["day"]),
            kind=e["kind"], title=e["title"], description=e["description"], source=e["source"],
            reach=e.get("reach"), severity=e["severity"],
            actor_ids=sorted(who[k] for k in e["actors"])))
    session.flush()
    for a in data["attachments"]:
        content = a["text"].encode("utf-8")
        session.add(SituationAttachment(
            id=demo.id("attachment", a["file_name"]), locality_id=loc,
            event_id=demo.id("event", a["event"]), file_name=a["file_name"],
            media_type="text/plain", size=len(content), content=content))
    for g in data["audiences"]:
        group_id = demo.id("audience", g["key"])
        session.add(AudienceGroup(id=group_id, locality_id=loc, name=g["name"],
                                  description=g["description"]))
        session.flush()
        for day, attitude, tension, note, source in g["readings"]:
            session.add(AttitudeReading(
                id=demo.id("reading", g["key"], str(day)), locality_id=loc, group_id=group_id,
                read_on=demo.day(day), attitude=attitude, tension=tension, note=note,
                source=source))
    for r in data["risks"]:
        session.add(RiskScenario(
            id=demo.id("risk", r["key"]), locality_id=loc, title=r["title"],
            likelihood=r["likelihood"], impact=r["impact"], status=r["status"],
            responsible_id=who[r["responsible"]], warning_signals=r["warning_signals"],
            prepared_response=r["prepared_response"]))
    plan = data["plan"]
    session.add(CommunicationPlan(
        id=plan_id(loc), locality_id=loc, key_messages=plan["key_messages"],
        spokesperson_id=who[plan["spokesperson"]], channels=plan["channels"],
        holding_statements=plan["holding_statements"]))
    for n, t in enumerate(data["texts"]):
        text_id = demo.id("text", t["key"])
        *older, current = t["versions"]
        session.add(CommunicationText(id=text_id, locality_id=loc, kind=t["kind"],
                                      title=t["title"], body=current, status=t["status"],
                                      audience=t["audience"]))
        session.flush()
        for number, body in enumerate(older, start=1):
            saved = dt.datetime.combine(demo.day(5 + 12 * n + number), dt.time(9, 30),
                                        tzinfo=dt.UTC)
            session.add(TextVersion(
                id=demo.id("text-version", t["key"], str(number)), locality_id=loc,
                text_id=text_id, saved_at=saved.isoformat(timespec="seconds"), number=number,
                title=t["title"], body=body))
    for r in data["recommendations"]:
        session.add(CommunicationRecommendation(
            id=demo.id("recommendation", r["key"]), locality_id=loc, title=r["title"],
            given_on=demo.day(r["day"]), status=r["status"], responsible_id=who[r["responsible"]],
            note=r["note"]))
