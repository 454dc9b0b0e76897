"""The history of corrected minutes as the screens and printouts read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.store.models import MinutesVersion


@dataclass(frozen=True)
class MinutesVersionInfo:
    """The minutes before one correction, and who corrected them, when and why."""

    id: str
    meeting_id: str
    corrected_at: dt.datetime
    corrected_by: str
    reason: str
    previous_text: str

    @property
    def corrected_on(self) -> dt.date:
        """The local day of the correction (what a reprint says: "opraveno dne …")."""
        return self.corrected_at.astimezone().date()


def _info(row: MinutesVersion) -> MinutesVersionInfo:
    return MinutesVersionInfo(id=row.id, meeting_id=row.meeting_id,
                              corrected_at=dt.datetime.fromisoformat(row.corrected_at),
                              corrected_by=row.corrected_by, reason=row.reason,
                              previous_text=row.previous_text)


def minutes_versions(session: Session, meeting_id: str) -> list[MinutesVersionInfo]:
    """Corrections of the meeting's minutes, oldest first."""
    return [_info(row) for row in session.scalars(
        select(MinutesVersion).where(MinutesVersion.meeting_id == meeting_id,
                                     MinutesVersion.deleted.is_(False))
        .order_by(MinutesVersion.corrected_at, MinutesVersion.id))]
