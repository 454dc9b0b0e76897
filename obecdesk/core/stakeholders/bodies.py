"""Bodies of the partnership (coalition, steering group, working groups); members are in
:mod:`obecdesk.core.stakeholders.memberships`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.collation import collation_key
from obecdesk.core.records import assign, get_live
from obecdesk.core.stakeholders.memberships import MembershipMethods, current_membership
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Actor, Body, Locality, Membership


@dataclass
class BodyData:
    """What the user types into the body form."""

    name: str
    kind: str = BodyKind.WORKING_GROUP
    #: short code used to number decisions, e.g. "PS-B"
    code: str = ""
    theme: str = ""
    leader_id: str | None = None
    facilitator_id: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class BodyInfo:
    id: str
    locality_id: str
    kind: str
    name: str
    code: str
    theme: str
    leader_id: str | None
    leader_name: str
    facilitator_id: str | None
    facilitator_name: str
    notes: str
    archived: bool
    #: current members (joined, not left)
    member_count: int

    def data(self) -> BodyData:
        return BodyData(
            name=self.name, kind=self.kind, code=self.code, theme=self.theme,
            leader_id=self.leader_id, facilitator_id=self.facilitator_id, notes=self.notes,
        )


def _body_infos(session: Session, rows: list[Body]) -> list[BodyInfo]:
    """Views of ``rows`` with leader/facilitator names and member counts, in three queries."""
    ids = [row.id for row in rows]
    counts = dict(session.execute(
        select(Membership.body_id, func.count(Membership.id))
        .join(Actor, Actor.id == Membership.actor_id)
        .where(Membership.body_id.in_(ids), Actor.deleted.is_(False), *current_membership())
        .group_by(Membership.body_id)
    ).all()) if ids else {}
    people = {r.leader_id for r in rows} | {r.facilitator_id for r in rows}
    people.discard(None)
    names = dict(session.execute(
        select(Actor.id, Actor.name).where(Actor.id.in_(people), Actor.deleted.is_(False))
    ).all()) if people else {}
    return [BodyInfo(
        id=row.id, locality_id=row.locality_id, kind=row.kind, name=row.name, code=row.code,
        theme=row.theme, leader_id=row.leader_id, leader_name=names.get(row.leader_id, ""),
        facilitator_id=row.facilitator_id,
        facilitator_name=names.get(row.facilitator_id, ""), notes=row.notes,
        archived=row.archived, member_count=counts.get(row.id, 0),
    ) for row in rows]


def _body_info(session: Session, row: Body) -> BodyInfo:
    return _body_infos(session, [row])[0]


class BodyService(MembershipMethods):
    """Read and change the bodies of a locality's partnership and their membership."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- bodies --------------------------------------------------------------------------------

    def list(self, locality_id: str, *, include_archived: bool = False) -> list[BodyInfo]:
        query = select(Body).where(Body.locality_id == locality_id, Body.deleted.is_(False))
        if not include_archived:
            query = query.where(Body.archived.is_(False))
        order = {k.value: i for i, k in enumerate(BodyKind)}
        with self.store.reading() as session:
            rows = _body_infos(session, list(session.scalars(query)))
        return sorted(rows, key=lambda b: (order.get(b.kind, 99), collation_key(b.name)))

    def get(self, body_id: str) -> BodyInfo:
        with self.store.reading() as session:
            return _body_info(session, get_live(session, Body, body_id, "Orgán"))

    def create(self, locality_id: str, data: BodyData) -> BodyInfo:
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            values = self._validated(session, locality_id, data)
            row = Body(locality_id=locality_id, **values)
            session.add(row)
            session.flush()
            return _body_info(session, row)

    def update(self, body_id: str, data: BodyData) -> BodyInfo:
        with self.store.unit_of_work() as session:
            row = get_live(session, Body, body_id, "Orgán")
            assign(row, self._validated(session, row.locality_id, data))
            session.flush()
            return _body_info(session, row)

    def set_archived(self, body_id: str, archived: bool) -> BodyInfo:
        with self.store.unit_of_work() as session:
            row = get_live(session, Body, body_id, "Orgán")
            assign(row, {"archived": archived})
            session.flush()
            return _body_info(session, row)

    def delete(self, body_id: str) -> None:
        """Tombstone the body and its memberships."""
        with self.store.unit_of_work() as session:
            row = get_live(session, Body, body_id, "Orgán")
            row.deleted = True
            for membership in session.scalars(select(Membership).where(
                Membership.body_id == body_id, Membership.deleted.is_(False)
            )):
                membership.deleted = True

    def of_actor(self, actor_id: str) -> list[BodyInfo]:
        """Bodies the actor currently sits in."""
        query = select(Body).join(Membership, Membership.body_id == Body.id).where(
            Membership.actor_id == actor_id, Body.deleted.is_(False), *current_membership()
        ).distinct()
        with self.store.reading() as session:
            return _body_infos(session, list(session.scalars(query)))

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _validated(session: Session, locality_id: str, data: BodyData) -> dict:
        name = data.name.strip()
        if not name:
            raise ValidationError("Orgán musí mít název.")
        try:
            kind = BodyKind(data.kind)
        except ValueError as exc:
            raise ValidationError(f"Neznámý druh orgánu: {data.kind}.") from exc
        for actor_id, what in ((data.leader_id, "Vedoucí"), (data.facilitator_id, "Facilitátor")):
            if actor_id:
                actor = get_live(session, Actor, actor_id, what)
                if actor.locality_id != locality_id:
                    raise ValidationError(f"{what} {actor.name} patří do jiné lokality.")
        return {
            "name": name, "kind": kind.value, "code": data.code.strip(),
            "theme": data.theme.strip(), "leader_id": data.leader_id or None,
            "facilitator_id": data.facilitator_id or None, "notes": data.notes,
        }
