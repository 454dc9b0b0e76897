"""Two field laptops and HQ exchange real bundle files in random orders, with duplicates and
drops, between random edits, deletes and erasures (DESIGN.md §4).

P1 all three converge; P2 every value lost to a concurrent write is in a conflict log; P3 reading
any bundle again (or a stale one late) changes nothing; P7 erasure wins everywhere; P8 once all
is acknowledged, bundles carry nothing.
"""

from __future__ import annotations

import shutil

from bundle_support import field_and_hq, receive, send
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_support import dump, local_edit, record_writes

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME
from obecdesk.store.hlc import replica_of
from obecdesk.store.models import FieldVersion, SyncConflict
from obecdesk.sync.bundle_import import ImportStatus, import_bundle
from obecdesk.sync.bundles import export_bundle
from obecdesk.sync.peers import share_locality

FIELDS, HQ = (0, 1), 2
ACTORS = 2
WORDS = ["Olomoucký", "Zlínský", "Vysočina"]
TAGS = ["škola", "úřad", "NNO"]

replica = st.integers(0, 2)
actor = st.integers(0, ACTORS - 1)
operation = st.one_of(
    st.tuples(st.just("region"), replica, st.sampled_from(WORDS)),
    st.tuples(st.just("themes"), replica, st.sets(st.sampled_from(["housing", "debt", "health"]))),
    st.tuples(st.just("role"), replica, actor, st.sampled_from(WORDS)),
    st.tuples(st.just("tags"), replica, actor, st.sets(st.sampled_from(TAGS))),
    st.tuples(st.just("delete"), replica, actor),
    st.tuples(st.just("erase"), replica, actor),
    st.tuples(st.just("send"), st.sampled_from(FIELDS), st.booleans()),
    st.tuples(st.just("deliver"), st.integers(0, 50)),
    st.tuples(st.just("deliver"), st.integers(0, 50)),
)


class World:
    def __init__(self, tmp_path, monkeypatch) -> None:
        fields, hq = field_and_hq(tmp_path, monkeypatch, fields=2)
        self.stores = [*fields, hq]
        self.folder = tmp_path / "mail"
        self.folder.mkdir()
        first = self.stores[0]
        self.locality = LocalityService(first).create(LocalityData(name="Lipník")).id
        self.actors = [ActorService(first).create(self.locality, ActorData(
            name=f"Jana Čurejová {n}", email=f"jana{n}@example.cz")).id for n in range(ACTORS)]
        for field in fields:
            receive(hq, send(field, hq, self.folder), field)
        share_locality(hq, self.locality, fields[1].replica_id)
        for field in fields:
            receive(field, send(hq, field, self.folder))
        #: bundle files written so far, each with its recipient (some never delivered)
        self.outbox: list[tuple[object, object]] = []
        self.writes: dict[tuple, list[tuple[str, str, object]]] = {}

    def run(self, op) -> None:
        kind, *rest = op
        if kind == "send":
            field, to_hq = self.stores[rest[0]], rest[1]
            source, target = (field, self.stores[HQ]) if to_hq else (self.stores[HQ], field)
            self.outbox.append((send(source, target, self.folder), target))
            return
        if kind == "deliver":
            if self.outbox:
                path, target = self.outbox[rest[0] % len(self.outbox)]
                assert import_bundle(target, path).status is not ImportStatus.REFUSED
            return
        i, *rest = rest
        store = self.stores[i]
        if local_edit(store, self.locality, self.actors, kind, rest):
            record_writes(store, self.writes)

    def round(self) -> list[int]:
        """Every field laptop sends to HQ and hears back; the numbers of changes carried."""
        carried = []
        hq = self.stores[HQ]
        for i in FIELDS:
            for source, target in ((self.stores[i], hq), (hq, self.stores[i])):
                path = self.folder / f"round-{len(list(self.folder.iterdir()))}.obecbundle"
                carried.append(export_bundle(source, to=target.replica_id, out=path).changes)
                assert import_bundle(target, path).status is ImportStatus.IMPORTED
        return carried


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(operation, max_size=16))
def test_field_laptops_and_hq_converge_through_bundle_files(tmp_path_factory, monkeypatch, ops):
    tmp_path = tmp_path_factory.mktemp("bundles")
    world = World(tmp_path, monkeypatch)
    try:
        for op in ops:
            world.run(op)
        world.round()
        world.round()
        assert world.round() == [0, 0, 0, 0]  # P8: acknowledged, nothing left to carry
        dumps = [dump(store) for store in world.stores]
        assert dumps[0] == dumps[1] == dumps[2]  # P1

        final = {}
        with world.stores[HQ].reading() as session:
            for v in session.scalars(select(FieldVersion)):
                value = not v.removed if v.element else dumps[0][v.table_name][v.row_id][v.field]
                final[(v.table_name, v.row_id, v.field, v.element)] = (v.stamp, value)
        lost = set()
        for store in world.stores:
            with store.reading() as session:
                lost |= {(c.table_name, c.row_id, c.field, c.element, c.lost_stamp)
                         for c in session.scalars(select(SyncConflict))}
        for key, writes in world.writes.items():  # P2
            if key[2] in ("deleted", "erased"):
                continue
            for stamp, _base, value in writes:
                if stamp == final[key][0] or value == final[key][1]:
                    continue
                seen = any(base == stamp or (replica_of(other) == replica_of(stamp)
                                             and other > stamp) for other, base, _v in writes)
                assert seen or (*key, stamp) in lost, f"{key} {stamp} lost silently"

        for actor_id in world.actors:  # P7
            row = dumps[0]["actors"][actor_id]
            if row["erased"]:
                assert row["name"] == ANONYMOUS_NAME and row["email"] == ""

        for path, target in world.outbox:  # P3: again, or late, changes nothing
            import_bundle(target, path)
        assert [dump(store) for store in world.stores] == dumps
    finally:
        for store in world.stores:
            store.dispose()
        shutil.rmtree(tmp_path, ignore_errors=True)
