"""Relations between actors (works for, cooperates with, in conflict with, influences).

A relation is unique by (source, target, kind): its id is the natural key's, so the same
relation drawn on two replicas is one row, and drawing a removed one again revives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from obecdesk.core.records import get_live, natural_row
from obecdesk.core.vocabulary.stakeholders import RelationKind
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Actor, ActorRelation
from obecdesk.store.natural_keys import relation_id


@dataclass(frozen=True)
class RelationInfo:
    id: str
    locality_id: str
    source_id: str
    source_name: str
    target_id: str
    target_name: str
    kind: str
    note: str


_Source = aliased(Actor)
_Target = aliased(Actor)


def _joined_query():
    """Live relations between live actors, with both actors' names."""
    return (
        select(ActorRelation, _Source.name, _Target.name)
        .join(_Source, _Source.id == ActorRelation.source_id)
        .join(_Target, _Target.id == ActorRelation.target_id)
        .where(ActorRelation.deleted.is_(False), _Source.deleted.is_(False),
               _Target.deleted.is_(False))
        .order_by(_Source.sort_key, ActorRelation.kind, _Target.sort_key)
    )


def _info(row: ActorRelation, source_name: str, target_name: str) -> RelationInfo:
    return RelationInfo(
        id=row.id, locality_id=row.locality_id, source_id=row.source_id, source_name=source_name,
        target_id=row.target_id, target_name=target_name, kind=row.kind, note=row.note,
    )


class RelationService:
    """Read and change the network of relations between the actors of a locality."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, locality_id: str) -> list[RelationInfo]:
        query = _joined_query().where(ActorRelation.locality_id == locality_id)
        with self.store.reading() as session:
            return [_info(*row) for row in session.execute(query)]

    def of_actor(self, actor_id: str) -> list[RelationInfo]:
        """Relations where the actor is on either end."""
        query = _joined_query().where(
            (ActorRelation.source_id == actor_id) | (ActorRelation.target_id == actor_id)
        )
        with self.store.reading() as session:
            return [_info(*row) for row in session.execute(query)]

    def end_sectors(self, relations: list[RelationInfo]) -> dict[str, str]:
        """Sector of every actor at an end of ``relations``, in one query (for the network)."""
        ids = {r.source_id for r in relations} | {r.target_id for r in relations}
        if not ids:
            return {}
        with self.store.reading() as session:
            return dict(session.execute(
                select(Actor.id, Actor.sector).where(Actor.id.in_(ids))).all())

    def add(self, *, source_id: str, target_id: str, kind: str, note: str = "") -> RelationInfo:
        try:
            kind = RelationKind(kind).value
        except ValueError as exc:
            raise ValidationError(f"Neznámý druh vztahu: {kind}.") from exc
        if source_id == target_id:
            raise ValidationError("Vztah musí spojovat dva různé aktéry.")
        with self.store.unit_of_work(immediate=True) as session:
            source = get_live(session, Actor, source_id, "Aktér")
            target = get_live(session, Actor, target_id, "Aktér")
            if source.locality_id != target.locality_id:
                raise ValidationError("Vztah může spojovat jen aktéry téže lokality.")
            existing = session.scalar(select(ActorRelation.id).where(
                ActorRelation.source_id == source_id, ActorRelation.target_id == target_id,
                ActorRelation.kind == kind, ActorRelation.deleted.is_(False),
            ))
            if existing:
                raise ValidationError(
                    f"Vztah „{source.name} {RelationKind(kind).label} {target.name}“ už existuje."
                )
            row = natural_row(session, ActorRelation, relation_id(source_id, target_id, kind), {
                "locality_id": source.locality_id, "source_id": source_id,
                "target_id": target_id, "kind": kind, "note": note.strip()})
            session.flush()
            return _info(row, source.name, target.name)

    def remove(self, relation_id: str) -> None:
        """Tombstone the relation (it stays deleted on every replica after sync)."""
        with self.store.unit_of_work() as session:
            get_live(session, ActorRelation, relation_id, "Vztah").deleted = True
