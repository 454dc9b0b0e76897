"""A search answered from the trigram index's row keys lists exactly the actors, in exactly the
order, that the search over the actors table lists, and follows every change to them."""

from __future__ import annotations

import re
import sqlite3

import pytest
from sqlalchemy import text

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter, ActorSort, ids_query, page_of_ids
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.store.migrate import alembic_config
from obecdesk.store.paths import DB_FILENAME

NAMES = ["Jan Novák", "Ing. Jana Nováková, Ph.D.", "Novákovi s.r.o.", "Petr Čureja", "Eva Nowak",
         "Karel Novak-Dvořák", "Ondřej Bártů", "Marie 100% Nováková", "Jiří Ne_vak", "Lenka Nová",
         "Tomáš \"Novák\" Kříž", "Ťapka Žížala", "Spolek Šance", "Městský úřad Nováky",
         "Łukasz Łódź"]
SEARCHES = ["novak", "nova", "vak", "ova ing", "nov jan", "curej", "100%", "ne_vak", '"novak"',
            "nowa", "xyz", "mesto", "spolek sance", "ka", "odz", "łodz", "lukasz"]


def _fill(store) -> tuple[str, ActorService, list]:
    locality = LocalityService(store).create(LocalityData(name="Pořadov"))
    elsewhere = LocalityService(store).create(LocalityData(name="Jinde"))
    actors = ActorService(store)
    made = []
    for i, name in enumerate(NAMES):
        made.append(actors.create(locality.id, ActorData(
            name=name, influence=1 + i % 5, attitude=i % 5 - 2, interest=5 - i % 5,
            decision_power=i % 3 == 0, sector=["school", "ngo", "police", "other"][i % 4],
            role="kurátor" if i % 2 else "", organisation_name="Charita" if i % 3 else "")))
    actors.create(elsewhere.id, ActorData(name="Jan Novák"))
    return locality.id, actors, made


def _both(store, actors: ActorService, flt: ActorFilter, sort: str, descending: bool):
    general = page_of_ids(flt, sort=sort, descending=descending)
    with store.reading() as session:
        expected = list(session.scalars(general))
    return actors.ids(flt, sort=sort, descending=descending), expected


def _assert_same(store, locality_id: str, actors: ActorService) -> None:
    for search in SEARCHES:
        for sort in ActorSort:
            for descending in (False, True):
                found, expected = _both(store, actors, ActorFilter(locality_id, search=search),
                                        sort, descending)
                assert found == expected, (search, sort, descending)


def test_the_keys_list_what_the_actors_table_lists_before_and_after_changes(store) -> None:
    locality_id, actors, made = _fill(store)
    _assert_same(store, locality_id, actors)
    assert actors.ids(ActorFilter(locality_id, search="novak"))  # the searches find something

    renamed = actors.get(made[0].id).data()
    renamed.name = "Adam Novák"  # moves up in the name order
    actors.update(made[0].id, renamed)
    actors.set_position(made[1].id, influence=5, attitude=-2, interest=1)
    actors.delete(made[2].id)
    PersonalDataService(store).erase(made[5].id)
    _assert_same(store, locality_id, actors)
    assert made[2].id not in actors.ids(ActorFilter(locality_id, search="novakovi"))


def test_a_search_alone_reads_no_actor_row(store) -> None:
    flt = ActorFilter("L", search="novak jan")
    for sort, reads_actors in ((ActorSort.NAME, False), (ActorSort.INFLUENCE, False),
                               (ActorSort.ROLE, True)):
        plan = _plan(store, ids_query(flt, sort=sort, descending=False, limit=None,
                                      dialect="sqlite"))
        assert "actors_fts VIRTUAL TABLE" in plan
        assert bool(re.search(r"(SEARCH|SCAN) actors\b", plan)) == reads_actors, sort
    # with another filter, or a word the index cannot answer alone, the actors are read
    for other in (ActorFilter("L", search="novak", sector="ngo"), ActorFilter("L", search="ka"),
                  ActorFilter("L", search="łódź")):
        query = ids_query(other, sort=ActorSort.NAME, descending=False, limit=None,
                          dialect="sqlite")
        assert "actors.search_text" in str(query.compile(store.engine))


def _plan(store, query) -> str:
    compiled = query.compile(store.engine)
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}",
                                    tuple(compiled.params[n] for n in compiled.positiontup))
        return " ".join(f" {row[-1]} " for row in rows)


@pytest.mark.parametrize("revision", ["0020"])
def test_an_older_store_gets_its_actors_keys_filled(tmp_path, revision) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from obecdesk.store import open_store

    db = tmp_path / DB_FILENAME
    engine = create_engine(f"sqlite:///{db}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO localities (id, name, region, mode, themes, coordinator, "
                          "notes, archived, updated_at, replica_id, deleted) VALUES ('L', 'Obec',"
                          " '', 'long_term', '[]', '', '', 0, 's', 'R', 0)"))
        conn.execute(text(
            "INSERT INTO actors (id, locality_id, kind, name, organisation_name, sector, role, "
            "email, phone, address, influence, attitude, interest, decision_power, notes, tags, "
            "legal_basis, purpose, erased, search_text, sort_key, updated_at, replica_id, "
            "deleted) VALUES ('A', 'L', 'person', 'Jan Novák', '', 'police', '', '', '', '', 5,"
            " -1, 2, 1, '', '[]', '', '', 0, 'jan novak', x'0102', 's', 'R', 0)"))
    engine.dispose()
    open_store(data_dir=tmp_path).dispose()
    with sqlite3.connect(db) as conn:
        keys = conn.execute("SELECT locality_id, deleted, sort_key, sector, influence, attitude, "
                            "interest, decision_power FROM actor_search_keys").fetchall()
    assert keys == [("L", 0, b"\x01\x02", "police", 5, -1, 2, 1)]
