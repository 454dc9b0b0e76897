"""Composition check: a body's current members against the recommended composition (seed 001).

Seed 004's lesson is that a partnership works when someone with decision-making power sits in it,
and seed 001 says the target group belongs at the table; both are reported beside the seats.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from obecdesk.catalog.composition import CompositionEntry, load_composition
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.stakeholders.memberships import MemberInfo, current_membership
from obecdesk.core.text import fold
from obecdesk.core.vocabulary.stakeholders import ActorKind, BodyKind, Sector
from obecdesk.store import Store
from obecdesk.store.models import Actor, Body, Membership


def load_catalog(path: Path | str | None = None) -> list[CompositionEntry]:
    """The composition catalog (the shipped one when ``path`` is None), its sectors and body
    kinds checked against the vocabulary."""
    return load_composition(path, known_sectors={s.value for s in Sector},
                            known_body_kinds={k.value for k in BodyKind})


def seats_for(catalog: list[CompositionEntry], body_kind: str) -> list[CompositionEntry]:
    """The seats recommended for a body of ``body_kind``, most important first; a body of
    another kind is checked against a working group's seats (the seed's own list)."""
    kind = body_kind if body_kind in {k.value for k in BodyKind if k != BodyKind.OTHER} \
        else BodyKind.WORKING_GROUP.value
    return sorted((e for e in catalog if e.recommended_for(kind)), key=lambda e: e.priority)


@functools.cache
def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """A keyword found at the start of a folded word; may end mid-word ("financ" finds
    "finančního"), except an abbreviation in capitals ("SAS"), which must be a whole word
    (so "Sasanka" is no SAS)."""
    whole_word = keyword.isupper()
    pattern = r"(?<![0-9a-z])" + re.escape(fold(keyword).strip())
    return re.compile(pattern + (r"(?![0-9a-z])" if whole_word else ""))


def fills_seat(seat: CompositionEntry, *, sector: str, text: str) -> bool:
    """Whether a member of ``sector`` described by ``text`` (role, name, …) fills ``seat``."""
    if sector in seat.sectors_alone:
        return True
    if seat.sectors and sector not in seat.sectors:
        return False
    folded = fold(text)
    if any(keyword_pattern(k).search(folded) for k in seat.not_roles):
        return False
    return not seat.roles or any(keyword_pattern(k).search(folded) for k in seat.roles)


@dataclass(frozen=True)
class MemberRef:
    actor_id: str
    name: str
    role: str


@dataclass(frozen=True)
class SeatStatus:
    """One recommended seat and the current members who fill it."""

    entry: CompositionEntry
    members: tuple[MemberRef, ...]

    @property
    def covered(self) -> bool:
        return bool(self.members)


@dataclass(frozen=True)
class CompositionReport:
    body_id: str
    body_name: str
    body_kind: str
    seats: tuple[SeatStatus, ...]
    #: current members with decision-making power
    decision_makers: tuple[MemberRef, ...]
    #: current members of the target group (sector "zástupce cílové skupiny")
    target_group_members: tuple[MemberRef, ...]
    #: current members who fill none of the recommended seats
    others: tuple[MemberRef, ...]

    @property
    def covered(self) -> list[SeatStatus]:
        return [s for s in self.seats if s.covered]

    @property
    def missing(self) -> list[SeatStatus]:
        return [s for s in self.seats if not s.covered]

    def first_to_fill(self, count: int = 3) -> list[SeatStatus]:
        """The ``count`` most important seats nobody fills yet (seats come most important first)."""
        return self.missing[:count]

    @property
    def missing_obligatory(self) -> list[SeatStatus]:
        return [s for s in self.missing if s.entry.obligatory]

    @property
    def has_decision_power(self) -> bool:
        return bool(self.decision_makers)

    @property
    def lacks_target_group(self) -> bool:
        """The flag seed 001 asks for: nobody from the target group sits in the body."""
        return not self.target_group_members

    def as_dict(self, lang: str = "cs") -> dict:
        """JSON-ready form (used by ``obecdesk composition --json``)."""

        def refs(members) -> list[dict]:
            return [{"actor_id": m.actor_id, "name": m.name, "role": m.role} for m in members]

        return {
            "body_id": self.body_id, "body_name": self.body_name, "body_kind": self.body_kind,
            "seats": [{
                "code": s.entry.code, "label": s.entry.label(lang),
                "obligatory": s.entry.obligatory, "covered": s.covered,
                "members": refs(s.members),
            } for s in self.seats],
            "covered": len(self.covered), "missing": len(self.missing),
            "missing_obligatory": [s.entry.code for s in self.missing_obligatory],
            "has_decision_power": self.has_decision_power,
            "decision_makers": refs(self.decision_makers),
            "lacks_target_group": self.lacks_target_group,
            "others": refs(self.others),
        }


def _ref(member: MemberInfo) -> MemberRef:
    return MemberRef(member.actor_id, member.actor_name, member.role or member.actor_role)


def _describing_text(member: MemberInfo) -> str:
    """Roles and organisation; a person's own name never fills a seat (Křížová is no crisis bed)."""
    own_name = member.actor_name if member.actor_kind == ActorKind.ORGANISATION else ""
    return " ".join((member.role, member.actor_role, own_name, member.organisation_name))


