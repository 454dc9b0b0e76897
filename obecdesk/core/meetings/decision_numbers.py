"""Decision numbers (``PS-B 2025/07``): one replica gives final numbers, the others provisional.

A number printed in published minutes must never change and never point at two decisions, even
when two laptops record decisions of the same body while apart. So every locality has one
*numbering replica* (``Locality.numbering_replica_id``: the installation that created the
locality, normally the coordinator's laptop; a store upgraded from before this rule numbers the
localities it holds; a copy of the numbering replica — restored, moved, upgraded — takes the role
over from its ancestor). Only that replica gives final numbers, one more than the highest of the
series, inside a write transaction from its first read. Any other replica (HQ, a colleague's
laptop) records the decision with a **provisional** code, ``PS-B 2025/P-3f2a`` (``P-`` and the
start of the decision's id, number 0), printed and shown with the word "prozatímní". When the
numbering replica receives such a decision, :func:`finalize_provisional` gives it the next final
number; the code then travels back like any edit. Minutes should be published once their codes
are final. :func:`duplicate_decision_codes` finds any code that still points at two live
decisions (after a merge, or a hand-over of the numbering replica); the merge writes them to the
conflict log. Full text for users: ``docs/decision-numbers.md``.

Series: a body's decisions form one series per calendar year of the meeting date; meetings
without a body number per locality, kind and year with the code ``VS`` (veřejné setkání) or
``KS`` (kulatý stůl). A number is never reused, not even after its decision is deleted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.vocabulary.meetings import MeetingKind
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.store.models import Body, Decision, Locality, LocalReplica, Meeting

#: codes of decision series for meetings without a body
SERIES_WITHOUT_BODY = {MeetingKind.PUBLIC.value: "VS", MeetingKind.ROUND_TABLE.value: "KS"}
#: fallback codes for bodies whose code was left empty
SERIES_BY_BODY_KIND = {
    BodyKind.PARTNERSHIP.value: "LP", BodyKind.STEERING_GROUP.value: "ŘT",
    BodyKind.WORKING_GROUP.value: "PS", BodyKind.OTHER.value: "ORG",
}
#: what marks a provisional code after the year: ``PS-B 2025/P-3f2a``
PROVISIONAL_MARK = "P-"


def series_prefix(session: Session, meeting: Meeting) -> str:
    if meeting.body_id is None:
        return SERIES_WITHOUT_BODY.get(meeting.kind, "LP")
    body = session.get(Body, meeting.body_id)
    code = (body.code or "").strip() if body else ""
    return code or SERIES_BY_BODY_KIND.get(body.kind if body else "", "ORG")


def _series(query, meeting: Meeting):
    if meeting.body_id is not None:
        return query.where(Meeting.body_id == meeting.body_id)
    return query.where(Meeting.locality_id == meeting.locality_id, Meeting.body_id.is_(None),
                       Meeting.kind == meeting.kind)


def next_number(session: Session, meeting: Meeting, year: int) -> int:
    """One more than the highest final number of the series, tombstones included."""
    query = select(func.max(Decision.number)).join(Meeting, Meeting.id == Decision.meeting_id)
    return (session.scalar(_series(query.where(Decision.year == year), meeting)) or 0) + 1


def decision_code(prefix: str, year: int, number: int) -> str:
    return f"{prefix} {year}/{number:02d}"


def provisional_code(prefix: str, year: int, decision_id: str) -> str:
    return f"{prefix} {year}/{PROVISIONAL_MARK}{decision_id[:4]}"


def is_provisional(code: str) -> bool:
    return f"/{PROVISIONAL_MARK}" in code


def _this_replica(session: Session) -> tuple[str, str]:
    """This replica's id and the replica it was copied from ("" when none)."""
    row = session.execute(select(LocalReplica.id, LocalReplica.ancestor_id)).first()
    return (row[0], row[1] or "") if row else ("", "")


