"""The stakeholder services one view needs, built once from the store and handed to each panel."""

from __future__ import annotations

from dataclasses import dataclass

from obecdesk.core.actors import ActorService
from obecdesk.core.bodies import BodyService
from obecdesk.core.composition import CompositionService
from obecdesk.core.relations import RelationService
from obecdesk.store import Store


@dataclass(frozen=True)
class StakeholderServices:
    store: Store
    actors: ActorService
    bodies: BodyService
    relations: RelationService
    composition: CompositionService

    @classmethod
    def over(cls, store: Store) -> StakeholderServices:
        return cls(store, ActorService(store), BodyService(store), RelationService(store),
                   CompositionService(store))
