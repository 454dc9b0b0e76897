"""Three replicas, random edits, deletes, erasures and exchanges in any order, with duplicates.

Checks DESIGN.md §4: all three converge (P1), every value that lost to a concurrent write is in
a conflict log (P2), applying the same changes again changes nothing (P3), erasure wins (P7).
"""

from __future__ import annotations

import itertools
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_support import dump, exchange, local_edit, open_replicas, record_writes

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME
from obecdesk.store.hlc import replica_of
from obecdesk.store.models import FieldVersion, SyncConflict
from obecdesk.sync.field_changes import changes_since
from obecdesk.sync.merge import apply_changes

REPLICAS = 3
ACTORS = 2
WORDS = ["Olomoucký", "Zlínský", "Vysočina"]
TAGS = ["škola", "úřad", "NNO"]

replica = st.integers(0, REPLICAS - 1)
actor = st.integers(0, ACTORS - 1)
operation = st.one_of(
    st.tuples(st.just("region"), replica, st.sampled_from(WORDS)),
    st.tuples(st.just("themes"), replica, st.sets(st.sampled_from(["housing", "debt", "health"]))),
    st.tuples(st.just("role"), replica, actor, st.sampled_from(WORDS)),
    st.tuples(st.just("tags"), replica, actor, st.sets(st.sampled_from(TAGS))),
    st.tuples(st.just("delete"), replica, actor),
    st.tuples(st.just("erase"), replica, actor),
    st.tuples(st.just("exchange"), replica, replica),
)


class World:
    def __init__(self, tmp_path, monkeypatch) -> None:
        self.stores = open_replicas(tmp_path, monkeypatch, REPLICAS)
        first = self.stores[0]
        self.locality = LocalityService(first).create(LocalityData(name="Lipník")).id
        self.actors = [ActorService(first).create(self.locality, ActorData(
            name=f"Jana Čurejová {n}", email=f"jana{n}@example.cz")).id for n in range(ACTORS)]
        for source, target in itertools.permutations(self.stores, 2):
            exchange(source, target)
        #: (table, row, field, element) -> [(stamp, base, value)] of every local write made
        self.writes: dict[tuple, list[tuple[str, str]]] = {}

    def run(self, op) -> None:
        kind, i, *rest = op
        store = self.stores[i]
        if kind == "exchange":
            if i != rest[0]:
                exchange(store, self.stores[rest[0]])
            return
        if local_edit(store, self.locality, self.actors, kind, rest):
            record_writes(store, self.writes)

    def settle(self) -> None:
        for _round in range(2):
            for source, target in itertools.permutations(self.stores, 2):
                exchange(source, target)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(operation, max_size=14))
def test_three_replicas_converge_lose_nothing_silently_and_erasure_wins(
        tmp_path_factory, monkeypatch, ops):
    tmp_path = tmp_path_factory.mktemp("replicas")
    world = World(tmp_path, monkeypatch)
    try:
        for op in ops:
            world.run(op)
        world.settle()
        dumps = [dump(store) for store in world.stores]
        assert dumps[0] == dumps[1] == dumps[2]  # P1

        final = {}
        lost = set()
        with world.stores[0].reading() as session:
            for v in session.scalars(select(FieldVersion)):
                value = (not v.removed if v.element
                         else dumps[0][v.table_name][v.row_id][v.field])
                final[(v.table_name, v.row_id, v.field, v.element)] = (v.stamp, value)
        for store in world.stores:
            with store.reading() as session:
                lost |= {(c.table_name, c.row_id, c.field, c.element, c.lost_stamp)
                         for c in session.scalars(select(SyncConflict))}
        for key, writes in world.writes.items():  # P2
            if key[2] in ("deleted", "erased"):
                continue  # one-way: nothing a user typed is lost
            for stamp, _base, value in writes:
                if stamp == final[key][0] or value == final[key][1]:
                    continue  # it holds, or the value that holds is the same
                seen = any(base == stamp or (replica_of(other) == replica_of(stamp)
                                             and other > stamp) for other, base, _v in writes)
                assert seen or (*key, stamp) in lost, f"{key} {stamp} lost silently"

        for actor_id in world.actors:  # P7
            row = dumps[0]["actors"][actor_id]
            if row["erased"]:
                assert row["name"] == ANONYMOUS_NAME and row["email"] == ""

        store = world.stores[1]  # P3
        before, seq = dump(store), store.change_seq()
        for other in (world.stores[0], world.stores[2]):
            again = apply_changes(store, changes_since(other).changes, origin=other.replica_id)
            assert again.applied == 0
        assert dump(store) == before and store.change_seq() == seq
    finally:
        for store in world.stores:
            store.dispose()
        shutil.rmtree(tmp_path, ignore_errors=True)