def _owners_here(session: Session) -> tuple[str, ...]:
    """Values of ``numbering_replica_id`` that mean "this replica numbers"."""
    mine, ancestor = _this_replica(session)
    return ("", mine, ancestor) if ancestor else ("", mine)


def numbers_here(session: Session, locality_id: str) -> bool:
    """Whether this replica gives the final numbers of the locality's decisions.

    A copy of the numbering replica (a store upgraded, restored or moved to a new laptop
    becomes a new replica that records its ancestor) numbers in its place, and takes the role
    over for good when it gives its first number (:func:`_take_over`).
    """
    owner = session.scalar(select(Locality.numbering_replica_id)
                           .where(Locality.id == locality_id))
    return owner is None or owner in _owners_here(session)


def _take_over(session: Session, locality_id: str) -> None:
    mine, _ancestor = _this_replica(session)
    locality = session.get(Locality, locality_id)
    if locality is not None and locality.numbering_replica_id not in ("", mine):
        locality.numbering_replica_id = mine


def number_decision(session: Session, meeting: Meeting, row: Decision) -> None:
    """Give a new decision its code: the next final number here, else a provisional one."""
    year = meeting.date.year
    prefix = series_prefix(session, meeting)
    row.year = year
    if numbers_here(session, meeting.locality_id):
        _take_over(session, meeting.locality_id)
        _finalize(session, _series(_provisional_query(), meeting))
        row.number = next_number(session, meeting, year)
        row.code = decision_code(prefix, year, row.number)
    else:
        row.number = 0
        row.code = provisional_code(prefix, year, row.id)


def _provisional_query():
    return (select(Decision, Meeting).join(Meeting, Meeting.id == Decision.meeting_id)
            .where(Decision.number == 0, Decision.deleted.is_(False))
            .order_by(Meeting.date, Decision.updated_at, Decision.id))


def _finalize(session: Session, query) -> list[str]:
    done = []
    for row, meeting in session.execute(query).all():
        row.number = next_number(session, meeting, row.year)
        row.code = decision_code(series_prefix(session, meeting), row.year, row.number)
        session.flush()  # the next one counts this number
        done.append(row.id)
    return done


def finalize_provisional(session: Session) -> list[str]:
    """On the numbering replica, give final numbers to provisional decisions of its localities.

    Meant for the merge (after applying another replica's changes, inside its transaction,
    begun ``immediate``): in order of meeting date, each gets the next number of its series.
    Returns the ids of the decisions that were numbered; elsewhere it changes nothing.
    """
    query = _provisional_query().join(Locality, Locality.id == Meeting.locality_id).where(
        Locality.numbering_replica_id.in_(_owners_here(session)))
    done = _finalize(session, query)
    for locality_id in {session.get(Meeting, session.get(Decision, d).meeting_id).locality_id
                        for d in done}:
        _take_over(session, locality_id)
    return done


@dataclass(frozen=True)
class DuplicateCode:
    """A final code of one series that points at more than one live decision."""

    code: str
    locality_id: str
    #: the decisions sharing the code, oldest stamp first
    decision_ids: tuple[str, ...]


def duplicate_decision_codes(session: Session) -> list[DuplicateCode]:
    """Every final code that two or more live decisions of one series share (none should)."""
    query = (select(Decision.id, Decision.code, Meeting.locality_id, Meeting.body_id,
                    Meeting.kind)
             .join(Meeting, Meeting.id == Decision.meeting_id)
             .where(Decision.deleted.is_(False), Meeting.deleted.is_(False),
                    Decision.number > 0)
             .order_by(Decision.updated_at, Decision.id))
    groups: dict[tuple, list[str]] = defaultdict(list)
    for decision_id, code, locality_id, body_id, kind in session.execute(query):
        series = (locality_id, body_id or f"kind:{kind}")
        groups[(*series, code)].append(decision_id)
    return [DuplicateCode(code, locality_id, tuple(ids))
            for (locality_id, _series_id, code), ids in sorted(groups.items())
            if len(ids) > 1]
