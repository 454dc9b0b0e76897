"""The one write path keeps a version per field and one change sequence number per transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.models import Actor, ChangeBatch, FieldVersion, Locality
from obecdesk.store.versions import HardDeleteRefused

pytestmark = pytest.mark.backends  # the write path on PostgreSQL too


def versions(store, table, row_id):
    with store.reading() as session:
        return {(v.field, v.element): v for v in session.scalars(
            select(FieldVersion).where(FieldVersion.table_name == table,
                                       FieldVersion.row_id == row_id))}


def test_creating_a_row_versions_every_synced_field_but_not_derived_ones(store):
    loc = LocalityService(store).create(LocalityData(name="Lipník", themes=["housing", "debt"]))
    found = versions(store, "localities", loc.id)
    assert ("name", "") in found and ("deleted", "") in found
    assert ("themes", "housing") in found and ("themes", "debt") in found
    actor = ActorService(store).create(loc.id, ActorData(name="Jana Čurejová"))
    assert ("search_text", "") not in versions(store, "actors", actor.id)


def test_an_edit_versions_only_the_fields_it_changed(store):
    service = LocalityService(store)
    loc = service.create(LocalityData(name="Lipník", region="Olomoucký"))
    before = versions(store, "localities", loc.id)
    service.update(loc.id, LocalityData(name="Lipník", region="Zlínský"))
    after = versions(store, "localities", loc.id)
    assert after[("region", "")].stamp > before[("region", "")].stamp
    assert after[("name", "")].stamp == before[("name", "")].stamp
    assert after[("region", "")].seq > before[("region", "")].seq


def test_an_edit_remembers_the_other_replicas_version_it_overwrote(store):
    service = LocalityService(store)
    loc = service.create(LocalityData(name="Lipník", region="Olomoucký"))
    remote = "001700000000000-000000-another-replica"
    with store.engine.begin() as conn:  # as if the region had arrived from another replica
        conn.execute(text("UPDATE field_versions SET stamp = :s WHERE row_id = :r "
                          "AND field = 'region'"), {"s": remote, "r": loc.id})
    service.update(loc.id, LocalityData(name="Lipník", region="Zlínský"))
    assert versions(store, "localities", loc.id)[("region", "")].base == remote
    # overwriting our own edit hands the base on: a peer holding the remote value sees one
    # later edit, not a conflict
    service.update(loc.id, LocalityData(name="Lipník", region="Vysočina"))
    assert versions(store, "localities", loc.id)[("region", "")].base == remote


def test_set_fields_version_each_element_added_or_removed(store):
    service = LocalityService(store)
    loc = service.create(LocalityData(name="Lipník", themes=["housing", "debt"]))
    service.update(loc.id, LocalityData(name="Lipník", themes=["housing", "education"]))
    found = versions(store, "localities", loc.id)
    assert found[("themes", "debt")].removed is True
    assert found[("themes", "education")].removed is False
    assert found[("themes", "housing")].removed is False


def test_each_committed_transaction_gets_one_new_sequence_number(store):
    start = store.change_seq()  # the migration that made the store is number 1
    service = LocalityService(store)
    loc = service.create(LocalityData(name="Lipník"))
    first = store.change_seq()
    assert first == start + 1
    service.update(loc.id, LocalityData(name="Lipník nad Bečvou"))
    assert store.change_seq() == first + 1
    service.update(loc.id, LocalityData(name="Lipník nad Bečvou"))  # nothing changes
    assert store.change_seq() == first + 1
    with store.reading() as session:
        assert session.scalar(select(func.count(ChangeBatch.seq))) == start + 2


def test_a_rolled_back_transaction_leaves_no_version_and_no_sequence_number(store):
    loc = LocalityService(store).create(LocalityData(name="Lipník"))
    seq = store.change_seq()
    with pytest.raises(RuntimeError), store.unit_of_work() as session:
        session.get(Locality, loc.id).region = "Zlínský"
        session.flush()
        raise RuntimeError("the user cancelled")
    assert store.change_seq() == seq
    assert LocalityService(store).get(loc.id).region == ""


def test_a_synced_row_cannot_be_deleted_only_tombstoned(store):
    loc = LocalityService(store).create(LocalityData(name="Lipník"))
    actor = ActorService(store).create(loc.id, ActorData(name="Petr Novák"))
    with pytest.raises(HardDeleteRefused, match="tombstone"), store.unit_of_work() as session:
        session.delete(session.get(Actor, actor.id))
    with store.reading() as session:
        assert session.get(Actor, actor.id) is not None
