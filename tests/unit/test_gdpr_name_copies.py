"""Erasure replaces copies of the name that are only the name, and counts free-text mentions."""

from __future__ import annotations

from sqlalchemy import select

from obecdesk.core.localities import LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME, PersonalDataService
from obecdesk.core.stakeholders.name_copies import count_mentions
from obecdesk.store.models import ActorRelation, Attendance, Meeting


def simkova(store, locality_id):
    return ActorService(store).list(ActorFilter(locality_id, search="simkova"))[0]


def first_meeting(session, locality_id) -> Meeting:
    return session.scalars(select(Meeting).where(Meeting.locality_id == locality_id)).first()


def set_coordinator(store, locality_id, value: str) -> None:
    localities = LocalityService(store)
    data = localities.get(locality_id).data()
    data.coordinator = value
    localities.update(locality_id, data)


def test_the_locality_coordinator_and_a_guest_of_that_name_get_the_placeholder(
    demo_store, demo_locality_id
):
    person = simkova(demo_store, demo_locality_id)
    set_coordinator(demo_store, demo_locality_id, " Mgr. Jana Šimková ")
    with demo_store.unit_of_work() as session:
        guest = Attendance(meeting_id=first_meeting(session, demo_locality_id).id,
                           actor_id=None, guest_name="Jana Šimková", guest_organisation="MÚ")
        session.add(guest)

    result = PersonalDataService(demo_store).erase(person.id)

    assert LocalityService(demo_store).get(demo_locality_id).coordinator == ANONYMOUS_NAME
    with demo_store.reading() as session:
        row = session.get(Attendance, guest.id)
        assert row.guest_name == ANONYMOUS_NAME and row.guest_organisation == "MÚ"
        assert row.replica_id == demo_store.replica_id  # a synced change, stamped
    assert result.names_replaced >= 2


def mentions(store, locality_id, person) -> int:
    with store.reading() as session:
        return count_mentions(session, locality_id, person.id, person.name)


def test_a_coordinator_field_that_only_mentions_the_name_is_counted(
    demo_store, demo_locality_id
):
    person = simkova(demo_store, demo_locality_id)
    before = mentions(demo_store, demo_locality_id, person)
    set_coordinator(demo_store, demo_locality_id, "Jana Šimková (zástup Petr Král)")
    assert mentions(demo_store, demo_locality_id, person) == before + 1

    result = PersonalDataService(demo_store).erase(person.id)

    assert result.mentions_to_review == before + 1
    coordinator = LocalityService(demo_store).get(demo_locality_id).coordinator
    assert coordinator == "Jana Šimková (zástup Petr Král)"  # free text is the user's to edit


def test_notes_of_other_actors_count_as_mentions(demo_store, demo_locality_id):
    actors = ActorService(demo_store)
    person = simkova(demo_store, demo_locality_id)
    before = mentions(demo_store, demo_locality_id, person)
    writer = actors.create(demo_locality_id, ActorData(name="Eva Nová"))
    data = writer.data()
    data.notes = "Domluvit se přes radnici, kde je Jana Šimková radní."
    actors.update(writer.id, data)
    assert mentions(demo_store, demo_locality_id, person) == before + 1


def test_a_name_another_person_also_bears_is_counted_not_replaced(demo_store, demo_locality_id):
    person = simkova(demo_store, demo_locality_id)
    ActorService(demo_store).create(demo_locality_id, ActorData(name="Jana Šimková"))
    set_coordinator(demo_store, demo_locality_id, "Jana Šimková")
    before = mentions(demo_store, demo_locality_id, person)

    result = PersonalDataService(demo_store).erase(person.id)

    assert LocalityService(demo_store).get(demo_locality_id).coordinator == "Jana Šimková"
    assert result.mentions_to_review == before


def test_relations_of_the_person_lose_their_notes_removed_ones_too(demo_store, demo_locality_id):
    person = simkova(demo_store, demo_locality_id)
    with demo_store.unit_of_work() as session:
        relations = list(session.scalars(select(ActorRelation).where(
            (ActorRelation.source_id == person.id) | (ActorRelation.target_id == person.id))))
        assert relations
        for relation in relations:
            relation.note = "zná se s ní ze školy"
        relations[0].deleted = True
    live = len(relations) - 1

    result = PersonalDataService(demo_store).erase(person.id)

    with demo_store.reading() as session:
        notes = {session.get(ActorRelation, r.id).note for r in relations}
        assert notes == {""}
    assert result.relations_removed == live