def check_members(
    members: list[MemberInfo], catalog: list[CompositionEntry]
) -> tuple[tuple[SeatStatus, ...], tuple[MemberRef, ...]]:
    """Seats with the members filling them, and the members filling no seat.

    An erased person is an anonymous placeholder: it neither fills a seat nor counts as "other".
    """
    members = [m for m in members if not m.erased]
    seats = []
    placed: set[str] = set()
    for entry in catalog:
        filling = [m for m in members
                   if fills_seat(entry, sector=m.sector, text=_describing_text(m))]
        placed.update(m.id for m in filling)
        seats.append(SeatStatus(entry, tuple(_ref(m) for m in filling)))
    others = tuple(_ref(m) for m in members if m.id not in placed)
    return tuple(seats), others


class CompositionService:
    """Check bodies against the composition catalog (loaded once per service)."""

    def __init__(self, store: Store, *, catalog_path: Path | str | None = None) -> None:
        self.store = store
        self.bodies = BodyService(store)
        self._catalog_path = catalog_path
        self._catalog: list[CompositionEntry] | None = None

    @property
    def catalog(self) -> list[CompositionEntry]:
        if self._catalog is None:
            self._catalog = load_catalog(self._catalog_path)
        return self._catalog

    def check(self, body_id: str) -> CompositionReport:
        body = self.bodies.get(body_id)
        members = [m for m in self.bodies.members(body_id) if not m.erased]
        seats, others = check_members(members, seats_for(self.catalog, body.kind))
        return CompositionReport(
            body_id=body.id, body_name=body.name, body_kind=body.kind, seats=seats,
            decision_makers=tuple(_ref(m) for m in members if m.decision_power),
            target_group_members=tuple(
                _ref(m) for m in members if m.sector == Sector.TARGET_GROUP
            ),
            others=others,
        )

    def bodies_without_target_group(self, locality_id: str) -> list[str]:
        """Ids of the locality's live, unarchived bodies where no target-group representative
        (a current, not erased member) sits; one query for the whole bodies list."""
        represented = (
            select(Membership.body_id).join(Actor, Actor.id == Membership.actor_id)
            .where(*current_membership(), Actor.deleted.is_(False), Actor.erased.is_(False),
                   Actor.sector == Sector.TARGET_GROUP.value)
        )
        query = select(Body.id).where(
            Body.locality_id == locality_id, Body.deleted.is_(False), Body.archived.is_(False),
            Body.id.not_in(represented),
        )
        with self.store.reading() as session:
            return list(session.scalars(query))
