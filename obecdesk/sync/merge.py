"""The merge: apply another replica's field changes, per field, so that replicas converge.

Per field the newest write wins by (HLC stamp, replica id) — the stamp ends with the replica id,
so comparing stamps as text is exactly that order. A value that loses is written to the conflict
log when it was concurrent with the winner: the winner's writer had not seen it (see
``_concurrent``). One-way fields only move forward, set elements merge one by one, derived
fields are recomputed here, and an erased person stays erased whatever the stamps.
Applying the same changes twice changes nothing (P3); the whole batch is one transaction (P4).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from itertools import groupby
from operator import attrgetter
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from obecdesk.core.records import assign
from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.store import Store
from obecdesk.store.conflict_values import forget_conflict_values
from obecdesk.store.hlc import replica_of
from obecdesk.store.models import MODEL_BY_TABLE, SYNCED_MODELS, Actor
from obecdesk.store.sync_policy import Policy
from obecdesk.store.versions import change_seq, write_change_versions
from obecdesk.sync.conflict_log import ConflictKind, log_conflict
from obecdesk.sync.field_changes import FieldChange, from_wire, to_wire
from obecdesk.sync.merge_followups import follow_up
from obecdesk.sync.merge_guards import StampGuard
from obecdesk.sync.merge_insert import NewRows, bulk_insertable, new_row_values
from obecdesk.sync.merge_preload import preload
from obecdesk.sync.merge_rules import (
    MergeResult,
    concurrent,
    current_value,
    erased_values,
    is_erased,
    newly_erased,
    write_row,
)

_ORDER = {model.__tablename__: i for i, model in enumerate(SYNCED_MODELS)}
_STAMP = attrgetter("stamp")
_ROW = attrgetter("table", "row_id")


class _Merge(StampGuard):
    """One batch being applied inside one unit of work."""

    def __init__(self, store: Store, session: Session, origin: str, now_ms: int,
                 keys: Iterable[tuple[str, str]]) -> None:
        self.store, self.session, self.origin, self.now_ms = store, session, origin, now_ms
        self.result = MergeResult()
        self.rows, self.versions = preload(session, keys)
        #: the changes that won: their versions are written all at once after the batch
        self.written: list[FieldChange] = []
        #: rows this store does not have yet, inserted in bulk after the batch
        self.new_rows = NewRows(session)
        #: (locality, actor, name before erasure) of people this batch erases
        self.erased: list[tuple[str, str, str]] = []

    def apply_row(self, table: str, row_id: str, changes: list[FieldChange]) -> None:
        model = MODEL_BY_TABLE.get(table)
        if not self.all_acceptable(changes, model):
            changes = [c for c in changes if self.acceptable(c, model)]
            if not changes:
                return
        policy = model.__sync__
        versions = self.versions.get((table, row_id), {})
        obj = self.rows.get((table, row_id))
        if obj is None and not versions and bulk_insertable(model):  # nothing to compare
            self.result.created.add((table, row_id))
            newest = self._record(changes)
            self.new_rows.add(model, row_id, *new_row_values(model, changes), newest,
                              replica_of(newest))
            return
        values: dict[str, Any] = {}
        elements: dict[str, dict[str, bool]] = defaultdict(dict)
        written: list[FieldChange] = []  # the versions the row takes
        lost: list[tuple[FieldChange, tuple[str, Any], tuple[str, Any]]] = []
        for change in changes:
            local = versions.get((change.field, change.element))
            kind = policy.of(change.field)
            remote = from_wire(model, change.field, change.value)
            current = current_value(obj, change, local)
            if local is not None and change.stamp == local.stamp:
                same = current == (not change.removed if kind is Policy.SET else remote)
                if same or is_erased(obj):  # an erased person's fields differ on purpose
                    self.result.unchanged += 1
                else:
                    self.fork(change, "Dvě různé hodnoty se stejným časovým razítkem: dvě kopie "
                                      "databáze používají stejné id repliky.")
                continue
            newer = local is None or change.stamp > local.stamp
            if kind is Policy.ONE_WAY:
                # the version is the one of the value that holds, so that relaying replicas
                # pass a forward move on even when its stamp is older
                moves = obj is None or (remote != current and policy.forward(
                    change.field, current, remote) == remote)
                if moves:
                    values[change.field] = remote
                newer = moves or (remote == current and newer)
            elif kind is Policy.SET:
                present = not change.removed
                if newer:
                    elements[change.field][change.element] = present
                if present != current and local and concurrent(change, local, newer):
                    theirs, mine = (change.stamp, present), (local.stamp, current)
                    lost.append((change, *((theirs, mine) if newer else (mine, theirs))))
            else:
                if newer:
                    values[change.field] = remote
                if remote != current and local and concurrent(change, local, newer):
                    theirs = (change.stamp, change.value)
                    mine = (local.stamp, to_wire(current))
                    lost.append((change, *((theirs, mine) if newer else (mine, theirs))))
            if newer:
                written.append(change)
        if not written and not values and not lost:
            return
        if newly_erased(obj, values):  # its name's copies elsewhere go after the batch
            self.erased.append((obj.locality_id, obj.id, obj.name))
        if obj is None:
            self.result.created.add((table, row_id))
        obj = write_row(self.session, model, obj, row_id, values, elements, versions)
        self._after(model, obj, written, lost)

    def _after(self, model, obj, written, lost) -> None:
        """Erasure wins, derived fields follow, then the versions, envelope and clock."""
        erased = is_erased(obj)
        if erased:
            for column, value in erased_values(obj).items():
                if getattr(obj, column) != value:
                    setattr(obj, column, value)
            forget_conflict_values(self.session, model.__tablename__, obj.id)
        if isinstance(obj, Actor):
            assign(obj, derived_values(obj))
        for change, kept, gone in lost:
            if erased:
                kept, gone = (kept[0], None), (gone[0], None)
            if log_conflict(self.session, kind=ConflictKind.CONCURRENT, table=change.table,
                            row_id=change.row_id, field=change.field, element=change.element,
                            kept=kept, lost=gone):
                self.result.conflicts += 1
        if written:
            newest = self._record(written)
            if newest > (obj.updated_at or ""):
                obj.updated_at, obj.replica_id = newest, replica_of(newest)

    def _record(self, written: list[FieldChange]) -> str:
        """Queue the versions of a row's winning changes; the newest stamp, which bounds all of
        the row's."""
        change_seq(self.session, origin=self.origin)
        self.written += written
        newest = max(map(_STAMP, written))
        self.store.clock.observe(newest)
        self.result.applied += len(written)
        return newest


