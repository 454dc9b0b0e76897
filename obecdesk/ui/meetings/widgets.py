"""Small input widgets shared by the meeting tabs: Czech date and time fields that may be empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget

#: QDateEdit shows its special value text at the minimum date, which we use for "no date"
NO_DATE = QDate(1900, 1, 1)
#: likewise the minimum time means "no time" (nobody meets at midnight; a meeting made by the
#: CLI or by sync may have no times at all)
NO_TIME = QTime(0, 0)


class OptionalDateEdit(QDateEdit):
    """A ``13. 6. 2024`` date field with a calendar whose minimum means "not set" (shown "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("d. M. yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.set_value(None)

    def value(self) -> dt.date | None:
        day = self.date()
        return None if day == NO_DATE else day.toPython()

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(QDate(day) if day else NO_DATE)


class ClockEdit(QTimeEdit):
    """A ``9:30`` time field whose minimum means "not set" (shown "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("H:mm")
        self.setMinimumTime(NO_TIME)
        self.setSpecialValueText("—")
        self.set_value(None)

    def value(self) -> dt.time | None:
        moment = self.time()
        return None if moment == NO_TIME else moment.toPython()

    def set_value(self, moment: dt.time | None) -> None:
        self.setTime(QTime(moment.hour, moment.minute) if moment else NO_TIME)
