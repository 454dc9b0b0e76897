"""Nové jednání: the few facts a meeting needs to exist; the rest is filled in the editor.

A body's next meeting offers to start from its last one (place, time, facilitator,
minute-taker, invitees), ticked by default.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from obecdesk.core.formatting import date_text, time_text
from obecdesk.core.meetings.meeting_types import MeetingData, MeetingInfo
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.bodies import BodyInfo
from obecdesk.core.vocabulary.meetings import MeetingKind
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.widgets import ClockEdit


class NewMeetingDialog(QDialog):
    """Creates the meeting on OK (invitees = the body's current members, set by the service)."""

    def __init__(self, service: MeetingService, locality_id: str, bodies: list[BodyInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-meeting-dialog")
        self.setWindowTitle(self.tr("Nové jednání"))
        self.service = service
        self.locality_id = locality_id
        self.created: MeetingInfo | None = None
        self.setMinimumWidth(520)

        self.kind = QComboBox()
        self.kind.setObjectName("new-kind")
        for value, label in MeetingKind.choices():
            self.kind.addItem(vocab(label), value)
        self.body = QComboBox()
        self.body.setObjectName("new-body")
        for body in bodies:
            self.body.addItem(body.name, body.id)
        self.title = QLineEdit()
        self.title.setObjectName("new-title")
        self.date = QDateEdit(QDate.currentDate().addDays(14))
        self.date.setObjectName("new-date")
        self.date.setDisplayFormat("d. M. yyyy")
        self.date.setCalendarPopup(True)
        self.start = ClockEdit()
        self.start.setTime(QTime(9, 0))
        self.end = ClockEdit()
        self.end.setTime(QTime(11, 0))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("do")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.copy_last = QCheckBox()
        self.copy_last.setObjectName("copy-last")
        self.copy_last.setChecked(True)
        self.copy_last.toggled.connect(self._show_last)
        self.last_details = QLabel()
        self.last_details.setObjectName("last-details")
        self.last_details.setWordWrap(True)
        self.last_details.setStyleSheet("color: palette(mid);")
        self.last: MeetingInfo | None = None
        self.hint = hint = QLabel()
        hint.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Druh setkání"), self.kind)
        form.addRow(self.tr("Orgán"), self.body)
        form.addRow(self.tr("Název"), self.title)
        form.addRow(self.tr("Datum"), self.date)
        form.addRow(self.tr("Čas od"), times)
        form.addRow(self.copy_last)
        form.addRow(self.last_details)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Založit"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Zrušit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.body.currentIndexChanged.connect(self._suggest_title)
        self.body.currentIndexChanged.connect(self._find_last)
        self._suggest_title()
        self._find_last()

    def _kind_changed(self, _index: int) -> None:
        self.body.setEnabled(self.kind.currentData() == MeetingKind.BODY)
        self._suggest_title()
        self._find_last()

    def _body_id(self) -> str | None:
        return self.body.currentData() if self.kind.currentData() == MeetingKind.BODY else None

    def _find_last(self, *_args) -> None:
        """The chosen body's last meeting, which the new one may start from."""
        body_id = self._body_id()
        self.last = self.service.last_of_body(body_id) if body_id else None
        if self.last is not None:
            self.copy_last.setText(self.tr("Převzít z posledního jednání ({0})")
                                   .format(date_text(self.last.date)))
        self.copy_last.setVisible(self.last is not None)
        self._show_last()

    def _show_last(self, *_args) -> None:
        """Show what will be copied, and put the last meeting's times in the time fields."""
        copying = self.last is not None and self.copy_last.isChecked()
        self.last_details.setVisible(copying)
        if copying:
            last = self.last
            if last.start_time:
                self.start.setTime(QTime(last.start_time.hour, last.start_time.minute))
            if last.end_time:
                self.end.setTime(QTime(last.end_time.hour, last.end_time.minute))
            rows = [(self.tr("místo"), last.place), (self.tr("čas"), " – ".join(
                time_text(t) for t in (last.start_time, last.end_time) if t)),
                (self.tr("facilitace"), last.facilitator),
                (self.tr("zápis"), last.minute_taker)]
            self.last_details.setText("; ".join(f"{k}: {v}" for k, v in rows if v))
            self.hint.setText(self.tr("Pozváni budou pozvaní z posledního jednání a současní "
                                      "členové orgánu; seznam pak upravíte na kartě Pozvánky."))
        else:
            self.hint.setText(self.tr("Pozváni budou všichni současní členové orgánu; seznam "
                                      "pak upravíte na kartě Pozvánky."))

    def _suggest_title(self, *_args) -> None:
        if self.title.isModified():
            return
        if self.kind.currentData() == MeetingKind.BODY and self.body.count():
            self.title.setText(self.tr("Jednání: {0}").format(self.body.currentText()))
        else:
            self.title.setText(self.kind.currentText().capitalize())

    def data(self) -> MeetingData:
        kind = self.kind.currentData()
        return MeetingData(
            title=self.title.text(), date=self.date.date().toPython(), kind=kind,
            body_id=self.body.currentData() if kind == MeetingKind.BODY else None,
            start_time=self.start.value(), end_time=self.end.value(),
        )

    def accept(self) -> None:
        copy = self.last is not None and self.copy_last.isChecked()
        created = run_guarded(self, lambda: self.service.create(self.locality_id, self.data(),
                                                                copy_last=copy))
        if created is not None:
            self.created = created
            super().accept()


