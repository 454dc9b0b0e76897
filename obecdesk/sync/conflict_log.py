"""The conflict log: every concurrent value that lost a merge, forks and quarantined stamps.

An erased person's values are never kept here: entries about an erased actor hold no values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.store.models import SyncConflict


class ConflictKind:
    CONCURRENT = "concurrent"
    FORK = "fork"
    QUARANTINE = "quarantine"
    DUPLICATE_CODE = "duplicate_code"


@dataclass(frozen=True)
class ConflictInfo:
    kind: str
    table: str
    row_id: str
    field: str
    element: str
    kept_value: Any
    lost_value: Any
    kept_stamp: str
    lost_stamp: str
    message: str


def log_conflict(session: Session, *, kind: str, table: str, row_id: str, field: str = "",
                 element: str = "", kept: tuple[str, Any] = ("", None),
                 lost: tuple[str, Any] = ("", None), message: str = "") -> bool:
    """Add one entry unless the same lost version is logged already; True when it was new."""
    exists = session.scalar(select(SyncConflict.id).where(
        SyncConflict.kind == kind, SyncConflict.table_name == table,
        SyncConflict.row_id == row_id, SyncConflict.field == field,
        SyncConflict.element == element, SyncConflict.lost_stamp == lost[0],
    ))
    if exists is not None:
        return False
    session.add(SyncConflict(
        kind=kind, table_name=table, row_id=row_id, field=field, element=element,
        kept_stamp=kept[0], kept_value=kept[1], lost_stamp=lost[0], lost_value=lost[1],
        message=message, resolved=False,
        detected_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    ))
    session.flush()
    return True


def conflicts(session: Session, *, unresolved_only: bool = True) -> list[ConflictInfo]:
    query = select(SyncConflict).order_by(SyncConflict.id)
    if unresolved_only:
        query = query.where(SyncConflict.resolved.is_(False))
    return [
        ConflictInfo(c.kind, c.table_name, c.row_id, c.field, c.element, c.kept_value,
                     c.lost_value, c.kept_stamp, c.lost_stamp, c.message)
        for c in session.scalars(query)
    ]
