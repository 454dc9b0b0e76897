"""Which actors an import would write twice: the duplicate key of a row and of the locality's
actors (stored with each actor, so an import into 100,000 actors does not recompute them)."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from obecdesk.core.stakeholders.imports.cells import normalise
from obecdesk.core.text import KEY_SEPARATOR, duplicate_text, name_key
from obecdesk.store import Store
from obecdesk.store.models import Actor


def duplicate_key(name: str, organisation: str) -> tuple[str, str]:
    """Same name + organisation, ignoring case, diacritics, punctuation, spacing, academic
    titles and the order of the name's words ("Novák Jan" = "Ing. Jan Novák")."""
    return name_key(name), normalise(organisation)


def existing_keys(store: Store, locality_id: str) -> dict[tuple[str, str], str]:
    """Duplicate keys of the locality's live actors, each with the name as stored."""
    with store.reading() as session:
        return _keys(session, locality_id)[0]


def live_keys(session: Session, locality_id: str) -> dict[tuple[str, str], str]:
    """:func:`existing_keys` read in the caller's transaction (the commit's write transaction),
    which also stores the keys of actors written before they were stored."""
    keys, missing = _keys(session, locality_id)
    if missing:
        table = Actor.__table__  # a derived column: no stamp, no version, nothing to sync
        session.execute(table.update().where(table.c.id == bindparam("actor_id"))
                        .values(duplicate_key=bindparam("key")), missing)
    return keys


def _keys(session: Session, locality_id: str) -> tuple[dict[tuple[str, str], str], list[dict]]:
    """The stored keys (read from their index), and the ones still to compute and store."""
    query = select(Actor.id, Actor.duplicate_key, Actor.name, Actor.organisation_name).where(
        Actor.locality_id == locality_id, Actor.deleted.is_(False))
    keys: dict[tuple[str, str], str] = {}
    missing: list[dict] = []
    for actor_id, stored, name, organisation in session.execute(query):
        if not stored:
            stored = duplicate_text(name, organisation)
            missing.append({"actor_id": actor_id, "key": stored})
        name_part, _, organisation_part = stored.partition(KEY_SEPARATOR)
        keys[(name_part, organisation_part)] = name
    return keys, missing
