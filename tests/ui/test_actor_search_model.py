"""A searched actor list reads its hits once: the count, the order and every page come from it."""

from __future__ import annotations

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.records import assign
from obecdesk.core.stakeholders.actor_fields import ActorData, derived_values
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.models import Actor
from obecdesk.ui.stakeholders.actor_columns import ActorColumn
from obecdesk.ui.stakeholders.actor_table_model import PAGE, ActorTableModel


def test_a_search_shows_the_same_rows_as_the_service_and_pages_without_searching_again(
    qapp, store, monkeypatch
):
    locality = LocalityService(store).create(LocalityData(name="Hledaná Lhota"))
    with store.unit_of_work() as session:
        for i in range(2 * PAGE + 30):
            surname = "Nováková" if i % 3 else "Dvořáková"
            actor = Actor(locality_id=locality.id, kind="person",
                          name=f"Jana {i:04d} {surname}", influence=1 + i % 5)
            session.add(actor)
            assign(actor, derived_values(actor))
    service = ActorService(store)
    searched = ActorFilter(locality.id, search="novak")
    expected = [a.name for a in service.list(searched)]
    assert len(expected) == service.count(searched) > PAGE

    model = ActorTableModel(service)
    model.set_filter(searched)
    searches = []
    original = ActorService.list
    monkeypatch.setattr(ActorService, "list", lambda self, flt, **kw: (
        searches.append(flt), original(self, flt, **kw))[1])
    shown = [model.index(row, ActorColumn.NAME).data() for row in range(model.rowCount())]
    assert shown == expected and searches == []  # the pages were read by id, in the hits' order
    last = model.actor_at(model.rowCount() - 1)
    assert model.row_of(last.id) == len(expected) - 1
    assert model.row_of(service.list(ActorFilter(locality.id, search="dvorak"))[0].id) == -1

    model.sort(ActorColumn.INFLUENCE)
    by_influence = [a.name for a in original(service, searched, sort="influence")]
    assert [model.index(r, ActorColumn.NAME).data() for r in range(model.rowCount())] \
        == by_influence

    # a new hit changes the hits, so the list is read again and shows it
    new = service.create(locality.id, ActorData(name="Áda Nováková"))
    assert model.update_actors({new.id}) is False
    assert model.rowCount() == len(expected) + 1
    assert model.actor_at(model.row_of(new.id)).name == "Áda Nováková"
