"""A risk scenario: what could happen, likelihood and impact (1–5), the warning signals, the
prepared response, who answers for it and its status. Save stays open on a refusal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from obecdesk.core.communication.risks import RiskData
from obecdesk.core.vocabulary.communication import RiskStatus
from obecdesk.ui.i18n import vocab
from obecdesk.ui.service_form import ServiceForm


def actor_combo(actors: list[tuple[str, str]], chosen: str | None, none_text: str) -> QComboBox:
    """A choice of one of the locality's actors, or nobody."""
    combo = QComboBox()
    combo.addItem(none_text, "")
    for actor_id, name in actors:
        combo.addItem(name, actor_id)
    combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
    return combo


def _scale(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, 5)
    spin.setValue(value)
    return spin


class RiskDialog(ServiceForm):
    def __init__(self, save: Callable[[RiskData], object], actors: list[tuple[str, str]],
                 data: RiskData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Upravit scénář") if data else self.tr("Nový rizikový scénář"))
        self.setMinimumWidth(560)
        data = data or RiskData("")
        self._notes = data.notes
        self.title = QLineEdit(data.title)
        self.likelihood = _scale(data.likelihood)
        self.impact = _scale(data.impact)
        self.status = QComboBox()
        for member in RiskStatus:
            self.status.addItem(vocab(member.label), member.value)
        self.status.setCurrentIndex(max(0, self.status.findData(str(data.status))))
        self.responsible = actor_combo(actors, data.responsible_id, self.tr("(nikdo)"))
        self.signals = QPlainTextEdit(data.warning_signals)
        self.response = QPlainTextEdit(data.prepared_response)
        for edit in (self.signals, self.response):
            edit.setMaximumHeight(90)
        form = self.form
        for label, widget in ((self.tr("Scénář *"), self.title),
                              (self.tr("Pravděpodobnost (1–5)"), self.likelihood),
                              (self.tr("Dopad (1–5)"), self.impact),
                              (self.tr("Stav"), self.status),
                              (self.tr("Odpovídá"), self.responsible),
                              (self.tr("Varovné signály"), self.signals),
                              (self.tr("Připravená reakce"), self.response)):
            form.addRow(label, widget)

    def data(self) -> RiskData:
        return RiskData(self.title.text(), self.likelihood.value(), self.impact.value(),
                        self.signals.toPlainText(), self.response.toPlainText(),
                        self.responsible.currentData() or None, self.status.currentData(),
                        self._notes)
