"""The actor search finds words anywhere in a name from the trigram index and follows changes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter, filtered_query
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.store.models import Actor


def _found(service: ActorService, locality_id: str, words: str) -> list[str]:
    return [a.name for a in service.list(ActorFilter(locality_id, search=words))]


@pytest.mark.backends
def test_words_are_found_inside_names_and_follow_renames_and_erasure(store) -> None:
    locality = LocalityService(store).create(LocalityData(name="Hledánov"))
    actors = ActorService(store)
    first = actors.create(locality.id, ActorData(name="Petr Čureja", role="kurátor"))
    actors.create(locality.id, ActorData(name="Jana Šimková"))
    assert _found(actors, locality.id, "curej") == ["Petr Čureja"]
    assert _found(actors, locality.id, "ŠIMK") == ["Jana Šimková"]
    assert _found(actors, locality.id, "ku cur") == ["Petr Čureja"]  # a short word too
    assert _found(actors, locality.id, "xyz") == []

    data = actors.get(first.id).data()
    data.name = "Petr Horváth"
    actors.update(first.id, data)
    assert _found(actors, locality.id, "curej") == []
    assert _found(actors, locality.id, "horvat") == ["Petr Horváth"]

    PersonalDataService(store).erase(first.id)
    assert _found(actors, locality.id, "horvat") == []


def test_a_long_word_is_answered_from_the_index(store) -> None:
    query = filtered_query(ActorFilter("x", search="čureja"), Actor.id)
    with store.reading() as session:
        sql = str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "actors_fts VIRTUAL TABLE INDEX" in plan


def _statistics(store) -> str:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'actors' "
                                    "AND idx = 'sqlite_autoindex_actors_1'").scalar()


def test_statistics_are_refreshed_after_an_import_that_changes_the_table_s_size(store) -> None:
    from obecdesk.store.actor_search import SETTLED, refresh_statistics

    locality = LocalityService(store).create(LocalityData(name="Počítánov"))
    actors = ActorService(store)
    for i in range(2 * SETTLED):
        actors.create(locality.id, ActorData(name=f"Aktér {i}"))
    refresh_statistics(store.engine)
    assert _statistics(store).split()[0] == str(2 * SETTLED)
    actors.create(locality.id, ActorData(name="Ještě jeden"))
    refresh_statistics(store.engine, added=2)  # small next to what was counted: left as it is
    assert _statistics(store).split()[0] == str(2 * SETTLED)
    refresh_statistics(store.engine, added=SETTLED)  # a quarter of the table: counted again
    assert _statistics(store).split()[0] == str(2 * SETTLED + 1)


def test_an_import_s_statistics_wait_for_the_next_import_while_another_program_writes(
        store) -> None:
    """The import has committed when its statistics are refreshed: another writer holding the
    lock then (a second import started at once) must not turn it into a failure."""
    import sqlite3

    from obecdesk.store.actor_search import refresh_statistics

    locality = LocalityService(store).create(LocalityData(name="Počítánov"))
    ActorService(store).create(locality.id, ActorData(name="Aktérka Šťastná"))
    other = sqlite3.connect(store.engine.url.database, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        refresh_statistics(store.engine)  # no error: left for the next import
    finally:
        other.rollback()
        other.close()
    assert _statistics(store) is None
    refresh_statistics(store.engine)
    assert _statistics(store).split()[0] == "1"
