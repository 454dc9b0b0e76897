"""Nové jednání: the few facts a meeting needs to exist; the rest is filled in the editor."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
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
        hint = QLabel(self.tr("Pozváni budou všichni současní členové orgánu; seznam pak "
                              "upravíte na kartě Pozvánky."))
        hint.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Druh setkání"), self.kind)
        form.addRow(self.tr("Orgán"), self.body)
        form.addRow(self.tr("Název"), self.title)
        form.addRow(self.tr("Datum"), self.date)
        form.addRow(self.tr("Čas od"), times)
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
        self._suggest_title()

    def _kind_changed(self, _index: int) -> None:
        self.body.setEnabled(self.kind.currentData() == MeetingKind.BODY)
        self._suggest_title()

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
        created = run_guarded(self, lambda: self.service.create(self.locality_id, self.data()))
        if created is not None:
            self.created = created
            super().accept()


