"""The one way to take a person's values out of the conflict log (erasure, local or merged)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from obecdesk.store.models import SyncConflict


def forget_conflict_values(session: Session, table: str, row_id: str) -> None:
    """Blank the kept and lost values of every conflict entry about one row."""
    session.execute(update(SyncConflict).where(
        SyncConflict.table_name == table, SyncConflict.row_id == row_id
    ).values(kept_value=None, lost_value=None))


def forget_conflict_text(session: Session, table: str, fields: Iterable[str],
                         values: set[str]) -> None:
    """Blank the kept or lost value of entries about ``table.field`` that is one of ``values``
    (a person's name copied into another record: erasure replaces the copies, and the log must
    not keep the name either)."""
    entries = session.scalars(select(SyncConflict).where(
        SyncConflict.table_name == table, SyncConflict.field.in_(list(fields))))
    for entry in entries:
        if isinstance(entry.kept_value, str) and entry.kept_value.strip() in values:
            entry.kept_value = None
        if isinstance(entry.lost_value, str) and entry.lost_value.strip() in values:
            entry.lost_value = None
