"""The Agency's decision on the request, the memorandum and the planned end of the cooperation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from obecdesk.core.vocabulary.cooperation import CooperationDecision
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.widgets import OptionalDateEdit


class DecisionForm(QGroupBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rozhodnutí a termíny"), parent)
        self.decision = QComboBox()
        self.decision.setObjectName("cooperation-decision")
        for value, label in CooperationDecision.choices():
            self.decision.addItem(vocab(label), value)
        self.reason = QLineEdit()
        self.reason.setObjectName("cooperation-reason")
        self.reason.setPlaceholderText(self.tr("důvod (u odmítnutí povinný)"))
        self.decided_on = OptionalDateEdit()
        self.decided_on.setObjectName("cooperation-decided-on")
        self.agreed_on = OptionalDateEdit()
        self.agreed_on.setObjectName("cooperation-agreed-on")
        self.own_end = QCheckBox(self.tr("jiný konec:"))
        self.own_end.setObjectName("cooperation-own-end")
        self.end = OptionalDateEdit()
        self.end.setObjectName("cooperation-end")
        self.planned = QLabel()
        self.planned.setObjectName("cooperation-planned-end")
        self.planned.setWordWrap(True)
        end_row = QHBoxLayout()
        end_row.addWidget(self.planned, 1)
        end_row.addWidget(self.own_end)
        end_row.addWidget(self.end)
        decided = QHBoxLayout()
        decided.addWidget(self.decision, 1)
        decided.addWidget(QLabel(self.tr("dne")))
        decided.addWidget(self.decided_on)
        form = QFormLayout(self)
        form.addRow(self.tr("Rozhodnutí"), decided)
        form.addRow(self.tr("Důvod"), self.reason)
        form.addRow(self.tr("Memorandum"), self.agreed_on)
        form.addRow(self.tr("Plánovaný konec"), end_row)
        self.own_end.toggled.connect(self.end.setEnabled)
        for signal in (self.decision.currentIndexChanged, self.reason.textEdited,
                       self.decided_on.dateChanged, self.agreed_on.dateChanged,
                       self.own_end.toggled, self.end.dateChanged):
            signal.connect(lambda *_: self.edited.emit())

    def set_values(self, *, decision: str, reason: str, decided_on: dt.date | None,
                   agreed_on: dt.date | None, override: dt.date | None) -> None:
        self.decision.setCurrentIndex(max(self.decision.findData(decision), 0))
        self.reason.setText(reason)
        self.reason.setCursorPosition(0)  # the beginning of a long reason, not its end
        self.decided_on.set_value(decided_on)
        self.agreed_on.set_value(agreed_on)
        self.own_end.setChecked(override is not None)
        self.end.setEnabled(override is not None)
        self.end.set_value(override)

    def override(self) -> dt.date | None:
        return self.end.value() if self.own_end.isChecked() else None
