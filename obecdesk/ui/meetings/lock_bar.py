"""The strip above the meeting tabs of approved minutes: locked, "Opravit schválený zápis",
and the history of corrections (each kept with who, when and why)."""

from __future__ import annotations

import getpass
import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.vocabulary.meetings import MeetingStatus
from obecdesk.ui.meetings.minutes_tab import MinutesTab

#: minutes-tab buttons that change the minutes' content (the tasks' state still follows up)
CONTENT_BUTTONS = ("add-decision", "remove-decision", "add-action", "remove-action")


def lock_minutes_tab(tab: MinutesTab, locked: bool) -> None:
    """Approved minutes: text and decisions read only until a correction is started."""
    tab.editor.set_read_only(locked)
    triggers = QAbstractItemView.EditTrigger
    tab.decisions_table.setEditTriggers(
        triggers.NoEditTriggers if locked
        else triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
    for button in tab.findChildren(QPushButton):
        if button.objectName() in CONTENT_BUTTONS:
            button.setEnabled(not locked)


class LockBar(QFrame):
    """Shown only for approved or published minutes."""

    correct_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#lock-bar { background: #fff4d6; }")
        self.message = QLabel()
        self.message.setObjectName("lock-message")
        self.message.setWordWrap(True)
        self.correct_button = QPushButton(self.tr("Opravit schválený zápis…"))
        self.correct_button.setObjectName("correct-minutes")
        self.correct_button.clicked.connect(self.correct_requested)
        self.history_button = QPushButton()
        self.history_button.setObjectName("minutes-history")
        self.history_button.clicked.connect(self.history_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.history_button)
        layout.addWidget(self.correct_button)
        self.hide()

    def show_for(self, detail: MeetingDetail | None, correcting: str = "") -> None:
        """The state of ``detail``'s minutes; ``correcting`` is the reason of a correction the
        user has started and not saved yet."""
        if detail is None or not detail.locked:
            self.hide()
            return
        meeting = detail.meeting
        if meeting.status == MeetingStatus.MINUTES_PUBLISHED:
            state = self.tr("Zápis je zveřejněn {0}").format(
                date_text(meeting.minutes_published_on))
        else:
            state = self.tr("Zápis je schválen {0}").format(date_text(meeting.minutes_approved_on))
        if correcting:
            text = self.tr("{0}. Opravujete ho – důvod: {1}. Uložením se dosavadní znění "
                           "uloží do historie oprav.").format(state, correcting)
        else:
            text = self.tr("{0} a je uzamčen; změnit ho lze jen opravou s uvedením důvodu.") \
                .format(state)
        self.message.setText(text)
        self.correct_button.setEnabled(not correcting)
        count = len(detail.corrections)
        self.history_button.setText(self.tr("Historie oprav ({0})…").format(count))
        self.history_button.setEnabled(bool(count))
        self.show()


def ask_correction(parent: QWidget, detail: MeetingDetail) -> tuple[str, str] | None:
    """``(reason, who)`` for a correction the user starts, or ``None`` when cancelled."""
    from obecdesk.ui.meetings.correction_dialog import CorrectionDialog

    dialog = CorrectionDialog(detail.meeting.title, _login_name(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason_text():
        return None
    return dialog.reason_text(), dialog.by_text()


def show_history(parent: QWidget, detail: MeetingDetail) -> None:
    from obecdesk.ui.meetings.minutes_history_dialog import MinutesHistoryDialog

    MinutesHistoryDialog(detail.corrections, detail.meeting.title, parent).exec()


def _login_name() -> str:
    """Who corrects, until the user says otherwise: the account's full name or login."""
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
        return entry.pw_gecos.split(",")[0].strip() or entry.pw_name
    except (ImportError, KeyError, AttributeError):
        return getpass.getuser()
