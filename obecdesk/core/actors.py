"""Actors (organisations and persons): search, filters, paging, editing, the map position.

The list is built for 100,000 actors: filtering, sorting and paging happen in SQL on indexed
columns, and the diacritics-insensitive search runs against the folded ``search_text`` column,
which every write here keeps in step with the actor's name, organisation, role, e-mail and tags.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from obecdesk.core.errors import ValidationError
from obecdesk.core.records import assign, get_live
from obecdesk.core.text import actor_search_text, fold
from obecdesk.core.vocabulary.stakeholders import ActorKind, Sector
from obecdesk.store import Store
from obecdesk.store.models import Actor, Locality, Membership

INFLUENCE_RANGE = range(1, 6)
ATTITUDE_RANGE = range(-2, 3)
INTEREST_RANGE = range(1, 6)


@dataclass
class ActorData:
    """What the user types into the actor form (or what one imported row says)."""

    name: str
    kind: str = ActorKind.PERSON
    sector: str = Sector.OTHER
    organisation_id: str | None = None
    #: organisation as typed when it is not linked to an organisation actor
    organisation_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    influence: int = 3
    attitude: int = 0
    interest: int = 3
    decision_power: bool = False
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    legal_basis: str = ""
    consent_date: dt.date | None = None
    purpose: str = ""


@dataclass(frozen=True)
class ActorInfo:
    id: str
    locality_id: str
    kind: str
    name: str
    organisation_id: str | None
    organisation_name: str
    sector: str
    role: str
    email: str
    phone: str
    address: str
    influence: int
    attitude: int
    interest: int
    decision_power: bool
    notes: str
    tags: list[str]
    legal_basis: str
    consent_date: dt.date | None
    purpose: str
    erased: bool

    @property
    def is_person(self) -> bool:
        return self.kind == ActorKind.PERSON

    def data(self) -> ActorData:
        return ActorData(
            name=self.name, kind=self.kind, sector=self.sector,
            organisation_id=self.organisation_id, organisation_name=self.organisation_name,
            role=self.role, email=self.email, phone=self.phone, address=self.address,
            influence=self.influence, attitude=self.attitude, interest=self.interest,
            decision_power=self.decision_power, notes=self.notes, tags=list(self.tags),
            legal_basis=self.legal_basis, consent_date=self.consent_date, purpose=self.purpose,
        )


class ActorSort(StrEnum):
    """Columns the list can be sorted by (server-side ORDER BY)."""

    NAME = "name"
    ORGANISATION = "organisation"
    SECTOR = "sector"
    ROLE = "role"
    INFLUENCE = "influence"
    ATTITUDE = "attitude"
    INTEREST = "interest"
    DECISION_POWER = "decision_power"
    CHANGED = "changed"


_SORT_COLUMNS = {
    # the folded search key starts with the folded name: "Čureja" sorts among the C's
    ActorSort.NAME: Actor.search_text,
    ActorSort.ORGANISATION: Actor.organisation_name,
    ActorSort.SECTOR: Actor.sector,
    ActorSort.ROLE: Actor.role,
    ActorSort.INFLUENCE: Actor.influence,
    ActorSort.ATTITUDE: Actor.attitude,
    ActorSort.INTEREST: Actor.interest,
    ActorSort.DECISION_POWER: Actor.decision_power,
    ActorSort.CHANGED: Actor.updated_at,
}


@dataclass(frozen=True)
class ActorFilter:
    """Which actors of a locality a list shows; the same filter drives ``list`` and ``count``."""

    locality_id: str
    #: free text; matched word by word, ignoring case and diacritics ("curej" finds "Čureja")
    search: str = ""
    sector: str | None = None
    #: only current members of this body
    body_id: str | None = None
    attitude: int | None = None
    kind: str | None = None


def info(row: Actor) -> ActorInfo:
    return ActorInfo(
        id=row.id, locality_id=row.locality_id, kind=row.kind, name=row.name,
        organisation_id=row.organisation_id, organisation_name=row.organisation_name,
        sector=row.sector, role=row.role, email=row.email, phone=row.phone, address=row.address,
        influence=row.influence, attitude=row.attitude, interest=row.interest,
        decision_power=row.decision_power, notes=row.notes, tags=list(row.tags or []),
        legal_basis=row.legal_basis, consent_date=row.consent_date, purpose=row.purpose,
        erased=row.erased,
    )


def search_key(row: Actor) -> str:
    """The folded search key of ``row`` from the fields a user searches by."""
    return actor_search_text(
        row.name, row.organisation_name, row.role, row.email, *(row.tags or [])
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filtered_query(flt: ActorFilter, what=Actor) -> Select:
    """SELECT ``what`` FROM live actors matching ``flt`` (no ordering, no paging)."""
    query = select(what).where(Actor.locality_id == flt.locality_id, Actor.deleted.is_(False))
    for word in fold(flt.search).split():
        query = query.where(Actor.search_text.like(f"%{_escape_like(word)}%", escape="\\"))
    if flt.sector:
        query = query.where(Actor.sector == flt.sector)
    if flt.attitude is not None:
        query = query.where(Actor.attitude == flt.attitude)
    if flt.kind:
        query = query.where(Actor.kind == flt.kind)
    if flt.body_id:
        members = select(Membership.actor_id).where(
            Membership.body_id == flt.body_id, Membership.deleted.is_(False),
            Membership.left_on.is_(None),
        )
        query = query.where(Actor.id.in_(members))
    return query


def _check_range(value: int, allowed: range, message: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value not in allowed:
        raise ValidationError(message)
    return value


def check_influence(value: int) -> int:
    return _check_range(value, INFLUENCE_RANGE, f"Vliv musí být celé číslo 1 až 5, ne {value!r}.")


def check_attitude(value: int) -> int:
    return _check_range(
        value, ATTITUDE_RANGE, f"Postoj k začleňování musí být celé číslo −2 až +2, ne {value!r}."
    )


def check_interest(value: int) -> int:
    return _check_range(value, INTEREST_RANGE, f"Zájem musí být celé číslo 1 až 5, ne {value!r}.")


def validated(data: ActorData) -> dict:
    """Plain column values for ``data`` (organisation link checked separately, it needs a session)."""
    name = data.name.strip()
    if not name:
        raise ValidationError("Aktér musí mít jméno nebo název.")
    if len(name) > 200:
        raise ValidationError("Jméno aktéra může mít nejvýše 200 znaků.")
    try:
        kind = ActorKind(data.kind)
    except ValueError as exc:
        raise ValidationError(f"Neznámý druh aktéra: {data.kind}.") from exc
    try:
        sector = Sector(data.sector)
    except ValueError as exc:
        raise ValidationError(f"Neznámý sektor: {data.sector}.") from exc
    personal = kind == ActorKind.PERSON
    return {
        "name": name, "kind": kind.value, "sector": sector.value,
        "organisation_id": data.organisation_id or None,
        "organisation_name": data.organisation_name.strip(),
        "role": data.role.strip(), "email": data.email.strip(), "phone": data.phone.strip(),
        "address": data.address.strip(),
        "influence": check_influence(data.influence), "attitude": check_attitude(data.attitude),
        "interest": check_interest(data.interest), "decision_power": bool(data.decision_power),
        "notes": data.notes, "tags": list(dict.fromkeys(t.strip() for t in data.tags if t.strip())),
        "legal_basis": data.legal_basis.strip() if personal else "",
        "consent_date": data.consent_date if personal else None,
        "purpose": data.purpose.strip() if personal else "",
    }


def _link_organisation(session: Session, values: dict, locality_id: str, self_id: str | None) -> None:
    """Check the organisation link and copy the organisation's name into ``values``."""
    org_id = values["organisation_id"]
    if org_id is None:
        return
    org = session.get(Actor, org_id)
    if org is None or org.deleted:
        raise ValidationError("Vybraná organizace neexistuje.")
    if org.id == self_id:
        raise ValidationError("Aktér nemůže být členem sám sebe.")
    if org.kind != ActorKind.ORGANISATION:
        raise ValidationError(f"{org.name} není organizace, osoba k ní nemůže patřit.")
    if org.locality_id != locality_id:
        raise ValidationError(f"Organizace {org.name} patří do jiné lokality.")
    values["organisation_name"] = org.name


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
        column = _SORT_COLUMNS[ActorSort(sort)]
        order = [column.desc() if descending else column.asc()]
        if column is not Actor.search_text:
            order.append(Actor.search_text)
        order.append(Actor.id.desc() if descending and column is Actor.search_text else Actor.id)
        # the page's ids come from the index alone; only those rows are then read in full
        page = filtered_query(flt, Actor.id).order_by(*order).offset(max(offset, 0))
        if limit is not None:
            page = page.limit(limit)
        query = select(Actor).where(Actor.id.in_(page.scalar_subquery())).order_by(*order)
        with self.store.reading() as session:
            return [info(row) for row in session.scalars(query)]

    def count(self, flt: ActorFilter) -> int:
        """How many actors ``list`` would return without paging (for lazy fetching)."""
        with self.store.reading() as session:
            return session.scalar(filtered_query(flt, func.count(Actor.id))) or 0

    def get(self, actor_id: str) -> ActorInfo:
        with self.store.reading() as session:
            return info(get_live(session, Actor, actor_id, "Aktér"))

    def organisations(self, locality_id: str) -> list[ActorInfo]:
        """Organisation actors of a locality, for the "belongs to" choice."""
        return self.list(ActorFilter(locality_id, kind=ActorKind.ORGANISATION))

    def people_of(self, organisation_id: str) -> list[ActorInfo]:
        query = select(Actor).where(
            Actor.organisation_id == organisation_id, Actor.deleted.is_(False)
        ).order_by(Actor.search_text)
        with self.store.reading() as session:
            return [info(row) for row in session.scalars(query)]

    # -- writing -------------------------------------------------------------------------------

    def create(self, locality_id: str, data: ActorData) -> ActorInfo:
        values = validated(data)
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            _link_organisation(session, values, locality_id, None)
            row = Actor(locality_id=locality_id, **values)
            row.search_text = search_key(row)
            session.add(row)
            session.flush()
            return info(row)

    def update(self, actor_id: str, data: ActorData) -> ActorInfo:
        values = validated(data)
        with self.store.unit_of_work() as session:
            row = get_live(session, Actor, actor_id, "Aktér")
            _link_organisation(session, values, row.locality_id, row.id)
            if row.kind == ActorKind.ORGANISATION and values["kind"] != ActorKind.ORGANISATION:
                self._refuse_if_has_people(session, row)
            renamed = row.name != values["name"]
            assign(row, values)
            assign(row, {"search_text": search_key(row)})
            if renamed and row.kind == ActorKind.ORGANISATION:
                self._rename_in_people(session, row)
            session.flush()
            return info(row)

    def delete(self, actor_id: str) -> None:
        """Tombstone the actor, its memberships and relations; people of an organisation stay."""
        from obecdesk.store.models import ActorRelation

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
            row = get_live(session, Actor, actor_id, "Aktér")
            assign(row, values)
            session.flush()
            return info(row)

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _refuse_if_has_people(session: Session, org: Actor) -> None:
        people = session.scalar(select(func.count(Actor.id)).where(
            Actor.organisation_id == org.id, Actor.deleted.is_(False)
        ))
        if people:
            raise ValidationError(
                f"K organizaci {org.name} patří {people} osob; nejdřív je od ní odpojte."
            )

    @staticmethod
    def _rename_in_people(session: Session, org: Actor) -> None:
        """Copy a renamed organisation's name into its people (ORM, so each change is stamped)."""
        for person in session.scalars(select(Actor).where(
            Actor.organisation_id == org.id, Actor.deleted.is_(False)
        )):
            assign(person, {"organisation_name": org.name})
            assign(person, {"search_text": search_key(person)})
