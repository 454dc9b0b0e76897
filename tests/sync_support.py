"""Several real stores in tmp_path exchanging field changes through the merge bundles will use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import store_backends
from sqlalchemy import select

from obecdesk.core.localities import LocalityService
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.store import Store
from obecdesk.store.models import SYNCED_MODELS, FieldVersion
from obecdesk.store.sync_policy import Policy
from obecdesk.sync.conflict_log import conflicts
from obecdesk.sync.field_changes import acknowledge, unacknowledged
from obecdesk.sync.merge import apply_changes
from obecdesk.sync.merge_rules import MergeResult


def open_replicas(tmp_path: Path, monkeypatch, count: int) -> list[Store]:
    """``count`` stores, each opened by its own installation (its own config folder).

    Each starts as a copy of one migrated empty store (on the test's backend, see
    ``store_backends``): opened by another installation, a copy becomes a new replica, which is
    exactly what makes them distinct peers.
    """
    stores = []
    for n in range(count):
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / f"installation-{n}"))
        stores.append(store_backends.open_fresh(tmp_path / f"replica-{n}"))
    return stores


def exchange(source: Store, target: Store) -> MergeResult:
    """What a bundle from ``source`` to ``target`` will do: the delta, the merge, the ack."""
    feed = unacknowledged(source, target.replica_id)
    result = apply_changes(target, feed.changes, origin=source.replica_id)
    acknowledge(source, target.replica_id, feed.up_to_seq)
    return result


def dump(store: Store, *, derived: bool = False) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row's synced values (sets as sorted lists), for comparing replicas.

    Derived columns are left out unless asked for: test worlds built straight on the models
    leave them empty where a service (or the merge) would compute them.
    """
    skipped = (None, Policy.LOCAL) if derived else (None, Policy.LOCAL, Policy.DERIVED)
    data: dict[str, dict[str, dict[str, Any]]] = {}
    with store.reading() as session:
        for model in SYNCED_MODELS:
            policy = model.__sync__
            columns = [c.name for c in model.__table__.columns
                       if policy.of(c.name) not in skipped]
            rows = {}
            for row in session.scalars(select(model)):
                values = {c: getattr(row, c) for c in columns}
                for c in policy.sets:
                    values[c] = sorted(values[c] or [])
                rows[row.id] = values
            data[model.__tablename__] = rows
    return data


def conflict_values(store: Store) -> list[tuple[str, str, Any, Any]]:
    with store.reading() as session:
        return [(c.kind, c.field, c.kept_value, c.lost_value)
                for c in conflicts(session, unresolved_only=False)]


def local_edit(store: Store, locality_id: str, actor_ids: list[str], kind: str,
               args: list[Any]) -> bool:
    """One random local edit of the property tests: the locality's region or themes, or an
    actor's role, tags, deletion or erasure. False when the actor is already deleted or erased
    (nothing was written)."""
    if kind in ("region", "themes"):
        localities = LocalityService(store)
        data = localities.get(locality_id).data()
        setattr(data, kind, sorted(args[0]) if kind == "themes" else args[0])
        localities.update(locality_id, data)
        return True
    actor_id = actor_ids[args[0]]
    actors = ActorService(store)
    if dump(store)["actors"][actor_id]["deleted"] or actors.get(actor_id).erased:
        return False
    if kind == "delete":
        actors.delete(actor_id)
    elif kind == "erase":
        PersonalDataService(store).erase(actor_id)
    else:
        data = actors.get(actor_id).data()
        setattr(data, kind, sorted(args[1]) if kind == "tags" else args[1])
        actors.update(actor_id, data)
    return True


def record_writes(store: Store, writes: dict[tuple, list[tuple[str, str, Any]]]) -> None:
    """Add the versions the last local transaction wrote to ``writes`` ((table, row, field,
    element) → [(stamp, base, value)]): the oracle of P2, every lost value is logged."""
    seq = store.change_seq()
    rows = dump(store)
    with store.reading() as session:
        for v in session.scalars(select(FieldVersion).where(FieldVersion.seq == seq)):
            key = (v.table_name, v.row_id, v.field, v.element)
            value = not v.removed if v.element else rows[v.table_name][v.row_id][v.field]
            writes.setdefault(key, []).append((v.stamp, v.base, value))
