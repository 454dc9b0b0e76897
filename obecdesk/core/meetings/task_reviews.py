"""Kontrola úkolů: the meeting that reviews a body's open tasks records what became of each.

Each open task of the body from an earlier meeting can be marked done (on the reviewing
meeting's day), postponed to a new due date, or left running with a comment. The decision is a
row of ``task_reviews`` under the natural-key id of (reviewing meeting, task), so reviewing the
same task again at the same meeting replaces the earlier entry, and two replicas reviewing it
apart land on one row. The task itself changes accordingly (state, done date, due date), and the
minutes of the reviewing meeting list the reviewed tasks with their new state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.action_items import ActionItemInfo, action_item_of, change_status
from obecdesk.core.meetings.minutes_lock import check_unlocked
from obecdesk.core.records import assign, get_live, natural_row
from obecdesk.core.vocabulary.meetings import ActionStatus, ReviewOutcome
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import ActionItem, Meeting, TaskReview
from obecdesk.store.natural_keys import task_review_id


@dataclass(frozen=True)
class TaskReviewInfo:
    """What the reviewing meeting decided about one task."""

    action_item_id: str
    meeting_id: str
    outcome: str
    new_due_date: dt.date | None
    comment: str

    @property
    def state_text(self) -> str:
        """"splněno", "odloženo do 15. 1. 2027" or "trvá", with the comment after a semicolon."""
        if self.outcome == ReviewOutcome.POSTPONED and self.new_due_date:
            text = f"{ReviewOutcome.label_of(self.outcome)} do {date_text(self.new_due_date)}"
        else:
            text = ReviewOutcome.label_of(self.outcome)
        return f"{text}; {self.comment}" if self.comment else text


def _info(row: TaskReview) -> TaskReviewInfo:
    return TaskReviewInfo(action_item_id=row.action_item_id, meeting_id=row.meeting_id,
                          outcome=row.outcome, new_due_date=row.new_due_date,
                          comment=row.comment)


def meeting_reviews(session: Session, meeting_id: str) -> dict[str, TaskReviewInfo]:
    """Task id → what this meeting decided about it."""
    return {row.action_item_id: _info(row) for row in session.scalars(
        select(TaskReview).where(TaskReview.meeting_id == meeting_id,
                                 TaskReview.deleted.is_(False)))}


def review_task(session: Session, meeting: Meeting, item: ActionItem, outcome: str, *,
                new_due_date: dt.date | None = None, comment: str = "") -> TaskReview:
    """Record the review of ``item`` at ``meeting`` and change the task to match."""
    try:
        value = ReviewOutcome(outcome).value
    except ValueError as exc:
        raise ValidationError(f"Neznámý výsledek kontroly úkolu: {outcome}.") from exc
    if meeting.body_id is None or item.body_id != meeting.body_id \
            or item.meeting_id == meeting.id:
        raise ValidationError("Kontrolovat lze jen úkoly téhož orgánu z jeho dřívějších jednání.")
    check_unlocked(session, meeting)
    comment = comment.strip()
    if value == ReviewOutcome.POSTPONED:
        if new_due_date is None:
            raise ValidationError("Odložený úkol potřebuje nový termín.")
        if item.due_date is not None and new_due_date <= item.due_date:
            raise ValidationError(
                f"Nový termín musí být po dosavadním ({date_text(item.due_date)}).")
        assign(item, {"due_date": new_due_date})
    else:
        new_due_date = None
    if value == ReviewOutcome.DONE:
        change_status(item, ActionStatus.DONE.value, meeting.date)
    elif item.status == ActionStatus.DONE:  # reviewed again: no longer done
        change_status(item, ActionStatus.OPEN.value)
    row = session.get(TaskReview, task_review_id(meeting.id, item.id))
    values = {"meeting_id": meeting.id, "action_item_id": item.id, "outcome": value,
              "new_due_date": new_due_date, "comment": comment}
    if row is not None and not row.deleted:
        assign(row, values)
    else:
        row = natural_row(session, TaskReview, task_review_id(meeting.id, item.id), values)
    session.flush()
    return row


class TaskReviewService:
    """Review the open tasks of a body at its next meeting; each call is one unit of work."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def review(self, meeting_id: str, item_id: str, outcome: str, *,
               new_due_date: dt.date | None = None, comment: str = "") -> TaskReviewInfo:
        with self.store.unit_of_work() as session:
            meeting = get_live(session, Meeting, meeting_id, "Jednání")
            return _info(review_task(session, meeting, action_item_of(session, item_id),
                                     outcome, new_due_date=new_due_date, comment=comment))

    def of_meeting(self, meeting_id: str) -> dict[str, TaskReviewInfo]:
        with self.store.reading() as session:
            get_live(session, Meeting, meeting_id, "Jednání")
            return meeting_reviews(session, meeting_id)


def reviewed_items(items: list[ActionItemInfo],
                   reviews: dict[str, TaskReviewInfo]) -> list[tuple[ActionItemInfo,
                                                                     TaskReviewInfo]]:
    """The tasks this meeting reviewed, in the order of the review list."""
    return [(item, reviews[item.id]) for item in items if item.id in reviews]
