"""The forms of the mediation screen: a case, a party, a session and a note. Save stays open on
a refusal (an agreement without its text, an empty note), so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.cells import parse_date
from obecdesk.core.mediation.cases import CaseData, PartyData, SessionData
from obecdesk.core.vocabulary.participation import MediationResult
from obecdesk.ui.service_form import ServiceForm, text_box, vocabulary_combo

ID_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(value: dt.date | None) -> QLineEdit:
    edit = QLineEdit(date_text(value))
    edit.setPlaceholderText("13.6.2024")
    return edit


class CaseDialog(ServiceForm):
    def __init__(self, save: Callable[[CaseData], object], data: CaseData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Upravit mediaci") if data else self.tr("Nová mediace"))
        data = data or CaseData("")
        self.title = QLineEdit(data.title)
        self.conflict = text_box(data.conflict)
        self.mediators = QLineEdit(data.mediators)
        self.rules = text_box(data.rules, 90)
        self.rules.setPlaceholderText(self.tr("Pravidla jednání, na kterých se strany předem "
                                              "dohodly"))
        self.opened = _date_edit(data.opened_on)
        self.closed = _date_edit(data.closed_on)
        self.result = vocabulary_combo(MediationResult, data.result)
        self.agreement = text_box(data.agreement_text, 90)
        self.agreement.setPlaceholderText(self.tr("Znění dohody (povinné u dohody i částečné)"))
        for label, widget in ((self.tr("Název *"), self.title),
                              (self.tr("Konflikt"), self.conflict),
                              (self.tr("Mediátoři"), self.mediators),
                              (self.tr("Pravidla jednání"), self.rules),
                              (self.tr("Zahájena"), self.opened),
                              (self.tr("Ukončena"), self.closed),
                              (self.tr("Výsledek"), self.result),
                              (self.tr("Znění dohody"), self.agreement)):
            self.form.addRow(label, widget)

    def data(self) -> CaseData:
        return CaseData(self.title.text(), self.conflict.toPlainText(), self.mediators.text(),
                        self.rules.toPlainText(), parse_date(self.opened.text(), "Zahájení"),
                        parse_date(self.closed.text(), "Ukončení"), self.result.currentData(),
                        self.agreement.toPlainText())


class PartyDialog(ServiceForm):
    """A group and the actors of the locality who represent it (checked in a list)."""

    def __init__(self, save: Callable[[PartyData], object], actors: list[tuple[str, str]],
                 data: PartyData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Strana sporu"))
        data = data or PartyData("")
        self.name = QLineEdit(data.name)
        self.name.setPlaceholderText(self.tr("např. Petiční výbor"))
        self.representatives = QListWidget()
        self.representatives.setMaximumHeight(200)
        for actor_id, name in actors:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, actor_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if actor_id in data.representatives
                               else Qt.CheckState.Unchecked)
            self.representatives.addItem(item)
        self.form.addRow(self.tr("Skupina *"), self.name)
        self.form.addRow(self.tr("Zástupci (aktéři)"), self.representatives)

    def data(self) -> PartyData:
        items = [self.representatives.item(i) for i in range(self.representatives.count())]
        return PartyData(self.name.text(), [i.data(ID_ROLE) for i in items
                                            if i.checkState() == Qt.CheckState.Checked])


class SessionDialog(ServiceForm):
    def __init__(self, save: Callable[[SessionData], object], data: SessionData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Setkání mediace"))
        self.date = _date_edit(data.date if data else dt.date.today())
        self.attended = text_box(data.attended if data else "", 60)
        self.outcome = text_box(data.outcome if data else "")
        self.form.addRow(self.tr("Datum *"), self.date)
        self.form.addRow(self.tr("Kdo byl přítomen"), self.attended)
        self.form.addRow(self.tr("Výsledek setkání"), self.outcome)

    def data(self) -> SessionData:
        return SessionData(parse_date(self.date.text(), "Datum setkání"),  # type: ignore[arg-type]
                           self.attended.toPlainText(), self.outcome.toPlainText())


class NoteDialog(ServiceForm):
    """A note's text; a new note is local unless the box is ticked."""

    def __init__(self, save: Callable[[tuple[str, bool]], object], text: str = "", *,
                 new: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Nová poznámka") if new else self.tr("Upravit poznámku"))
        self.text = text_box(text, 200)
        self.shared = QCheckBox(self.tr("Sdílet s centrálou a kolegy (text odejde v příštím "
                                        "synchronizačním balíčku)"))
        self.shared.setVisible(new)
        hint = QLabel(self.tr("Poznámky z mediace jsou důvěrné: bez zaškrtnutí zůstane text jen "
                              "v tomto počítači."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.form.addRow(self.tr("Poznámka *"), self.text)
        if new:
            self.form.addRow(self.shared)

    def data(self) -> tuple[str, bool]:
        return self.text.toPlainText(), self.shared.isChecked()
