"""Which actors an import would write twice: the duplicate key of a row and of the locality's
actors (stored with each actor and indexed, so an import looks up the keys of its own rows and
takes the same time into 100 actors as into 100,000)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from obecdesk.core.stakeholders.imports.cells import normalise
from obecdesk.core.text import KEY_SEPARATOR, duplicate_text, name_key
from obecdesk.store import Store
from obecdesk.store.models import Actor

Key = tuple[str, str]
#: keys looked up per statement (well under every database's limit of bound values)
LOOKUP_CHUNK = 500


def duplicate_key(name: str, organisation: str) -> Key:
    """Same name + organisation, ignoring case, diacritics, punctuation, spacing, academic
    titles and the order of the name's words ("Novák Jan" = "Ing. Jan Novák")."""
    return name_key(name), normalise(organisation)


def existing_keys(store: Store, locality_id: str, wanted: Iterable[Key]) -> dict[Key, str]:
    """The ``wanted`` keys a live actor of the locality has, each with the name as stored."""
    with store.reading() as session:
        return _keys(session, locality_id, wanted)[0]


def live_keys(session: Session, locality_id: str, wanted: Iterable[Key]) -> dict[Key, str]:
    """:func:`existing_keys` read in the caller's transaction (the commit's write transaction),
    which also stores the keys of actors written before they were stored."""
    keys, missing = _keys(session, locality_id, wanted)
    if missing:
        table = Actor.__table__  # a derived column: no stamp, no version, nothing to sync
        session.execute(table.update().where(table.c.id == bindparam("actor_id"))
                        .values(duplicate_key=bindparam("key")), missing)
    return keys


def _keys(session: Session, locality_id: str,
          wanted: Iterable[Key]) -> tuple[dict[Key, str], list[dict]]:
    """The wanted keys found (from their index), and the keys still to compute and store."""
    live = (Actor.locality_id == locality_id, Actor.deleted.is_(False))
    wanted = {KEY_SEPARATOR.join(key) for key in wanted}
    keys: dict[Key, str] = {}
    missing: list[dict] = []
    unstored = select(Actor.id, Actor.name, Actor.organisation_name).where(
        *live, or_(Actor.duplicate_key == "", Actor.duplicate_key.is_(None)))
    for actor_id, name, organisation in session.execute(unstored):
        stored = duplicate_text(name, organisation)
        missing.append({"actor_id": actor_id, "key": stored})
        if stored in wanted:
            keys[_split(stored)] = name
    chunks = sorted(wanted)
    for start in range(0, len(chunks), LOOKUP_CHUNK):
        found = select(Actor.duplicate_key, Actor.name).where(
            *live, Actor.duplicate_key.in_(chunks[start:start + LOOKUP_CHUNK]))
        for stored, name in session.execute(found):
            keys[_split(stored)] = name
    return keys, missing


def _split(stored: str) -> Key:
    name_part, _, organisation_part = stored.partition(KEY_SEPARATOR)
    return name_part, organisation_part
