"""How HQ's review shows on an item: a colour per state and the text "vráceno k opravě: …",
the same on the value grid, the plan tree, the projects and the list of HQ's notes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QStandardItem

from obecdesk.core.review_queries import ItemReview
from obecdesk.core.vocabulary.reviews import URGENCY, ReviewKind, ReviewState
from obecdesk.ui.i18n import tr_context

#: (text colour, cell background) of each state
REVIEW_COLOURS = {
    ReviewState.RETURNED: ("#c62828", "#ffd9d9"),
    ReviewState.CORRECTED: ("#1565c0", "#dbe9ff"),
    ReviewState.APPROVED: ("#2e7d32", "#dcf3dc"),
    ReviewState.COMMENT: ("#6d4c41", "#f1ece4"),
}


def state_label(state: str) -> str:
    return tr_context("Vocabulary", ReviewState.label_of(state))


def kind_label(kind: str) -> str:
    return tr_context("Vocabulary", ReviewKind.label_of(kind))


def review_text(review: ItemReview | None) -> str:
    """``vráceno k opravě: doplňte zdroj`` (translated), "" for an item nobody reviewed."""
    return review.text(state_label(review.state)) if review is not None else ""


def review_colour(review: ItemReview | None, *, background: bool = False) -> QColor | None:
    if review is None:
        return None
    return QColor(REVIEW_COLOURS[ReviewState(review.state)][1 if background else 0])


def most_urgent(reviews: dict[tuple[str, str], ItemReview], kind: str,
                keys: list[str]) -> ItemReview | None:
    """Of the reviews of ``keys`` (an indicator's values), the one to show first: returned
    before corrected, commented and approved; the newest of equals."""
    found = [r for key in keys if (r := reviews.get((kind, key))) is not None]
    found.sort(key=lambda r: r.created_at, reverse=True)
    return min(found, key=lambda r: URGENCY.index(ReviewState(r.state)), default=None)


def mark_row(item: QStandardItem, review: ItemReview | None) -> None:
    """HQ's review on a row of the plan tree: the state's background on the name, and
    "vráceno k opravě: …" after the status in the next column."""
    if review is None:
        return
    item.setBackground(review_colour(review, background=True))
    item.setToolTip(review_text(review))
    parent = item.parent() or item.model().invisibleRootItem()
    state = parent.child(item.row(), 1)
    state.setText(f"{state.text()} · {review_text(review)}" if state.text()
                  else review_text(review))
    state.setToolTip(review_text(review))
