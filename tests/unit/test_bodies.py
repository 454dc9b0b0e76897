"""Bodies of the partnership and their members (with role and dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyData, BodyService
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.errors import ValidationError


def test_demo_bodies_are_listed_partnership_first(demo_store, demo_locality_id):
    bodies = BodyService(demo_store).list(demo_locality_id)
    assert [b.kind for b in bodies][:2] == [BodyKind.PARTNERSHIP, BodyKind.STEERING_GROUP]
    housing = next(b for b in bodies if b.code == "PS-B")
    assert housing.leader_name == "Mgr. Jana Šimková"
    assert housing.facilitator_name == "Mgr. Tereza Novotná"
    assert housing.member_count == 10


def test_create_working_group_with_members_roles_and_dates(demo_store, demo_locality_id):
    bodies, actors = BodyService(demo_store), ActorService(demo_store)
    leader = actors.list(ActorFilter(demo_locality_id, search="sebestova"))[0]
    group = bodies.create(demo_locality_id, BodyData(
        name="PS Bezpečnost", kind=BodyKind.WORKING_GROUP, code="PS-BZ", theme="security",
        leader_id=leader.id,
    ))
    member = bodies.add_member(group.id, leader.id, role="předsedkyně",
                               joined_on=dt.date(2026, 1, 15))
    assert bodies.get(group.id).member_count == 1
    assert [m.role for m in bodies.members(group.id)] == ["předsedkyně"]
    bodies.end_membership(member.id, dt.date(2026, 3, 1))
    assert bodies.members(group.id) == []
    former = bodies.members(group.id, include_former=True)
    assert former[0].left_on == dt.date(2026, 3, 1)
    assert group.id not in {b.id for b in bodies.of_actor(leader.id)}


def test_membership_rules(demo_store, demo_locality_id):
    bodies, actors = BodyService(demo_store), ActorService(demo_store)
    housing = next(b for b in bodies.list(demo_locality_id) if b.code == "PS-B")
    radni = actors.list(ActorFilter(demo_locality_id, search="simkova"))[0]
    with pytest.raises(ValidationError, match="už je členem"):
        bodies.add_member(housing.id, radni.id)
    curator = actors.list(ActorFilter(demo_locality_id, search="curej"))[0]
    with pytest.raises(ValidationError, match="odchodu"):
        bodies.add_member(housing.id, curator.id, joined_on=dt.date(2026, 5, 1),
                          left_on=dt.date(2026, 4, 1))
    other = LocalityService(demo_store).create(LocalityData(name="Horní Lhota"))
    stranger = actors.create(other.id, ActorData(name="Cizí Člověk"))
    with pytest.raises(ValidationError, match="jiné lokality"):
        bodies.add_member(housing.id, stranger.id)
    assert bodies.get(housing.id).member_count == 10


def test_body_needs_a_name_and_known_kind(demo_store, demo_locality_id):
    bodies = BodyService(demo_store)
    with pytest.raises(ValidationError, match="název"):
        bodies.create(demo_locality_id, BodyData(name=" "))
    with pytest.raises(ValidationError, match="druh"):
        bodies.create(demo_locality_id, BodyData(name="X", kind="club"))


def test_delete_body_tombstones_memberships(demo_store, demo_locality_id):
    bodies = BodyService(demo_store)
    housing = next(b for b in bodies.list(demo_locality_id) if b.code == "PS-B")
    bodies.delete(housing.id)
    assert housing.id not in {b.id for b in bodies.list(demo_locality_id)}
    assert bodies.members(housing.id) == []


def test_update_and_archive(demo_store, demo_locality_id):
    bodies = BodyService(demo_store)
    housing = next(b for b in bodies.list(demo_locality_id) if b.code == "PS-B")
    data = housing.data()
    data.name = "PS Bydlení a dluhy"
    assert bodies.update(housing.id, data).name == "PS Bydlení a dluhy"
    bodies.set_archived(housing.id, True)
    assert housing.id not in {b.id for b in bodies.list(demo_locality_id)}
    assert housing.id in {b.id for b in bodies.list(demo_locality_id, include_archived=True)}


def test_one_definition_of_current_member_for_lists_counts_and_the_actor_filter(
    demo_store, demo_locality_id
):
    from obecdesk.core.stakeholders.memberships import is_current_member

    actors, bodies = ActorService(demo_store), BodyService(demo_store)
    group = bodies.create(demo_locality_id, BodyData(name="PS Zaměstnanost"))
    today = dt.date.today()
    leaving = actors.create(demo_locality_id, ActorData(name="Odchází Příští"))
    gone = actors.create(demo_locality_id, ActorData(name="Odešel Včera"))
    bodies.add_member(group.id, leaving.id, left_on=today + dt.timedelta(days=10))
    bodies.add_member(group.id, gone.id, left_on=today - dt.timedelta(days=1))

    in_filter = [a.name for a in actors.list(ActorFilter(demo_locality_id, body_id=group.id))]
    assert in_filter == ["Odchází Příští"]
    assert [m.actor_name for m in bodies.members(group.id)] == ["Odchází Příští"]
    assert bodies.get(group.id).member_count == 1
    assert is_current_member(today + dt.timedelta(days=1)) and not is_current_member(today)


def test_add_members_adds_all_in_one_transaction_or_none(store):
    place = LocalityService(store).create(LocalityData(name="Horní Lhota"))
    actors = ActorService(store)
    a, b, c = (actors.create(place.id, ActorData(name=n)).id for n in ("Eva Malá", "Jan Velký",
                                                                         "Ida Krátká"))
    bodies = BodyService(store)
    group = bodies.create(place.id, BodyData(name="PS Bydlení"))
    added = bodies.add_members(group.id, [a, b], role="člen/ka", joined_on=dt.date(2026, 1, 5))
    assert sorted(m.actor_name for m in added) == ["Eva Malá", "Jan Velký"]
    assert {(m.role, m.joined_on) for m in bodies.members(group.id)} == {
        ("člen/ka", dt.date(2026, 1, 5))}
    with pytest.raises(ValidationError, match="Eva Malá už je členem"):
        bodies.add_members(group.id, [c, a])
    assert len(bodies.members(group.id)) == 2  # Ida was not added either
    with pytest.raises(ValidationError):
        bodies.add_members(group.id, [])
