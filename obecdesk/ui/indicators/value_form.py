"""One value with everything around it: the period, the value, its source and note, the
follow-up flag with its reason, and why an earlier value is corrected. A value outside the valid
range is saved here, with the note that says why it holds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from obecdesk.core.indicators.cells import CellError, parse_value
from obecdesk.core.indicators.definitions import IndicatorInfo
from obecdesk.core.indicators.values import ValueEntry, ValueService
from obecdesk.errors import UserError


class ValueForm(QWidget):
    saved = Signal()

    def __init__(self, values: ValueService, parent=None) -> None:
        super().__init__(parent)
        self.values = values
        self.indicator: IndicatorInfo | None = None
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("např. 2026-Q3 nebo Q3/2026"))
        self.value = QLineEdit()
        self.source = QLineEdit()
        self.note = QLineEdit()
        self.follow_up = QCheckBox(self.tr("k prověření"))
        self.follow_reason = QLineEdit()
        self.follow_reason.setPlaceholderText(self.tr("proč hodnotu prověřit"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("proč se dřívější hodnota mění"))
        self.message = QLabel()
        self.message.setObjectName("value-form-message")
        self.message.setWordWrap(True)
        self.save = QPushButton(self.tr("Uložit hodnotu"))
        self.save.clicked.connect(self.submit)
        form = QFormLayout(self)
        form.addRow(self.tr("Období"), self.period)
        form.addRow(self.tr("Hodnota"), self.value)
        form.addRow(self.tr("Zdroj"), self.source)
        form.addRow(self.tr("Poznámka"), self.note)
        form.addRow(self.follow_up, self.follow_reason)
        form.addRow(self.tr("Důvod opravy"), self.reason)
        form.addRow(self.message, self.save)
        self.setEnabled(False)

    def show_indicator(self, info: IndicatorInfo) -> None:
        self.indicator = info
        self.setEnabled(not info.data.computed)
        self.source.setText(info.data.source)
        self.message.setText("")

    def submit(self) -> bool:
        if self.indicator is None:
            return False
        try:
            number = parse_value(self.value.text(), self.indicator.data.unit)
            if number is None:
                raise CellError(self.tr("Chybí hodnota."))
            self.values.set_value(self.indicator.id, ValueEntry(
                self.period.text().strip(), number, source=self.source.text().strip(),
                note=self.note.text().strip(), follow_up=self.follow_up.isChecked(),
                follow_up_reason=self.follow_reason.text().strip()),
                reason=self.reason.text().strip())
        except (CellError, UserError) as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(str(exc))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Uloženo."))
        self.saved.emit()
        return True
