"""The stakeholder services one view needs, built once from the store and handed to each panel."""

from __future__ import annotations

from dataclasses import dataclass

from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.stakeholders.composition import CompositionService
from obecdesk.core.stakeholders.relations import RelationService
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
