"""The forms of the participation screen: an event and a proposal. Save stays open on a
refusal (a rejection without a reason, more people from the target groups than came), so
nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.cells import parse_count, parse_date
from obecdesk.core.participation.events import EventData
from obecdesk.core.participation.proposals import ProposalData
from obecdesk.core.vocabulary.participation import Disposition, EventKind, ProposalKind
from obecdesk.ui.service_form import ServiceForm, text_box, vocabulary_combo


class EventDialog(ServiceForm):
    def __init__(self, save: Callable[[EventData], object], methods: list[tuple[str, str]],
                 data: EventData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Upravit akci") if data else self.tr("Nová akce"))
        data = data or EventData("")
        self.title = QLineEdit(data.title)
        self.kind = vocabulary_combo(EventKind, data.kind)
        self.date = QLineEdit(date_text(data.date))
        self.date.setPlaceholderText("13.6.2024")
        self.place = QLineEdit(data.place)
        self.method = QComboBox()
        self.method.addItem(self.tr("(bez metody z katalogu)"), "")
        for method_id, name in methods:
            self.method.addItem(name, method_id)
        self.method.setCurrentIndex(max(0, self.method.findData(data.method_id)))
        self.total = QLineEdit("" if data.attendance_total is None else str(data.attendance_total))
        self.target = QLineEdit("" if data.attendance_target is None
                                else str(data.attendance_target))
        self.outreach = text_box(data.outreach)
        self.outreach.setPlaceholderText(self.tr("Jak jste pozvali lidi, kteří na veřejné akce "
                                                 "obvykle nechodí (terénní pracovník, letáky…)"))
        self.notes = text_box(data.notes, 60)
        for label, widget in ((self.tr("Název *"), self.title), (self.tr("Druh"), self.kind),
                              (self.tr("Datum"), self.date), (self.tr("Místo"), self.place),
                              (self.tr("Metoda"), self.method),
                              (self.tr("Účast celkem"), self.total),
                              (self.tr("Z cílových a zranitelných skupin"), self.target),
                              (self.tr("Oslovení zranitelných skupin"), self.outreach),
                              (self.tr("Poznámka"), self.notes)):
            self.form.addRow(label, widget)

    def data(self) -> EventData:
        return EventData(
            self.title.text(), self.kind.currentData(), parse_date(self.date.text(), "Datum"),
            self.place.text(), self.method.currentData(),
            parse_count(self.total.text(), "Účast celkem"),
            parse_count(self.target.text(), "Účast z cílových skupin"),
            self.outreach.toPlainText(), self.notes.toPlainText())


class ProposalDialog(ServiceForm):
    def __init__(self, save: Callable[[ProposalData], object], data: ProposalData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Upravit návrh") if data else self.tr("Nový návrh"))
        data = data or ProposalData("")
        self.text = text_box(data.text)
        self.kind = vocabulary_combo(ProposalKind, data.kind)
        self.author = QLineEdit(data.author)
        self.author.setPlaceholderText(self.tr("např. obyvatelka Tovární ulice"))
        self.disposition = vocabulary_combo(Disposition, data.disposition)
        self.reason = text_box(data.reason, 60)
        self.reason.setPlaceholderText(self.tr("Povinné u zamítnutého návrhu"))
        self.response = text_box(data.response, 60)
        self.decided = QLineEdit(date_text(data.decided_on))
        self.decided.setPlaceholderText("13.6.2024")
        for label, widget in ((self.tr("Text *"), self.text), (self.tr("Druh"), self.kind),
                              (self.tr("Kdo navrhl"), self.author),
                              (self.tr("Vyřízení"), self.disposition),
                              (self.tr("Důvod zamítnutí"), self.reason),
                              (self.tr("Co se s návrhem stalo"), self.response),
                              (self.tr("Vyřízeno dne"), self.decided)):
            self.form.addRow(label, widget)
        self.disposition.currentIndexChanged.connect(self._reason_needed)
        self._reason_needed()

    def _reason_needed(self) -> None:
        self.reason.setEnabled(self.disposition.currentData() == Disposition.REJECTED)

    def data(self) -> ProposalData:
        rejected = self.disposition.currentData() == Disposition.REJECTED
        return ProposalData(
            self.text.toPlainText(), self.kind.currentData(), self.author.text(),
            self.disposition.currentData(), self.reason.toPlainText() if rejected else "",
            self.response.toPlainText(), parse_date(self.decided.text(), "Datum vyřízení"))
