"""What a merge does after the rows are in: this replica's own follow-up edits."""

from __future__ import annotations

from sqlalchemy.orm import Session

from obecdesk.core.meetings.decision_numbers import (
    duplicate_decision_codes,
    finalize_provisional,
)
from obecdesk.sync.conflict_log import ConflictKind, log_conflict


def follow_up(session: Session) -> int:
    """Number received provisional decisions here if this replica numbers their locality, and
    log any decision code two live decisions share; returns the new conflict entries."""
    # what follows are this replica's own edits, stamped and versioned as such
    session.info["keep_stamps"] = False
    finalize_provisional(session)
    logged = 0
    for duplicate in duplicate_decision_codes(session):
        for decision_id in duplicate.decision_ids[1:]:
            logged += log_conflict(
                session, kind=ConflictKind.DUPLICATE_CODE, table="decisions",
                row_id=decision_id, field="code", kept=("", duplicate.code),
                lost=(decision_id, duplicate.code),
                message=f"Číslo usnesení {duplicate.code} má více usnesení; před zveřejněním "
                        "zápisu je přečíslujte.")
    return logged
