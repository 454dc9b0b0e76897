"""Kontrola úkolu: done, postponed to a new due date, or running on with a comment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.action_items import ActionItemInfo
from obecdesk.core.vocabulary.meetings import ReviewOutcome
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.widgets import OptionalDateEdit


class ReviewDialog(QDialog):
    """The outcome of reviewing ``item``; a postponement needs the new due date."""

    def __init__(self, item: ActionItemInfo, outcome: str = ReviewOutcome.POSTPONED,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-dialog")
        self.setWindowTitle(self.tr("Kontrola úkolu"))
        due = date_text(item.due_date) or self.tr("bez termínu")
        about = QLabel(self.tr("{0}\nOdpovídá: {1} · termín: {2}").format(
            item.text, item.owner_name or "—", due))
        about.setWordWrap(True)
        self.outcome = QComboBox()
        self.outcome.setObjectName("review-outcome")
        for value, label in ReviewOutcome.choices():
            self.outcome.addItem(vocab(label), value)
        self.outcome.setCurrentIndex(max(self.outcome.findData(str(outcome)), 0))
        self.new_due = OptionalDateEdit()
        self.new_due.setObjectName("review-new-due")
        start = (item.due_date or dt.date.today()) + dt.timedelta(days=30)
        self.new_due.set_value(start)
        self.comment = QLineEdit()
        self.comment.setObjectName("review-comment")
        self.comment.setPlaceholderText(self.tr("např. čeká se na vyjádření rady"))
        form = QFormLayout()
        form.addRow(self.tr("Výsledek"), self.outcome)
        form.addRow(self.tr("Nový termín"), self.new_due)
        form.addRow(self.tr("Komentář"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self, *_args) -> None:
        self.new_due.setEnabled(self.outcome.currentData() == ReviewOutcome.POSTPONED)

    def values(self) -> tuple[str, dt.date | None, str]:
        """``(outcome, new due date or None, comment)``."""
        outcome = self.outcome.currentData()
        due = self.new_due.value() if outcome == ReviewOutcome.POSTPONED else None
        return outcome, due, self.comment.text().strip()
