"""Members of the partnership's bodies, and the one definition of a *current* member.

A member is current while ``left_on`` is empty or still in the future: someone who announced
leaving at the end of the month still sits in the body today. The actor list's body filter, the
member lists, the counts and the composition check all use :func:`current_membership`.

A membership's id is the natural key's (body, actor, joining date), so the same member added on
two replicas is one row; "už je členem" is checked inside a write transaction from its first
read, so two processes cannot both pass it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select

from obecdesk.core.records import assign, get_live, natural_row
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Actor, Body, Membership
from obecdesk.store.natural_keys import membership_id


def is_current_member(left_on: dt.date | None, today: dt.date | None = None) -> bool:
    """True while the member has not left: no leaving date, or one still ahead."""
    return left_on is None or left_on > (today or dt.date.today())


def current_membership(today: dt.date | None = None) -> tuple[ColumnElement[bool], ...]:
    """WHERE conditions of a live membership that is current (see :func:`is_current_member`)."""
    today = today or dt.date.today()
    return (Membership.deleted.is_(False),
            Membership.left_on.is_(None) | (Membership.left_on > today))


@dataclass(frozen=True)
class MemberInfo:
    id: str
    body_id: str
    actor_id: str
    actor_name: str
    organisation_name: str
    sector: str
    actor_role: str
    decision_power: bool
    #: role in the body ("předseda", "člen", …)
    role: str
    joined_on: dt.date | None
    left_on: dt.date | None
    #: "person" or "organisation" (an organisation can sit in a body through its own record)
    actor_kind: str = "person"
    #: the member's personal data were erased (an anonymous placeholder fills no seat)
    erased: bool = False

    @property
    def active(self) -> bool:
        return is_current_member(self.left_on)


def _member_info(row: Membership, actor: Actor) -> MemberInfo:
    return MemberInfo(
        id=row.id, body_id=row.body_id, actor_id=actor.id, actor_name=actor.name,
        organisation_name=actor.organisation_name, sector=actor.sector, actor_role=actor.role,
        decision_power=actor.decision_power, role=row.role, joined_on=row.joined_on,
        left_on=row.left_on, actor_kind=actor.kind, erased=actor.erased,
    )


def _check_dates(joined_on: dt.date | None, left_on: dt.date | None) -> None:
    if joined_on and left_on and left_on < joined_on:
        raise ValidationError("Datum odchodu nemůže být dřív než datum vstupu.")


class MembershipMethods:
    """The member half of :class:`~obecdesk.core.stakeholders.bodies.BodyService`."""

    store: Store

    # -- members -------------------------------------------------------------------------------

    def members(self, body_id: str, *, include_former: bool = False) -> list[MemberInfo]:
        query = (
            select(Membership, Actor).join(Actor, Actor.id == Membership.actor_id)
            .where(Membership.body_id == body_id, Membership.deleted.is_(False),
                   Actor.deleted.is_(False))
            .order_by(Actor.sort_key)
        )
        if not include_former:
            query = query.where(*current_membership())
        with self.store.reading() as session:
            return [_member_info(m, a) for m, a in session.execute(query)]

    def add_member(
        self, body_id: str, actor_id: str, *, role: str = "", joined_on: dt.date | None = None,
        left_on: dt.date | None = None,
    ) -> MemberInfo:
        _check_dates(joined_on, left_on)
        with self.store.unit_of_work(immediate=True) as session:
            body = get_live(session, Body, body_id, "Orgán")
            actor = get_live(session, Actor, actor_id, "Aktér")
            if actor.locality_id != body.locality_id:
                raise ValidationError(f"{actor.name} patří do jiné lokality než {body.name}.")
            current = session.scalar(select(Membership.id).where(
                Membership.body_id == body_id, Membership.actor_id == actor_id,
                *current_membership(),
            ))
            if current:
                raise ValidationError(f"{actor.name} už je členem orgánu {body.name}.")
            row = natural_row(session, Membership, membership_id(body_id, actor_id, joined_on), {
                "body_id": body_id, "actor_id": actor_id, "role": role.strip(),
                "joined_on": joined_on, "left_on": left_on})
            session.flush()
            return _member_info(row, actor)

    def add_members(
        self, body_id: str, actor_ids: list[str], *, role: str = "",
        joined_on: dt.date | None = None,
    ) -> list[MemberInfo]:
        """Add several actors with one role in one transaction: all of them, or (when any is
        refused: gone, of another locality, already a member) none, naming the first refused."""
        if not actor_ids:
            raise ValidationError("Vyberte alespoň jednoho aktéra.")
        with self.store.unit_of_work(immediate=True) as session:
            body = get_live(session, Body, body_id, "Orgán")
            current = set(session.scalars(select(Membership.actor_id).where(
                Membership.body_id == body_id, *current_membership())))
            added = []
            for actor_id in dict.fromkeys(actor_ids):
                actor = get_live(session, Actor, actor_id, "Aktér")
                if actor.locality_id != body.locality_id:
                    raise ValidationError(f"{actor.name} patří do jiné lokality než {body.name}.")
                if actor_id in current:
                    raise ValidationError(f"{actor.name} už je členem orgánu {body.name}.")
                row = natural_row(session, Membership, membership_id(body_id, actor_id, joined_on),
                                  {"body_id": body_id, "actor_id": actor_id, "role": role.strip(),
                                   "joined_on": joined_on, "left_on": None})
                added.append((row, actor))
            session.flush()
            return [_member_info(row, actor) for row, actor in added]

    def update_member(
        self, membership_id: str, *, role: str, joined_on: dt.date | None,
        left_on: dt.date | None,
    ) -> MemberInfo:
        _check_dates(joined_on, left_on)
        with self.store.unit_of_work() as session:
            row = get_live(session, Membership, membership_id, "Členství")
            assign(row, {"role": role.strip(), "joined_on": joined_on, "left_on": left_on})
            session.flush()
            return _member_info(row, session.get(Actor, row.actor_id))

    def end_membership(self, membership_id: str, left_on: dt.date) -> MemberInfo:
        """Record that a member left (history stays; the member no longer counts)."""
        with self.store.unit_of_work() as session:
            row = get_live(session, Membership, membership_id, "Členství")
            _check_dates(row.joined_on, left_on)
            assign(row, {"left_on": left_on})
            session.flush()
            return _member_info(row, session.get(Actor, row.actor_id))

    def remove_member(self, membership_id: str) -> None:
        """Tombstone a membership entered by mistake (use ``end_membership`` when someone left)."""
        with self.store.unit_of_work() as session:
            get_live(session, Membership, membership_id, "Členství").deleted = True
