"""An event of the situation log: when, what kind, what happened, where it came from, how far it
reached, how serious it is and which actors were involved. Save stays open on a refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from obecdesk.core.communication.situation import EventData
from obecdesk.core.vocabulary.communication import SEVERITIES, EventKind
from obecdesk.errors import ValidationError
from obecdesk.ui.i18n import vocab
from obecdesk.ui.service_form import ServiceForm

ID_ROLE = Qt.ItemDataRole.UserRole


def checkable_actors(actors: list[tuple[str, str]], chosen: list[str]) -> QListWidget:
    """A list of the locality's actors with a check box each (the chosen ones ticked)."""
    widget = QListWidget()
    for actor_id, name in actors:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, actor_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if actor_id in chosen
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_ids(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class EventDialog(ServiceForm):
    def __init__(self, save: Callable[[EventData], object], actors: list[tuple[str, str]],
                 data: EventData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Upravit událost") if data else self.tr("Nová událost"))
        self.setMinimumWidth(560)
        data = data or EventData(dt.date.today(), EventKind.INCIDENT, "")
        self.date = QDateEdit(QDate(data.occurred_on))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d. M. yyyy")
        self.kind = QComboBox()
        for member in EventKind:
            self.kind.addItem(vocab(member.label), member.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(data.kind))))
        self.title = QLineEdit(data.title)
        self.description = QPlainTextEdit(data.description)
        self.description.setMaximumHeight(110)
        self.source = QLineEdit(data.source)
        self.source.setPlaceholderText(self.tr("např. Facebooková skupina Lipová sobě"))
        self.reach = QLineEdit("" if data.reach is None else str(data.reach))
        self.reach.setPlaceholderText(self.tr("odhad počtu lidí (čtenáři, sdílení, podpisy)"))
        self.severity = QComboBox()
        for level, label in SEVERITIES.items():
            self.severity.addItem(f"{level} – {vocab(label)}", level)
        self.severity.setCurrentIndex(self.severity.findData(data.severity))
        self.actors = checkable_actors(actors, data.actor_ids)
        self.actors.setMaximumHeight(130)
        form = self.form
        for label, widget in ((self.tr("Datum"), self.date), (self.tr("Druh"), self.kind),
                              (self.tr("Název *"), self.title),
                              (self.tr("Popis"), self.description),
                              (self.tr("Zdroj"), self.source), (self.tr("Dosah"), self.reach),
                              (self.tr("Závažnost"), self.severity),
                              (self.tr("Zapojení aktéři"), self.actors)):
            form.addRow(label, widget)

    def data(self) -> EventData:
        reach_text = self.reach.text().replace(" ", "").replace("\u00a0", "")
        if reach_text and not reach_text.isdigit():
            raise ValidationError("Dosah je odhad počtu lidí, celé číslo (např. 1200).")
        return EventData(
            self.date.date().toPython(), self.kind.currentData(), self.title.text(),
            self.description.toPlainText(), self.source.text(),
            int(reach_text) if reach_text else None, self.severity.currentData(),
            checked_ids(self.actors))
