"""Conflict resolutions as they travel in bundles, so a conflict resolved on one replica is not
offered for review again on the others.

The same pair of versions (the kept stamp and the lost stamp of one field) names the same conflict
on every replica that logged it, so that pair is what travels.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from obecdesk.store.models import SyncConflict
from obecdesk.sync.conflict_log import ConflictKind

ResolutionKey = tuple[str, str, str, str, str, str]


def resolution_keys(session: Session) -> list[ResolutionKey]:
    """Every resolved concurrent conflict here, as (table, row id, field, element, kept stamp,
    lost stamp): the same pair of versions names the same conflict on every replica."""
    rows = session.execute(
        select(SyncConflict.table_name, SyncConflict.row_id, SyncConflict.field,
               SyncConflict.element, SyncConflict.kept_stamp, SyncConflict.lost_stamp)
        .where(SyncConflict.kind == ConflictKind.CONCURRENT, SyncConflict.resolved.is_(True))
        .order_by(SyncConflict.id))
    return [tuple(r) for r in rows]


def apply_resolutions(session: Session, keys: Iterable[ResolutionKey]) -> int:
    """Mark the entries another replica resolved as resolved here; returns how many changed."""
    wanted = {tuple(k) for k in keys}
    if not wanted:
        return 0
    columns = (SyncConflict.table_name, SyncConflict.row_id, SyncConflict.field,
               SyncConflict.element, SyncConflict.kept_stamp, SyncConflict.lost_stamp)
    changed = 0
    ordered = sorted(wanted)
    for start in range(0, len(ordered), 200):
        chunk = ordered[start:start + 200]
        for conflict in session.scalars(select(SyncConflict).where(
                SyncConflict.kind == ConflictKind.CONCURRENT, SyncConflict.resolved.is_(False),
                tuple_(*columns).in_(chunk))):
            conflict.resolved = True
            changed += 1
    return changed