def apply_changes(store: Store, changes: Iterable[FieldChange], *, origin: str,
                  now_ms: int | None = None) -> MergeResult:
    """Merge ``changes`` from replica ``origin`` into ``store`` in one transaction."""
    with store.unit_of_work(keep_stamps=True, immediate=True) as session:
        return merge_in_session(store, session, changes, origin=origin, now_ms=now_ms)


def merge_in_session(store: Store, session: Session, changes: Iterable[FieldChange], *,
                     origin: str, now_ms: int | None = None) -> MergeResult:
    """The merge inside a unit of work the caller opened with ``keep_stamps=True`` (a bundle
    import records what it read in the same transaction)."""
    grouped: dict[tuple[str, str], list[FieldChange]] = defaultdict(list)
    for key, run in groupby(changes, _ROW):  # a row's changes mostly come together
        grouped[key].extend(run)
    now = now_ms if now_ms is not None else int(time.time() * 1000)
    # parents and children come in any order: links are checked at commit
    session.execute(text("PRAGMA defer_foreign_keys = ON" if store.engine.dialect.name == "sqlite"
                         else "SET CONSTRAINTS ALL DEFERRED"))  # PostgreSQL: see migrations/env.py
    merge = _Merge(store, session, origin, now, grouped)
    with session.no_autoflush:  # one flush for the batch, not one per row read
        for table, row_id in sorted(grouped, key=lambda k: (_ORDER.get(k[0], 99), k[1])):
            merge.apply_row(table, row_id, grouped[(table, row_id)])
    merge.new_rows.insert()
    session.flush()
    if merge.written:
        write_change_versions(session, merge.written, change_seq(session))
    merge.result.conflicts += follow_up(session, merge.erased)
    return merge.result
