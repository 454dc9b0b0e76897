"""A small partnership to test meetings against: two localities, a working group, Czech names.

Rows are written through the store's own unit of work (the same path the services use), so the
tests do not depend on the stakeholder services' API.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.store import Store
from obecdesk.store.models import Actor, Body, Locality, Membership


@dataclass
class World:
    store: Store
    locality_id: str
    other_locality_id: str
    body_id: str
    other_body_id: str
    actors: dict[str, str] = field(default_factory=dict)  # key -> actor id
    meetings: MeetingService | None = None

    def body_meeting(self, day: dt.date = dt.date(2025, 6, 13), **changes) -> str:
        values = dict(title="PS Bydlení – červen", date=day, body_id=self.body_id,
                      start_time=dt.time(9, 0), end_time=dt.time(11, 0),
                      place="Zasedací místnost MěÚ", facilitator="Mgr. Tereza Novotná",
                      minute_taker="Bc. Kateřina Žáková", decision_rule="simple_majority",
                      goal="Shodnout se na pravidlech přidělování bytů.")
        values.update(changes)
        return self.meetings.create(self.locality_id, MeetingData(**values)).id


PEOPLE = [
    # key, name, organisation, e-mail, member of PS-B?
    ("radni", "Mgr. Jana Šimková", "Městský úřad Horní Lhota", "simkova@hornilhota.cz", True),
    ("ospod", "Bc. Kateřina Žáková", "OSPOD", "", True),
    ("sas", "Řehoř Čermák", "Oblastní charita", "cermak@charita.cz", True),
    ("byvaly", "Ludmila Dvořáková", "Bytová komise", "dvorakova@example.cz", "left"),
    ("host", "Ondřej Bártů", "Spolek Šance", "bartu@sance.cz", False),
]


def build_world(store: Store) -> World:
    with store.unit_of_work() as session:
        loc = Locality(name="Horní Lhota", region="Ústecký kraj")
        other = Locality(name="Dolní Újezd", region="Olomoucký kraj")
        session.add_all([loc, other])
        session.flush()
        body = Body(locality_id=loc.id, kind="working_group", name="PS Bydlení", code="PS-B")
        other_body = Body(locality_id=loc.id, kind="steering_group", name="Řídicí tým",
                          code="ŘT")
        session.add_all([body, other_body])
        session.flush()
        actors = {}
        for key, name, org, email, member in PEOPLE:
            actor = Actor(locality_id=loc.id, name=name, organisation_name=org, email=email,
                          role="člen/ka")
            session.add(actor)
            session.flush()
            actors[key] = actor.id
            if member:
                session.add(Membership(
                    body_id=body.id, actor_id=actor.id, joined_on=dt.date(2025, 1, 1),
                    left_on=dt.date(2025, 3, 31) if member == "left" else None))
        far = Actor(locality_id=other.id, name="Zdeněk Přibyl", email="pribyl@ujezd.cz")
        session.add(far)
        session.flush()
        actors["far"] = far.id
        world = World(store, loc.id, other.id, body.id, other_body.id, actors)
    world.meetings = MeetingService(store)
    return world
