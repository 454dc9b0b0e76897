"""Základní údaje: who meets, when and where, how they decide, and how far the meeting has got."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.meetings.meeting_status import DATED_STEPS, next_status, reached
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.vocabulary.meetings import DecisionRule, MeetingKind, MeetingStatus
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.person_combo import PersonCombo
from obecdesk.ui.meetings.widgets import ClockEdit, OptionalDateEdit


class BasicsTab(QWidget):
    """The meeting form; ``edited`` fires on user changes, ``body_picked`` when the body changes,
    ``advance_requested`` when the user asks to move the meeting to its next status."""

    edited = Signal()
    body_picked = Signal(str)
    advance_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.kind = QComboBox()
        self.kind.setObjectName("meeting-kind")
        for value, label in MeetingKind.choices():
            self.kind.addItem(vocab(label), value)
        self.body = QComboBox()
        self.body.setObjectName("meeting-body")
        self.title = QLineEdit()
        self.title.setObjectName("meeting-title")
        self.title.setPlaceholderText(self.tr("např. PS Bydlení – pravidla přidělování bytů"))
        self.date = QDateEdit()
        self.date.setObjectName("meeting-date")
        self.date.setDisplayFormat("d. M. yyyy")
        self.date.setCalendarPopup(True)
        self.start = ClockEdit()
        self.start.setObjectName("meeting-start")
        self.end = ClockEdit()
        self.end.setObjectName("meeting-end")
        self.place = QLineEdit()
        self.facilitator = PersonCombo()
        self.facilitator.setObjectName("meeting-facilitator")
        self.minute_taker = PersonCombo()
        self.minute_taker.setObjectName("meeting-minute-taker")
        self.verifier = PersonCombo()
        self.verifier.setObjectName("meeting-verifier")
        self.verifier.setToolTip(self.tr("kdo zápis ověří a podepíše"))
        self.rule = QComboBox()
        self.rule.setObjectName("meeting-rule")
        for value, label in DecisionRule.choices():
            self.rule.addItem(vocab(label), value)
        self.goal = QPlainTextEdit()
        self.goal.setMaximumHeight(80)

        times = QHBoxLayout()
        times.addWidget(self.date)
        times.addWidget(QLabel(self.tr("od")))
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("do")))
        times.addWidget(self.end)
        times.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Druh setkání"), self.kind)
        form.addRow(self.tr("Orgán"), self.body)
        form.addRow(self.tr("Název"), self.title)
        form.addRow(self.tr("Datum a čas"), times)
        form.addRow(self.tr("Místo"), self.place)
        form.addRow(self.tr("Facilitátor/ka"), self.facilitator)
        form.addRow(self.tr("Zapisovatel/ka"), self.minute_taker)
        form.addRow(self.tr("Ověřovatel/ka zápisu"), self.verifier)
        form.addRow(self.tr("Způsob rozhodování"), self.rule)
        form.addRow(self.tr("Cíl jednání"), self.goal)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._status_box())
        layout.addStretch(1)

        for signal in (self.title.textEdited, self.place.textEdited,
                       self.facilitator.textEdited, self.minute_taker.textEdited,
                       self.verifier.textEdited,
                       self.goal.textChanged, self.date.dateChanged, self.start.timeChanged,
                       self.end.timeChanged, self.rule.currentIndexChanged):
            signal.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.body.currentIndexChanged.connect(self._body_changed)

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stav jednání"))
        grid = QGridLayout(box)
        self.status_label = QLabel()
        self.status_label.setObjectName("meeting-status")
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.advance = QPushButton()
        self.advance.setObjectName("advance-status")
        self.advance.clicked.connect(self.advance_requested)
        grid.addWidget(QLabel(self.tr("Nyní:")), 0, 0)
        grid.addWidget(self.status_label, 0, 1)
        grid.addWidget(self.advance, 0, 2)
        self.step_dates: dict[str, OptionalDateEdit] = {}
        for row, status in enumerate(DATED_STEPS, start=1):
            grid.addWidget(QLabel(vocab(status.label)), row, 0)
            value = OptionalDateEdit()
            value.setObjectName(f"step-{status.value}")
            value.setToolTip(self.tr("Datum, kdy jednání tohoto kroku dosáhlo; lze opravit "
                                     "(kroky jdou po sobě, „proběhlo“ ne před datem jednání)."))
            value.dateChanged.connect(self._changed)
            self.step_dates[status.value] = value
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(3, 1)
        return box

    # -- filling ---------------------------------------------------------------------------------

    def set_bodies(self, bodies: list[tuple[str, str]]) -> None:
        """``[(body id, name), ...]`` of the locality."""
        self._loading = True
        current = self.body.currentData()
        self.body.clear()
        self.body.addItem(self.tr("— bez orgánu —"), None)
        for body_id, name in bodies:
            self.body.addItem(name, body_id)
        index = self.body.findData(current)
        self.body.setCurrentIndex(max(index, 0))
        self._loading = False

    def set_people(self, names: list[str]) -> None:
        """The locality's persons offered as facilitator and minute-taker."""
        self.facilitator.set_people(names)
        self.minute_taker.set_people(names)
        self.verifier.set_people(names)

    def set_values(self, values: MeetingData) -> None:
        """Show the header fields of ``values`` (its notes and head count live elsewhere)."""
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(self.kind.findData(values.kind), 0))
            self.body.setCurrentIndex(max(self.body.findData(values.body_id), 0))
            self.title.setText(values.title)
            self.date.setDate(QDate(values.date))
            self.start.set_value(values.start_time)
            self.end.set_value(values.end_time)
            self.place.setText(values.place)
            self.facilitator.setText(values.facilitator)
            self.minute_taker.setText(values.minute_taker)
            self.verifier.setText(values.verifier)
            self.rule.setCurrentIndex(max(self.rule.findData(values.decision_rule), 0))
            self.goal.setPlainText(values.goal)
            self._sync_body_enabled()
        finally:
            self._loading = False

    def set_status(self, status: str, step_dates: dict[str, dt.date | None]) -> None:
        """Show the current status, the date of each step (editable once reached) and what the
        button would move to."""
        self.status_label.setText(vocab(MeetingStatus.label_of(status)))
        self._loading = True
        try:
            for key, field in self.step_dates.items():
                field.set_value(step_dates.get(key))
                field.setEnabled(reached(status, key))
        finally:
            self._loading = False
        following = next_status(status)
        self.advance.setEnabled(following is not None)
        self.advance.setText(self.tr("Posunout na „{0}“").format(
                                 vocab(MeetingStatus.label_of(following)))
                             if following else self.tr("Poslední krok je hotov"))

    def step_date_values(self) -> dict[str, dt.date | None]:
        return {key: field.value() for key, field in self.step_dates.items()}

    def values(self) -> MeetingData:
        """The header as typed; notes and the head count are the caller's to add."""
        kind = self.kind.currentData()
        return MeetingData(
            kind=kind, body_id=self.body.currentData() if kind == MeetingKind.BODY else None,
            title=self.title.text().strip(), date=self.date.date().toPython(),
            start_time=self.start.value(), end_time=self.end.value(),
            place=self.place.text().strip(), facilitator=self.facilitator.text().strip(),
            minute_taker=self.minute_taker.text().strip(), verifier=self.verifier.text().strip(),
            decision_rule=self.rule.currentData(), goal=self.goal.toPlainText().strip(),
        )

    # -- reacting --------------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _sync_body_enabled(self) -> None:
        self.body.setEnabled(self.kind.currentData() == MeetingKind.BODY)

    def _kind_changed(self, _index: int) -> None:
        self._sync_body_enabled()
        self._changed()

    def _body_changed(self, _index: int) -> None:
        if self._loading:
            return
        self.edited.emit()
        self.body_picked.emit(self.body.currentData() or "")
