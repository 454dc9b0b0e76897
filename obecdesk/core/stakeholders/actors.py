"""Actors (organisations and persons): search, filters, paging, editing, the map position.

The list is built for 100,000 actors: filtering, sorting and paging happen in SQL on indexed
columns (:mod:`obecdesk.core.stakeholders.actor_queries`), and every write here keeps the folded
``search_text`` column in step with the actor's name, organisation, role, e-mail and tags.
The fields and their rules are in :mod:`obecdesk.core.stakeholders.actor_fields`.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.records import assign, changed_values, get_live, with_changes
from obecdesk.core.stakeholders.actor_checks import refuse_if_has_people, same_name_actors
from obecdesk.core.stakeholders.actor_fields import (
    DERIVED,
    ActorData,
    ActorInfo,
    check_attitude,
    check_influence,
    check_interest,
    derived_values,
    info,
    link_organisation,
    validated,
)
from obecdesk.core.stakeholders.actor_queries import (
    ActorFilter,
    ActorSort,
    filtered_query,
    ids_query,
    page_of_ids,
    rows_before,
    sort_order,
)
from obecdesk.core.vocabulary.stakeholders import ActorKind
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Actor, ActorRelation, Body, Locality, Membership

ERASED_LOCKED = "Osobní údaje byly vymazány; záznam nelze měnit."


def _changeable(session: Session, actor_id: str) -> Actor:
    """The live actor row, refused when it is an erased person's anonymous placeholder."""
    row = get_live(session, Actor, actor_id, "Aktér")
    if row.erased:
        raise ValidationError(ERASED_LOCKED)
    return row


