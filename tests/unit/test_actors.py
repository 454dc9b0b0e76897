"""ActorService: what a coordinator sees in the actor list and what the form may save."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.records import changed_fields
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter, ActorSort
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyData, BodyService
from obecdesk.core.vocabulary.stakeholders import ActorKind, Sector
from obecdesk.errors import NotFound, ValidationError
from obecdesk.store.models import Actor


@pytest.fixture
def actors(demo_store) -> ActorService:
    return ActorService(demo_store)


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_search_ignores_case_and_diacritics(actors, demo_locality_id):
    found = actors.list(ActorFilter(demo_locality_id, search="curej"))
    assert names(found) == ["Petr Čureja"]
    assert names(actors.list(ActorFilter(demo_locality_id, search="ŠIMKOVÁ"))) == [
        "Mgr. Jana Šimková"]


def test_search_matches_organisation_role_and_every_word(actors, demo_locality_id):
    by_role = names(actors.list(ActorFilter(demo_locality_id, search="kurator mladez")))
    assert by_role == ["Petr Čureja"]
    by_org = actors.list(ActorFilter(demo_locality_id, search="charita"))
    assert {"Bc. Kateřina Žáková", "Jiří Němec", "Oblastní charita Bránice"} <= set(names(by_org))


def test_search_treats_like_wildcards_as_text(actors, demo_locality_id):
    assert actors.list(ActorFilter(demo_locality_id, search="%")) == []
    assert actors.count(ActorFilter(demo_locality_id, search="_")) == 0


def test_filters_by_sector_attitude_kind_and_body(actors, demo_store, demo_locality_id):
    schools = actors.list(ActorFilter(demo_locality_id, sector=Sector.SCHOOL))
    assert schools and all(a.sector == Sector.SCHOOL for a in schools)
    hostile = actors.list(ActorFilter(demo_locality_id, attitude=-1))
    assert all(a.attitude == -1 for a in hostile)
    orgs = actors.list(ActorFilter(demo_locality_id, kind=ActorKind.ORGANISATION))
    assert all(a.kind == ActorKind.ORGANISATION for a in orgs)
    body = next(b for b in BodyService(demo_store).list(demo_locality_id) if b.code == "PS-B")
    members = actors.list(ActorFilter(demo_locality_id, body_id=body.id))
    assert len(members) == body.member_count == 10
    assert "Milan Dužda" in names(members)


def test_sorting_and_paging_agree_with_count(actors, demo_locality_id):
    flt = ActorFilter(demo_locality_id)
    everyone = actors.list(flt, sort=ActorSort.INFLUENCE, descending=True)
    assert len(everyone) == actors.count(flt) == 35
    assert [a.influence for a in everyone] == sorted((a.influence for a in everyone),
                                                     reverse=True)
    pages = actors.list(flt, sort=ActorSort.INFLUENCE, descending=True, limit=10) + actors.list(
        flt, sort=ActorSort.INFLUENCE, descending=True, offset=10, limit=100)
    assert [a.id for a in pages] == [a.id for a in everyone]


def test_name_sort_puts_diacritics_among_their_base_letters(actors, demo_locality_id):
    ordered = names(actors.list(ActorFilter(demo_locality_id, kind=ActorKind.PERSON)))
    # "Čureja" is sorted with the C's, not after Z as a byte-wise sort would put it
    assert ordered.index("Petr Čureja") < ordered.index("Tomáš Lakatoš")


def test_create_keeps_search_text_and_links_organisation(actors, demo_locality_id):
    org = next(a for a in actors.organisations(demo_locality_id) if a.name.startswith("ZŠ"))
    created = actors.create(demo_locality_id, ActorData(
        name="Mgr. Radka Ďurišová", sector=Sector.SCHOOL, organisation_id=org.id,
        role="výchovná poradkyně", tags=["asistenti"], influence=2, attitude=1,
    ))
    assert created.organisation_name == org.name
    assert names(actors.list(ActorFilter(demo_locality_id, search="durisova"))) == [
        "Mgr. Radka Ďurišová"]
    assert actors.count(ActorFilter(demo_locality_id, search="asistenti")) == 1
    assert created.id in {p.id for p in actors.people_of(org.id)}


def test_update_renaming_an_organisation_renames_it_in_its_people(actors, demo_locality_id):
    org = next(a for a in actors.organisations(demo_locality_id) if a.name.startswith("Oblastní"))
    data = org.data()
    data.name = "Diecézní charita Bránice"
    actors.update(org.id, data)
    people = actors.people_of(org.id)
    assert people and all(p.organisation_name == "Diecézní charita Bránice" for p in people)
    assert actors.count(ActorFilter(demo_locality_id, search="diecezni")) == len(people) + 1


@pytest.mark.parametrize(("change", "message"), [
    ({"name": "  "}, "jméno"),
    ({"influence": 6}, "Vliv"),
    ({"influence": 0}, "Vliv"),
    ({"attitude": 3}, "Postoj"),
    ({"interest": 0}, "Zájem"),
    ({"sector": "aliens"}, "sektor"),
    ({"kind": "robot"}, "druh"),
    ({"consent_date": dt.date.today() + dt.timedelta(days=1)}, "budoucnosti"),
])
def test_invalid_input_is_refused_and_changes_nothing(actors, demo_locality_id, change, message):
    before = actors.count(ActorFilter(demo_locality_id))
    data = ActorData(name="Nový aktér")
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError, match=message):
        actors.create(demo_locality_id, data)
    assert actors.count(ActorFilter(demo_locality_id)) == before


def test_organisation_link_must_be_an_organisation_of_the_same_locality(
    actors, demo_store, demo_locality_id
):
    person = actors.list(ActorFilter(demo_locality_id, search="curej"))[0]
    with pytest.raises(ValidationError, match="není organizace"):
        actors.create(demo_locality_id, ActorData(name="X", organisation_id=person.id))
    other = LocalityService(demo_store).create(LocalityData(name="Horní Lhota"))
    org = actors.organisations(demo_locality_id)[0]
    with pytest.raises(ValidationError, match="jiné lokality"):
        actors.create(other.id, ActorData(name="Y", organisation_id=org.id))


def test_set_position_moves_only_the_given_axes(actors, demo_locality_id):
    actor = actors.list(ActorFilter(demo_locality_id, search="curej"))[0]
    moved = actors.set_position(actor.id, influence=5, attitude=-2)
    assert (moved.influence, moved.attitude, moved.interest) == (5, -2, actor.interest)
    moved = actors.set_position(actor.id, influence=1, interest=5)
    assert (moved.influence, moved.attitude, moved.interest) == (1, -2, 5)
    with pytest.raises(ValidationError):
        actors.set_position(actor.id, influence=9)
    assert actors.get(actor.id).influence == 1


def test_delete_is_a_tombstone_and_drops_memberships(actors, demo_store, demo_locality_id):
    actor = actors.list(ActorFilter(demo_locality_id, search="dužda"))[0]
    actors.delete(actor.id)
    with pytest.raises(NotFound):
        actors.get(actor.id)
    with demo_store.reading() as session:
        row = session.get(Actor, actor.id)
        assert row is not None and row.deleted
    body = next(b for b in BodyService(demo_store).list(demo_locality_id) if b.code == "PS-B")
    assert actor.id not in {m.actor_id for m in BodyService(demo_store).members(body.id)}


def test_writes_broadcast_actor_changes(actors, demo_store, demo_locality_id):
    seen = []
    demo_store.subscribe(seen.append)
    created = actors.create(demo_locality_id, ActorData(name="Eva Malá"))
    assert seen[-1].ids["actors"] == {created.id}


def test_personal_processing_fields_are_kept_for_people_only(actors, demo_locality_id):
    person = actors.create(demo_locality_id, ActorData(
        name="Eva Souhlasná", legal_basis="souhlas", consent_date=dt.date(2025, 4, 1),
        purpose="členství v lokálním partnerství"))
    assert (person.legal_basis, person.consent_date) == ("souhlas", dt.date(2025, 4, 1))
    org = actors.create(demo_locality_id, ActorData(
        name="Spolek Nový", kind=ActorKind.ORGANISATION, legal_basis="souhlas",
        consent_date=dt.date(2025, 4, 1)))
    assert (org.legal_basis, org.consent_date) == ("", None)


@pytest.mark.parametrize(("sort", "descending", "index"), [
    (ActorSort.NAME, False, "ix_actors_locality_live_search"),
    (ActorSort.INFLUENCE, True, "ix_actors_live_influence"),
    (ActorSort.SECTOR, False, "ix_actors_live_sector"),
])
def test_sorted_pages_are_read_from_a_covering_index(demo_store, demo_locality_id, sort,
                                                     descending, index):
    """The list stays fast with 100,000 actors only if SQLite pages through an index."""
    from obecdesk.core.stakeholders.actor_queries import page_of_ids

    page = page_of_ids(ActorFilter(demo_locality_id), sort=sort, descending=descending,
                       offset=50, limit=100)
    compiled = page.compile(demo_store.engine)
    with demo_store.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}",
            tuple(compiled.params[name] for name in compiled.positiontup)))
    assert f"COVERING INDEX {index}" in plan
    assert "TEMP B-TREE" not in plan


def test_an_erased_person_cannot_be_changed(actors, demo_store, demo_locality_id):
    from obecdesk.core.stakeholders.gdpr import PersonalDataService

    someone = actors.list(ActorFilter(demo_locality_id, search="curej"))[0]
    PersonalDataService(demo_store).erase(someone.id)
    placeholder = actors.get(someone.id)
    data = placeholder.data()
    data.name = "Petr Čureja"
    with pytest.raises(ValidationError, match="záznam nelze měnit"):
        actors.update(someone.id, data)
    with pytest.raises(ValidationError, match="záznam nelze měnit"):
        actors.set_position(someone.id, influence=5, attitude=2)
    assert actors.get(someone.id) == placeholder


def test_deleting_an_actor_clears_body_leader_and_facilitator(actors, demo_store,
                                                              demo_locality_id):
    bodies = BodyService(demo_store)
    someone = actors.list(ActorFilter(demo_locality_id, search="curej"))[0]
    other = actors.list(ActorFilter(demo_locality_id, search="simkova"))[0]

    led = bodies.create(demo_locality_id, BodyData(name="PS Test", leader_id=someone.id,
                                                   facilitator_id=other.id))
    run = bodies.create(demo_locality_id, BodyData(name="PS Druhá", leader_id=other.id,
                                                   facilitator_id=someone.id))
    seen = []
    demo_store.subscribe(seen.append)
    actors.delete(someone.id)
    assert (bodies.get(led.id).leader_id, bodies.get(led.id).facilitator_id) == (None, other.id)
    assert (bodies.get(run.id).leader_id, bodies.get(run.id).facilitator_id) == (other.id, None)
    assert {led.id, run.id} <= seen[-1].ids["bodies"]  # same transaction, synced update


def test_consent_as_legal_basis_needs_a_date(actors, demo_locality_id):
    with pytest.raises(ValidationError, match="vyžaduje datum"):
        actors.create(demo_locality_id, ActorData(name="Eva Bez Data", legal_basis="Souhlas"))
    eva = actors.create(demo_locality_id, ActorData(
        name="Eva S Datem", legal_basis="souhlas", consent_date=dt.date(2025, 3, 1)))
    assert not eva.lacks_legal_basis
    nobody = actors.create(demo_locality_id, ActorData(name="Petr Bez Základu"))
    assert nobody.lacks_legal_basis
    org = actors.create(demo_locality_id, ActorData(name="Spolek", kind=ActorKind.ORGANISATION))
    assert not org.lacks_legal_basis


def test_the_list_is_in_czech_order_by_surname_ignoring_titles(actors, store):
    """Č after C, Ch after H, Ř after R, Š after S; persons by surname, then first name."""
    locality = LocalityService(store).create(LocalityData(name="Abecedov")).id
    created = ["Marie Šťastná", "Petr Chalupa", "Ing. Jiří Čermák", "Ondřej Řezníček",
               "Adam Cibulka", "Eva Hruška", "Mgr. Adam Zzz", "Bohumil Bbb",
               "Ing. Cyril Ccc, Ph.D.", "Ivan Sýkora", "Luboš Rybář", "Anna Hruška"]
    for name in created:
        actors.create(locality, ActorData(name=name))
    actors.create(locality, ActorData(name="Charita Česko", kind=ActorKind.ORGANISATION))
    expected = ["Bohumil Bbb", "Ing. Cyril Ccc, Ph.D.", "Adam Cibulka", "Ing. Jiří Čermák",
                "Anna Hruška", "Eva Hruška", "Petr Chalupa", "Charita Česko", "Luboš Rybář",
                "Ondřej Řezníček", "Ivan Sýkora", "Marie Šťastná", "Mgr. Adam Zzz"]
    assert [a.name for a in actors.list(ActorFilter(locality))] == expected
    assert [a.name for a in actors.list(ActorFilter(locality), descending=True)] == expected[::-1]
    paged = [a.name for offset in range(0, 13, 5)
             for a in actors.list(ActorFilter(locality), offset=offset, limit=5)]
    assert paged == expected
    assert actors.count(ActorFilter(locality, search="mgr adam")) == 1


def test_renaming_an_actor_moves_it_in_the_order(actors, store):
    locality = LocalityService(store).create(LocalityData(name="Abecedov")).id
    cibulka = actors.create(locality, ActorData(name="Adam Cibulka"))
    actors.create(locality, ActorData(name="Petr Chalupa"))
    actors.update(cibulka.id, ActorData(name="Adam Šindelář"))
    assert [a.name for a in actors.list(ActorFilter(locality))] == ["Petr Chalupa",
                                                                    "Adam Šindelář"]


def test_a_form_save_keeps_fields_that_arrived_meanwhile(actors, demo_locality_id):
    """The form loaded Petr Čureja; meanwhile his phone changed (another window, a sync); the
    user changes the e-mail and saves: both the new phone and the new e-mail are kept."""
    petr = actors.list(ActorFilter(demo_locality_id, search="curej"))[0]
    loaded = petr.data()
    actors.update(petr.id, replace(actors.get(petr.id).data(), phone="+420 777 123 456"))
    typed = replace(loaded, email="petr.cureja@branice.cz")
    saved = actors.edit(petr.id, changed_fields(loaded, typed))
    assert (saved.phone, saved.email) == ("+420 777 123 456", "petr.cureja@branice.cz")
    assert actors.list(ActorFilter(demo_locality_id, search="petr.cureja@branice"))  # search key


def test_changed_fields_are_checked_with_the_stored_rest(actors, demo_locality_id):
    eva = actors.create(demo_locality_id, ActorData(name="Eva Souhlasná", legal_basis="souhlas",
                                                    consent_date=dt.date(2025, 3, 1)))
    with pytest.raises(ValidationError, match="vyžaduje datum"):
        actors.edit(eva.id, {"consent_date": None})
    org = actors.edit(eva.id, {"kind": ActorKind.ORGANISATION, "name": "Spolek Eva"})
    assert (org.legal_basis, org.consent_date) == ("", None)  # derived from the kind
    assert actors.edit(org.id, {}) == org


def test_the_count_reads_a_narrow_index_not_a_wide_covering_one(demo_store, demo_locality_id):
    """Opening and sorting the list count the locality: at 100,000 actors reading an index
    that carries the sort key and search text took three times as long."""
    from sqlalchemy import func

    from obecdesk.core.stakeholders.actor_queries import filtered_query

    compiled = filtered_query(ActorFilter(demo_locality_id), func.count()).compile(
        demo_store.engine)
    with demo_store.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}",
            tuple(compiled.params[name] for name in compiled.positiontup)))
        index = plan.split("COVERING INDEX ")[1].split()[0]
        columns = {row[2] for row in conn.exec_driver_sql(f"PRAGMA index_info({index})")}
    assert "search_text" not in columns and "sort_key" not in columns
