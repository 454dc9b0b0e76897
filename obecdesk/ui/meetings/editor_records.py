"""The editor's part in records that can be trusted: the lock of approved minutes, their
correction with a reason, and the review of earlier tasks (kontrola úkolů)."""

from __future__ import annotations

from obecdesk.core.meetings.draft import MeetingDraft, changes_of
from obecdesk.ui.meetings.lock_bar import ask_correction, lock_minutes_tab
from obecdesk.ui.meetings.review_actions import run_review


class MinutesRecords:
    """Mixed into :class:`MeetingEditor` (its ``_detail``, ``_baseline``, ``_correction``, tabs
    and service)."""

    def _show_lock(self) -> None:
        self.lock_bar.show_for(self._detail, self._correction[0] if self._correction else "")
        lock_minutes_tab(self.minutes, self._detail.locked and self._correction is None)

    def _review(self, item_id: str, outcome: str) -> None:
        """Kontrola úkolů, stored at once (tasks of earlier meetings)."""
        detail = run_review(self, self.service, self._detail, item_id, outcome)
        if detail is not None:
            self._detail = detail
            self.agenda_tab.set_review(detail.to_review, detail.reviews)

    def start_correction(self) -> None:
        """"Opravit schválený zápis": ask why, then let the minutes be edited until saved."""
        if self._detail is not None and self._detail.locked and self._correction is None:
            self._correction = ask_correction(self, self._detail)
            if self._correction is not None:
                self._show_lock()

    def _save_correction(self, draft: MeetingDraft) -> None:
        reason, by = self._correction
        self.service.corrections.correct(
            draft.meeting_id, changes_of(self._baseline, draft, today=self.today()),
            reason=reason, by=by)