class ActorService:
    """The only way the UI and the CLI read and change actors."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading -------------------------------------------------------------------------------

    def list(
        self, flt: ActorFilter, *, sort: str = ActorSort.NAME, descending: bool = False,
        offset: int = 0, limit: int | None = None,
    ) -> list[ActorInfo]:
        """One page of the filtered list, sorted in SQL (name as the tie-breaker)."""
        # the page's ids come from an index alone; only those rows are then read in full
        page = page_of_ids(flt, sort=sort, descending=descending, offset=offset, limit=limit)
        query = (select(Actor).where(Actor.id.in_(page.scalar_subquery()))
                 .order_by(*sort_order(sort, descending)))
        with self.store.reading() as session:
            return [info(row) for row in session.scalars(query)]

    def ids(self, flt: ActorFilter, *, sort: str = ActorSort.NAME, descending: bool = False,
            limit: int | None = None) -> list[str]:
        """The sorted list's ids: a search's count and pages from one pass."""
        query = ids_query(flt, sort=sort, descending=descending, limit=limit,
                          dialect=self.store.engine.dialect.name)
        with self.store.reading() as session:
            return list(session.connection().execute(query).scalars())

    def count(self, flt: ActorFilter) -> int:
        """How many actors ``list`` would return unpaged (COUNT(*): from the narrowest index)."""
        with self.store.reading() as session:
            return session.scalar(filtered_query(flt, func.count())) or 0

    def position(self, flt: ActorFilter, actor_id: str, *, sort: str = ActorSort.NAME,
                 descending: bool = False) -> int | None:
        """The row of ``actor_id`` in the sorted list (None when filtered out), found without
        reading the rows before it."""
        query = rows_before(flt, actor_id, sort=sort, descending=descending)
        with self.store.reading() as session:
            return session.scalar(query)

    def get(self, actor_id: str) -> ActorInfo:
        with self.store.reading() as session:
            return info(get_live(session, Actor, actor_id, "Aktér"))

    def get_many(self, actor_ids: set[str] | list[str]) -> list[ActorInfo]:
        """The live actors among ``actor_ids``, in their order (no deleted or unknown ids)."""
        if not actor_ids:
            return []
        query = select(Actor).where(Actor.id.in_(list(actor_ids)), Actor.deleted.is_(False))
        with self.store.reading() as session:
            found = {row.id: info(row) for row in session.scalars(query)}
        return [found[i] for i in actor_ids if i in found]

    def organisations(self, locality_id: str) -> list[ActorInfo]:
        """Organisation actors of a locality, for the "belongs to" choice."""
        return self.list(ActorFilter(locality_id, kind=ActorKind.ORGANISATION))

    def same_name(self, locality_id: str, name: str,
                  exclude_id: str | None = None) -> list[ActorInfo]:
        """Who may already be on file as ``name`` (titles, case and word order aside)."""
        with self.store.reading() as session:
            return [info(row) for row in same_name_actors(session, locality_id, name, exclude_id)]

    def people_of(self, organisation_id: str) -> list[ActorInfo]:
        query = select(Actor).where(
            Actor.organisation_id == organisation_id, Actor.deleted.is_(False)
        ).order_by(Actor.sort_key)
        with self.store.reading() as session:
            return [info(row) for row in session.scalars(query)]

    # -- writing -------------------------------------------------------------------------------

    def create(self, locality_id: str, data: ActorData) -> ActorInfo:
        values = validated(data)
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            link_organisation(session, values, locality_id, None)
            row = Actor(locality_id=locality_id, **values)
            assign(row, derived_values(row))
            session.add(row)
            session.flush()
            return info(row)

    def update(self, actor_id: str, data: ActorData) -> ActorInfo:
        """Set every field of the actor to ``data``."""
        return self.edit(actor_id, asdict(data))

    def edit(self, actor_id: str, changes: dict[str, Any]) -> ActorInfo:
        """Write only the fields in ``changes`` (what a form changed), checked together with
        the others as stored now, which stay as they are (they may have changed meanwhile)."""
        with self.store.unit_of_work() as session:
            row = _changeable(session, actor_id)
            values = validated(with_changes(info(row).data(), changes))
            link_organisation(session, values, row.locality_id, row.id)
            if row.kind == ActorKind.ORGANISATION and values["kind"] != ActorKind.ORGANISATION:
                refuse_if_has_people(session, row)
            renamed = row.name != values["name"]
            assign(row, changed_values(values, changes, DERIVED))
            assign(row, derived_values(row))
            if renamed and row.kind == ActorKind.ORGANISATION:
                self._rename_in_people(session, row)
            session.flush()
            return info(row)

    def delete(self, actor_id: str) -> None:
        """Tombstone the actor, its memberships and relations, and unset it as a body's leader
        or facilitator; people of an organisation stay."""
        with self.store.unit_of_work() as session:
            row = get_live(session, Actor, actor_id, "Aktér")
            row.deleted = True
            for people in session.scalars(select(Actor).where(
                Actor.organisation_id == row.id, Actor.deleted.is_(False)
            )):
                people.organisation_id = None  # keep the typed name, drop the dead link
            for membership in session.scalars(select(Membership).where(
                Membership.actor_id == row.id, Membership.deleted.is_(False)
            )):
                membership.deleted = True
            for relation in session.scalars(select(ActorRelation).where(
                (ActorRelation.source_id == row.id) | (ActorRelation.target_id == row.id),
                ActorRelation.deleted.is_(False),
            )):
                relation.deleted = True
            for body in session.scalars(select(Body).where(
                (Body.leader_id == row.id) | (Body.facilitator_id == row.id),
                Body.deleted.is_(False),
            )):  # a body led by nobody says so, instead of pointing at a tombstone
                assign(body, {"leader_id": None if body.leader_id == row.id else body.leader_id,
                              "facilitator_id": None if body.facilitator_id == row.id
                              else body.facilitator_id})

    def set_position(
        self, actor_id: str, *, influence: int, attitude: int | None = None,
        interest: int | None = None,
    ) -> ActorInfo:
        """Move an actor on the power/interest map (only the given axes change)."""
        values = {"influence": check_influence(influence)}
        if attitude is not None:
            values["attitude"] = check_attitude(attitude)
        if interest is not None:
            values["interest"] = check_interest(interest)
        with self.store.unit_of_work() as session:
            row = _changeable(session, actor_id)
            assign(row, values)
            session.flush()
            return info(row)

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _rename_in_people(session: Session, org: Actor) -> None:
        """Copy a renamed organisation's name into its people (ORM, so each change is stamped)."""
        for person in session.scalars(select(Actor).where(
            Actor.organisation_id == org.id, Actor.deleted.is_(False)
        )):
            assign(person, {"organisation_name": org.name})
            assign(person, derived_values(person))
