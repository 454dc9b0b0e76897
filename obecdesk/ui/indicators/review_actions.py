"""Approving, returning and commenting an item at HQ, answering "opraveno" in the field: the
same actions in the notes list and in the context menus of the grid, the plan and the projects.

Which actions are offered follows the replica's role (the service refuses the others anyway);
a return, a comment and an answer ask for their text first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.reviews import ReviewService
from obecdesk.core.vocabulary.reviews import ReviewState
from obecdesk.ui.errors import run_guarded

CONTEXT = "ReviewActions"
#: state → (menu text, the question for its comment or "" for none)
ACTIONS = {
    ReviewState.APPROVED: (QT_TRANSLATE_NOOP("ReviewActions", "Schválit"), ""),
    ReviewState.RETURNED: (QT_TRANSLATE_NOOP("ReviewActions", "Vrátit k opravě…"),
                           QT_TRANSLATE_NOOP("ReviewActions", "Co je třeba opravit?")),
    ReviewState.COMMENT: (QT_TRANSLATE_NOOP("ReviewActions", "Komentovat…"),
                          QT_TRANSLATE_NOOP("ReviewActions", "Komentář:")),
    ReviewState.CORRECTED: (QT_TRANSLATE_NOOP("ReviewActions", "Opraveno…"),
                            QT_TRANSLATE_NOOP("ReviewActions", "Co bylo opraveno?")),
}
HQ_STATES = (ReviewState.APPROVED, ReviewState.RETURNED, ReviewState.COMMENT)
FIELD_STATES = (ReviewState.COMMENT, ReviewState.CORRECTED)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReviewActions:
    """Acts on one item at a time for ``parent``; the change broadcast refreshes the screens."""

    def __init__(self, reviews: ReviewService, parent: QWidget) -> None:
        self.reviews = reviews
        self.parent = parent

    def states(self) -> tuple[ReviewState, ...]:
        """What this replica may do: HQ approves, returns and comments; the field comments and
        answers."""
        return HQ_STATES if self.reviews.role() == "hq" else FIELD_STATES

    @staticmethod
    def text(state: ReviewState) -> str:
        return _tr(ACTIONS[state][0])

    def add_to(self, menu: QMenu, kind: str, item_id: str) -> list[QAction]:
        """The review actions of the item, appended to ``menu`` after a separator."""
        menu.addSeparator()
        return [menu.addAction(self.text(state),
                               lambda s=state: self.act(s, kind, item_id))
                for state in self.states()]

    def act(self, state: ReviewState, kind: str, item_id: str) -> bool:
        """Ask for the comment (when the state takes one) and record the entry."""
        comment = ""
        question = ACTIONS[state][1]
        if question:
            comment, ok = QInputDialog.getMultiLineText(
                self.parent, self.text(state).rstrip("…"), _tr(question))
            if not ok:
                return False
        return run_guarded(self.parent, lambda: self.reviews.review(
            kind, item_id, state, comment)) is not None
