"""What a merge does after the rows are in: this replica's own follow-up edits."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from obecdesk.core.mediation.notes import forget_deleted_texts
from obecdesk.core.meetings.decision_numbers import (
    duplicate_decision_codes,
    finalize_provisional,
)
from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME
from obecdesk.core.stakeholders.name_copies import replace_name_copies
from obecdesk.sync.conflict_log import ConflictKind, log_conflict


def follow_up(session: Session, erased: Sequence[tuple[str, str, str]] = ()) -> int:
    """Replace the copies of a person's name the batch erased, number received provisional
    decisions here if this replica numbers their locality, blank the local text of mediation
    notes deleted elsewhere, and log any decision code two live decisions share; returns the
    new conflict entries.

    They go into a change batch of their own: a delta skips the batch merged from a replica
    (it has what it sent), and would never carry them back to it."""
    # what follows are this replica's own edits, stamped and versioned as such
    session.info["keep_stamps"] = False
    merged = session.info.pop("seq", None)
    try:
        logged = _own_edits(session, erased)
        session.flush()  # their versions take their batch now, not the merged one
    finally:
        if merged is not None:  # the receipt still names the batch it merged
            session.info["seq"] = merged
    return logged


def _own_edits(session: Session, erased: Sequence[tuple[str, str, str]]) -> int:
    for locality_id, actor_id, name in erased:
        # rows the erasing replica did not have, and the conflict log's copies of the name
        replace_name_copies(session, locality_id, actor_id, name, ANONYMOUS_NAME)
    finalize_provisional(session)
    forget_deleted_texts(session)  # a mediation note deleted elsewhere keeps no text here
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
