"""Warnings about an actor before it is saved, the same for the form and the spreadsheet import.

A warning does not refuse anything (that is :func:`~.actor_fields.validated`'s job): an e-mail
that does not look valid, or a person who may already be on file under the same name
("Ing. Karel Svoboda" and "Karel Svoboda" are one name key), so the user can open the existing
record instead of typing a second one.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.text import fold, name_key, strip_titles
from obecdesk.errors import ValidationError
from obecdesk.store.models import Actor

#: the e-mail syntax the import and the form accept without a warning
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: at most this many possible duplicates are named
DUPLICATE_LIMIT = 5


def email_warning(email: str) -> str:
    """"e-mail „x“ nevypadá platně" for a typed address that is not one, else ""."""
    email = email.strip()
    if email and not EMAIL_PATTERN.match(email):
        return f"e-mail „{email}“ nevypadá platně"
    return ""


def same_name_actors(session: Session, locality_id: str, name: str,
                     exclude_id: str | None = None) -> list[Actor]:
    """Live actors of the locality whose name is ``name`` up to titles, case, diacritics and
    word order (the import's :func:`~obecdesk.core.text.name_key`).

    The folded search key holds every word of the name, so SQL narrows the rows to those that
    contain the name's longest word; only these few are compared in Python.
    """
    key = name_key(name)
    if not key:
        return []
    longest = max(re.sub(r"[^0-9a-z]+", " ", fold(strip_titles(name))).split(), key=len)
    query = (select(Actor)
             .where(Actor.locality_id == locality_id, Actor.deleted.is_(False),
                    Actor.erased.is_(False), Actor.search_text.contains(longest))
             .order_by(Actor.sort_key))
    if exclude_id:
        query = query.where(Actor.id != exclude_id)
    found = [row for row in session.scalars(query) if name_key(row.name) == key]
    return found[:DUPLICATE_LIMIT]


def refuse_if_has_people(session: Session, org: Actor) -> None:
    """An organisation with people cannot become a person; say how many to unlink first."""
    people = session.scalar(select(func.count(Actor.id)).where(
        Actor.organisation_id == org.id, Actor.deleted.is_(False)
    ))
    if people:
        raise ValidationError(
            f"K organizaci {org.name} patří {people} osob; nejdřív je od ní odpojte."
        )
