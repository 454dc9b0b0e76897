"""The process mapping of the acute demo locality (data in ``resources/demo/process_mapping.json``):
two agendas with their steps, documents and anonymous interviews, four critical points and four
recommendations in different states, with follow-ups and one referral. Interview and follow-up
dates are days of the cooperation, so they stay inside it whenever the demo is loaded."""

from __future__ import annotations

import json
from functools import cache

from obecdesk.core.demo_acute import AcuteDemo
from obecdesk.core.demo_rows import demo_date
from obecdesk.resources import resource
from obecdesk.store.models import (
    CriticalPoint,
    ProcessAgenda,
    ProcessDocument,
    ProcessInterview,
    ProcessStep,
    Recommendation,
    RecommendationFollowUp,
)


@cache
def _data() -> dict:
    return json.loads(resource("demo", "process_mapping.json").read_text(encoding="utf-8"))


def load_process_mapping_demo(session, demo: AcuteDemo) -> None:
    loc = demo.locality_id
    steps: dict[tuple[str, str], str] = {}
    for position, spec in enumerate(_data()["agendas"]):
        key = spec["key"]
        agenda_id = demo.id("agenda", key)
        session.add(ProcessAgenda(id=agenda_id, locality_id=loc, name=spec["name"],
                                  theme=spec["theme"], department=spec["department"],
                                  description=spec["description"], position=position))
        for number, step in enumerate(spec["steps"], start=1):
            steps[(key, step["key"])] = demo.id("step", key, step["key"])
            session.add(ProcessStep(id=steps[(key, step["key"])], locality_id=loc,
                                    agenda_id=agenda_id, position=number, name=step["name"],
                                    responsible=step["responsible"],
                                    formal_practice=step["formal"],
                                    informal_practice=step["informal"]))
        for number, doc in enumerate(spec["documents"]):
            session.add(ProcessDocument(id=demo.id("document", key, str(number)), locality_id=loc,
                                        agenda_id=agenda_id, title=doc["title"], kind=doc["kind"],
                                        issued_on=demo_date(doc["issued_on"]), note=doc["note"]))
        for item in spec["interviews"]:
            session.add(ProcessInterview(
                id=demo.id("interview", item["key"]), locality_id=loc, agenda_id=agenda_id,
                held_on=demo.day(item["day"]), respondent_group=item["group"],
                respondent_code=item["code"], summary=item["summary"]))
    session.flush()
    for spec in _data()["critical_points"]:
        session.add(CriticalPoint(
            id=demo.id("critical-point", spec["key"]), locality_id=loc,
            agenda_id=demo.id("agenda", spec["agenda"]),
            step_id=steps[(spec["agenda"], spec["step"])], title=spec["title"],
            concern=spec["concern"], severity=spec["severity"],
            description=spec["description"], evidence=spec["evidence"]))
    session.flush()
    for spec in _data()["recommendations"]:
        rec_id = demo.id("recommendation", spec["key"])
        referral = spec.get("referral") or {}
        session.add(Recommendation(
            id=rec_id, locality_id=loc, title=spec["title"], text=spec["text"],
            solution=spec["solution"], status=spec["status"], responsible=spec["responsible"],
            critical_point_ids=sorted(demo.id("critical-point", p) for p in spec["points"]),
            referral_actor_id=demo.actors.get(referral.get("actor", "")),
            referral_organisation=referral.get("organisation", ""),
            referral_note=referral.get("note", "")))
        session.flush()
        for number, follow_up in enumerate(spec["follow_ups"]):
            session.add(RecommendationFollowUp(
                id=demo.id("follow-up", spec["key"], str(number)), locality_id=loc,
                recommendation_id=rec_id, held_on=demo.day(follow_up["day"]),
                note=follow_up["note"]))
    session.flush()
