"""Relations between actors: the network the coordinator draws."""

from __future__ import annotations

import pytest

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.relations import RelationService
from obecdesk.core.vocabulary.stakeholders import RelationKind
from obecdesk.errors import NotFound, ValidationError


def actor_id(store, locality_id, search) -> str:
    return ActorService(store).list(ActorFilter(locality_id, search=search))[0].id


def test_demo_relations_are_listed_with_both_names(demo_store, demo_locality_id):
    relations = RelationService(demo_store).list(demo_locality_id)
    assert len(relations) == 8
    assert all(r.source_name and r.target_name for r in relations)


def test_add_and_remove_a_relation(demo_store, demo_locality_id):
    service = RelationService(demo_store)
    source = actor_id(demo_store, demo_locality_id, "curej")
    target = actor_id(demo_store, demo_locality_id, "lakatos")
    added = service.add(source_id=source, target_id=target, kind=RelationKind.CONFLICT,
                        note="spor o terénní práci")
    assert (added.source_name, added.target_name) == ("Petr Čureja", "Tomáš Lakatoš")
    assert added.id in {r.id for r in service.of_actor(target)}
    service.remove(added.id)
    assert added.id not in {r.id for r in service.list(demo_locality_id)}
    with pytest.raises(NotFound):
        service.remove(added.id)


def test_refuses_self_duplicate_unknown_kind_and_foreign_locality(demo_store, demo_locality_id):
    service = RelationService(demo_store)
    a = actor_id(demo_store, demo_locality_id, "curej")
    b = actor_id(demo_store, demo_locality_id, "lakatos")
    with pytest.raises(ValidationError, match="dva různé"):
        service.add(source_id=a, target_id=a, kind=RelationKind.COOPERATES)
    with pytest.raises(ValidationError, match="druh"):
        service.add(source_id=a, target_id=b, kind="loves")
    service.add(source_id=a, target_id=b, kind=RelationKind.COOPERATES)
    with pytest.raises(ValidationError, match="už existuje"):
        service.add(source_id=a, target_id=b, kind=RelationKind.COOPERATES)
    other = LocalityService(demo_store).create(LocalityData(name="Horní Lhota"))
    stranger = ActorService(demo_store).create(other.id, ActorData(name="Cizí Člověk"))
    with pytest.raises(ValidationError, match="téže lokality"):
        service.add(source_id=a, target_id=stranger.id, kind=RelationKind.INFLUENCES)


def test_relations_of_a_deleted_actor_disappear(demo_store, demo_locality_id):
    service = RelationService(demo_store)
    relation = service.list(demo_locality_id)[0]
    ActorService(demo_store).delete(relation.source_id)
    assert relation.id not in {r.id for r in service.list(demo_locality_id)}
