"""The one way to take a person's values out of the conflict log (erasure, local or merged)."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from obecdesk.store.models import SyncConflict


def forget_conflict_values(session: Session, table: str, row_id: str) -> None:
    """Blank the kept and lost values of every conflict entry about one row."""
    session.execute(update(SyncConflict).where(
        SyncConflict.table_name == table, SyncConflict.row_id == row_id
    ).values(kept_value=None, lost_value=None))
