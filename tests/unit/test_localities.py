"""Locality service: create, edit, archive; every change is a stamped, synced, broadcast row."""

import datetime as dt

import pytest

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.errors import NotFound, ValidationError
from obecdesk.store.models import Locality


def test_create_edit_and_archive_a_locality(store):
    service = LocalityService(store)
    created = service.create(LocalityData(
        name=" Horní Žleb ", region="Ústecký kraj", population=3200, mode="systematic",
        start_date=dt.date(2026, 2, 1), themes=["housing", "Sousedé z Ořechové", "housing"],
        coordinator="Jan Říha",
    ))
    assert created.name == "Horní Žleb"
    assert created.themes == ["housing", "Sousedé z Ořechové"]
    assert created.phases == []  # only a long-term cooperation has the 36-month plan

    data = created.data()
    data.mode, data.population = "long_term", 3300
    edited = service.update(created.id, data)
    assert edited.population == 3300
    assert len(edited.phases) == 7

    service.set_archived(created.id, True)
    assert service.list() == []
    assert [r.name for r in service.list(include_archived=True)] == ["Horní Žleb"]
    assert service.find_by_name("horní žleb").id == created.id


def test_rows_carry_the_sync_envelope(store):
    info = LocalityService(store).create(LocalityData(name="Obec"))
    with store.reading() as session:
        row = session.get(Locality, info.id)
        first_stamp = row.updated_at
        assert len(row.id) == 36 and row.replica_id == store.replica_id and not row.deleted
    LocalityService(store).update(info.id, LocalityData(name="Obec 2"))
    with store.reading() as session:
        assert session.get(Locality, info.id).updated_at > first_stamp


def test_saving_an_unchanged_form_does_not_restamp_the_row(store):
    service = LocalityService(store)
    info = service.create(LocalityData(name="Obec", region="Kraj Vysočina"))
    with store.reading() as session:
        stamp = session.get(Locality, info.id).updated_at
    service.update(info.id, info.data())
    with store.reading() as session:
        assert session.get(Locality, info.id).updated_at == stamp


def test_each_change_is_broadcast_once_after_commit(store):
    heard = []
    store.subscribe(heard.append)
    info = LocalityService(store).create(LocalityData(name="Obec"))
    assert len(heard) == 1 and heard[0].ids == {"localities": {info.id}}


def test_invalid_input_is_refused_in_czech_and_changes_nothing(store):
    service = LocalityService(store)
    with pytest.raises(ValidationError, match="název"):
        service.create(LocalityData(name="   "))
    with pytest.raises(ValidationError, match="záporný"):
        service.create(LocalityData(name="Obec", population=-1))
    with pytest.raises(NotFound):
        service.update("00000000-0000-0000-0000-000000000000", LocalityData(name="X"))
    assert service.list(include_archived=True) == []


def test_a_second_locality_of_the_same_name_is_refused(store):
    service = LocalityService(store)
    first = service.create(LocalityData(name="Horní Lhota"))
    other = service.create(LocalityData(name="Dolní Lhota"))
    with pytest.raises(ValidationError, match="Horní Lhota“ už existuje"):
        service.create(LocalityData(name="horní lhota "))
    with pytest.raises(ValidationError, match="už existuje"):
        service.update(other.id, LocalityData(name="HORNÍ LHOTA"))
    assert service.update(first.id, LocalityData(name="Horní Lhota", population=5)).population == 5
    assert [loc.name for loc in service.list()] == ["Dolní Lhota", "Horní Lhota"]
