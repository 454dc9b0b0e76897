"""A funding project: title, programme, status, the money requested and approved, people
supported, dates and the measures of the plan it serves. Amounts are typed the Czech way
("1 250 000,50"); Save stays open on a refusal, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from obecdesk.core.formatting import date_text, money_text
from obecdesk.core.indicators.cells import parse_amount_hal, parse_count, parse_date
from obecdesk.core.indicators.projects import ProjectData, hal_to_czk
from obecdesk.core.vocabulary.indicators import ProjectStatus
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.service_form import ServiceForm

ID_ROLE = Qt.ItemDataRole.UserRole


def amount_text(hal: int | None) -> str:
    czk = hal_to_czk(hal)
    return "" if czk is None else money_text(czk).replace("\u00a0Kč", "").replace(" Kč", "")


class ProjectDialog(ServiceForm):
    def __init__(self, save: Callable[[ProjectData], object], measures: list[tuple[str, str]],
                 data: ProjectData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Upravit projekt") if data else self.tr("Nový projekt"))
        self.setMinimumWidth(520)
        data = data or ProjectData("")
        self.title = QLineEdit(data.title)
        self.programme = QLineEdit(data.programme)
        self.status = QComboBox()
        for member in ProjectStatus:
            self.status.addItem(tr_context("Vocabulary", member.label), member.value)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.requested = QLineEdit(amount_text(data.requested_hal))
        self.approved = QLineEdit(amount_text(data.approved_hal))
        self.people = QLineEdit("" if data.people_supported is None else str(data.people_supported))
        self.submitted = QLineEdit(date_text(data.submitted_on))
        self.decided = QLineEdit(date_text(data.decided_on))
        for edit in (self.submitted, self.decided):
            edit.setPlaceholderText("13.6.2024")
        self.measures = QListWidget()
        self.measures.setMaximumHeight(140)
        for lineage, title in measures:
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, lineage)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if lineage in data.measure_ids
                               else Qt.CheckState.Unchecked)
            self.measures.addItem(item)
        self._rest = data
        form = self.form
        for label, widget in ((self.tr("Název *"), self.title), (self.tr("Program"), self.programme),
                              (self.tr("Stav"), self.status),
                              (self.tr("Požadováno (Kč)"), self.requested),
                              (self.tr("Schváleno (Kč)"), self.approved),
                              (self.tr("Podpořené osoby"), self.people),
                              (self.tr("Podáno"), self.submitted),
                              (self.tr("Rozhodnuto"), self.decided),
                              (self.tr("Slouží opatřením"), self.measures)):
            form.addRow(label, widget)

    def data(self) -> ProjectData:
        """A badly typed amount, count or date raises ``CellError``; the form turns it into
        one Czech sentence and stays open."""
        chosen = [self.measures.item(i).data(ID_ROLE) for i in range(self.measures.count())
                  if self.measures.item(i).checkState() == Qt.CheckState.Checked]
        return ProjectData(
            self.title.text(), self.programme.text().strip(), self.status.currentData(),
            parse_amount_hal(self.requested.text(), "Požadovaná částka"),
            parse_amount_hal(self.approved.text(), "Schválená částka"),
            parse_count(self.people.text(), "Počet podpořených osob"),
            parse_date(self.submitted.text(), "Datum podání"),
            parse_date(self.decided.text(), "Datum rozhodnutí"),
            self._rest.starts_on, self._rest.ends_on, self._rest.applicant,
            self._rest.measures_text, self._rest.notes, chosen)
