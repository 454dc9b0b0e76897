"""Kontrola úkolů in the meeting that reviews them: buttons under the review list, and recording
a review through the service (at once: it changes tasks of earlier meetings, not this draft)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.vocabulary.meetings import ReviewOutcome
from obecdesk.errors import UserError
from obecdesk.ui.errors import show_error
from obecdesk.ui.meetings.review_dialog import ReviewDialog


def review_buttons(tab) -> QHBoxLayout:
    """"Splněno" and "Odložit / komentovat…" for the selected row of ``tab.review_table``;
    they emit ``tab.review_requested(task id, outcome or "")``."""
    done = QPushButton(tab.tr("Splněno"))
    done.setObjectName("review-done")
    other = QPushButton(tab.tr("Odložit / komentovat…"))
    other.setObjectName("review-other")

    def ask(outcome: str) -> None:
        rows = tab.review_table.selectionModel().selectedRows()
        if rows:
            tab.review_requested.emit(tab.review_model.row_at(rows[0].row()).id, outcome)

    done.clicked.connect(lambda: ask(ReviewOutcome.DONE.value))
    other.clicked.connect(lambda: ask(""))
    row = QHBoxLayout()
    row.addWidget(done)
    row.addWidget(other)
    row.addStretch(1)
    return row


def run_review(parent: QWidget, service: MeetingService, detail: MeetingDetail, item_id: str,
               outcome: str) -> MeetingDetail | None:
    """Record the review (asking for the outcome, date and comment unless it is "done");
    the detail with the new review list, or ``None`` when cancelled or refused."""
    item = next((i for i in detail.to_review if i.id == item_id), None)
    if item is None:
        return None
    due, comment = None, ""
    if not outcome:
        dialog = ReviewDialog(item, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        outcome, due, comment = dialog.values()
    try:
        service.reviews.review(detail.meeting.id, item_id, outcome, new_due_date=due,
                               comment=comment)
        fresh = service.detail(detail.meeting.id)
    except UserError as exc:
        show_error(parent, str(exc))
        return None
    return replace(detail, to_review=fresh.to_review, reviews=fresh.reviews)
