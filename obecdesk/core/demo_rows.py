"""Building blocks shared by the demo loaders: fixed ids and the demo's actors."""

from __future__ import annotations

import datetime as dt
import uuid

from obecdesk.core.records import assign
from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.store.models import Actor

DEMO_NAMESPACE = uuid.UUID("6f1c2a52-4d0e-4b8e-9a57-0b5d3c1e9a10")


def demo_id(*parts: str) -> str:
    """A fixed id for a demo row, so loading twice finds the row it made before."""
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(parts)))


def demo_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def add_demo_actors(session, loc_id: str, prefix: str, specs: list[dict]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for spec in specs:
        org = actors.get(spec.get("org", ""))
        actor = Actor(
            id=demo_id(prefix, "actor", spec["key"]), locality_id=loc_id,
            kind=spec.get("kind", "person"), name=spec["name"],
            organisation_id=org.id if org else None,
            organisation_name=org.name if org else "",
            sector=spec["sector"], role=spec.get("role", ""), email=spec.get("email", ""),
            influence=spec["influence"], attitude=spec["attitude"], interest=spec["interest"],
            decision_power=spec.get("decision_power", False), tags=[],
            legal_basis=spec.get("legal_basis", ""), consent_date=demo_date(spec.get("consent_date")),
            purpose=spec.get("purpose", ""),
        )
        assign(actor, derived_values(actor))
        session.add(actor)
        session.flush()
        actors[spec["key"]] = actor
    return actors
