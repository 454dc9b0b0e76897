"""The acute demo's participation and mediation: two meetings and a walk with proposals in
every disposition, a survey still being prepared, and a mediation between the petition
committee and the hostel's residents with a confidential note and a shareable one.

The texts live in ``resources/demo/acute_streams_partmed.json``; dates are days of the
cooperation, so they move with the day the demo is loaded.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from obecdesk.core.demo_acute import AcuteDemo
from obecdesk.resources import resource
from obecdesk.store.models import (
    MediationCase,
    MediationNote,
    MediationParty,
    MediationSession,
    ParticipationEvent,
    Proposal,
)


def add_participation_and_mediation(session: Session, demo: AcuteDemo) -> None:
    data = json.loads(resource("demo", "acute_streams_partmed.json").read_text(encoding="utf-8"))
    loc = demo.locality_id
    for spec in data["events"]:
        session.add(ParticipationEvent(
            id=demo.id("event", spec["key"]), locality_id=loc, kind=spec["kind"],
            title=spec["title"], method_id=spec["method"], date=demo.day(spec["day"]),
            place=spec["place"], attendance_total=spec["total"],
            attendance_target=spec["target"], outreach=spec["outreach"], notes=spec["notes"]))
    session.flush()
    for n, spec in enumerate(data["proposals"]):
        session.add(Proposal(
            id=demo.id("proposal", str(n)), locality_id=loc,
            event_id=demo.id("event", spec["event"]), kind=spec["kind"], text=spec["text"],
            author=spec["author"], disposition=spec["disposition"],
            reason=spec.get("reason", ""), response=spec.get("response", ""),
            decided_on=demo.day(spec["day"]) if "day" in spec else None, position=n))
    spec = data["mediation"]
    case_id = demo.id("mediation", "case")
    session.add(MediationCase(
        id=case_id, locality_id=loc, title=spec["title"], conflict=spec["conflict"],
        mediators=spec["mediators"], rules=spec["rules"], opened_on=demo.day(spec["opened"]),
        closed_on=demo.day(spec["closed"]), result=spec["result"],
        agreement_text=spec["agreement"]))
    session.flush()
    for n, party in enumerate(spec["parties"]):
        session.add(MediationParty(
            id=demo.id("mediation", "party", str(n)), locality_id=loc, case_id=case_id,
            name=party["name"], position=n,
            representatives=sorted(demo.actors[k] for k in party["representatives"])))
    for n, meeting in enumerate(spec["sessions"]):
        session.add(MediationSession(
            id=demo.id("mediation", "session", str(n)), locality_id=loc, case_id=case_id,
            date=demo.day(meeting["day"]), attended=meeting["attended"],
            outcome=meeting["outcome"]))
    for n, note in enumerate(spec["notes"]):
        session.add(MediationNote(
            id=demo.id("mediation", "note", str(n)), locality_id=loc, case_id=case_id,
            written_on=demo.day(note["day"]), author=note["author"], text=note["text"],
            shared=note["shared"], shared_text=note["text"] if note["shared"] else ""))
