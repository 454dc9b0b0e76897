"""Copies of an erased person's name outside their actor row: replaced, or counted for review.

A field that holds nothing but the name (a meeting's facilitator or minute-taker, an agenda item's
presenter, a guest in an attendance list, the locality's coordinator) is a copy a program can
replace with the placeholder. Free text that mentions the name (minutes, decisions, notes) is only
counted: a program cannot rewrite it safely, the user does. The name counts with and without
academic titles ("Mgr. Jana Šimková" and "Jana Šimková"), unless another live person of the
locality bears that form too: then the field may mean them, and is counted instead of replaced.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from obecdesk.core.text import strip_titles
from obecdesk.core.vocabulary.stakeholders import ActorKind
from obecdesk.store.conflict_values import forget_conflict_text
from obecdesk.store.models import (
    ActionItem,
    Actor,
    ActorRelation,
    AgendaItem,
    Attendance,
    Body,
    Decision,
    Locality,
    Meeting,
    MinutesVersion,
    TaskReview,
)

#: fields that may hold exactly a person's name, by model
_NAME_FIELDS = (
    (Meeting, ("facilitator", "minute_taker", "verifier")),
    (MinutesVersion, ("corrected_by",)),
    (AgendaItem, ("presenter",)),
    (Attendance, ("guest_name",)),
    (Locality, ("coordinator",)),
)

#: free text that may mention a person, by model
_TEXT_FIELDS = (
    (Locality, ("coordinator", "notes")),
    (Meeting, ("title", "goal", "notes")),
    (AgendaItem, ("title", "expected_output", "minutes_text")),
    (Decision, ("text",)),
    (ActionItem, ("text",)),
    (MinutesVersion, ("reason", "previous_text")),
    (TaskReview, ("comment",)),
    (Actor, ("notes",)),
    (ActorRelation, ("note",)),
    (Body, ("notes",)),
)


def name_forms(name: str) -> set[str]:
    """The name as written and without academic titles."""
    return {form for form in (name.strip(), strip_titles(name)) if form}


def _in_locality(model, locality_id: str) -> ColumnElement[bool]:
    if model is Locality:
        return Locality.id == locality_id
    if model in (Actor, ActorRelation, Body, Meeting):
        return model.locality_id == locality_id
    meetings = select(Meeting.id).where(Meeting.locality_id == locality_id,
                                        Meeting.deleted.is_(False))
    return model.meeting_id.in_(meetings.scalar_subquery())


def _forms_of_others(session: Session, locality_id: str, actor_id: str,
                     forms: set[str]) -> set[str]:
    """The forms of the name that another live person of the locality also bears."""
    shared: set[str] = set()
    others = session.scalars(select(Actor.name).where(
        Actor.locality_id == locality_id, Actor.id != actor_id, Actor.deleted.is_(False),
        Actor.erased.is_(False), Actor.kind == ActorKind.PERSON,
        or_(*(Actor.name.contains(form, autoescape=True) for form in forms)),
    ))
    for other in others:
        shared |= forms & name_forms(other)
    return shared


def replace_name_copies(session: Session, locality_id: str, actor_id: str, name: str,
                        placeholder: str) -> int:
    """Put ``placeholder`` in every field of the locality that holds exactly the person's name."""
    forms = name_forms(name)
    forms -= _forms_of_others(session, locality_id, actor_id, forms)
    if not forms:
        return 0
    replaced = 0
    for model, fields in _NAME_FIELDS:
        forget_conflict_text(session, model.__tablename__, fields, forms)
        rows = session.scalars(select(model).where(
            _in_locality(model, locality_id), model.deleted.is_(False),
            or_(*(func.trim(getattr(model, field)).in_(forms) for field in fields)),
        ))
        for row in rows:
            for field in fields:
                if getattr(row, field).strip() in forms:
                    setattr(row, field, placeholder)  # through the ORM: stamped and synced
                    replaced += 1
    return replaced


def count_mentions(session: Session, locality_id: str, actor_id: str, name: str) -> int:
    """Rows of the locality whose free text still mentions the person (the user reviews them)."""
    forms = name_forms(name)
    if not forms:
        return 0
    total = 0
    for model, fields in _TEXT_FIELDS:
        mentions = or_(false(), *(getattr(model, field).contains(form, autoescape=True)
                                  for field in fields for form in forms))
        query = select(func.count(model.id)).where(
            _in_locality(model, locality_id), model.deleted.is_(False), mentions)
        if model is Actor:
            query = query.where(Actor.id != actor_id)
        total += session.scalar(query) or 0
    return total
