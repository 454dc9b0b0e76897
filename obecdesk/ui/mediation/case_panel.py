"""The case tab of the mediation screen: the conflict, mediators, agreed rules, dates, result
and agreement text, and the parties with the actors who represent them."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import date_text
from obecdesk.core.mediation.cases import CaseInfo
from obecdesk.core.vocabulary.participation import MediationResult
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.mediation.dialogs import PartyDialog
from obecdesk.ui.mediation.models import PartiesModel, PartyCol
from obecdesk.ui.services import Services


def _html(value: str) -> str:
    return escape(value).replace("\n", "<br>")


class CasePanel(QWidget):
    """``current()`` is the chosen case, ``actors()`` the locality's (id, name) to pick
    representatives from; ``edit_case`` asks the screen to open the case form."""

    edit_case = Signal()

    def __init__(self, services: Services, current: Callable[[], CaseInfo | None],
                 actors: Callable[[], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediation-case")
        self.services = services
        self.current = current
        self.actors = actors
        self.facts = QLabel()
        self.facts.setObjectName("mediation-facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        edit = QPushButton(self.tr("Upravit mediaci…"))
        edit.clicked.connect(self.edit_case.emit)
        self.parties_model = PartiesModel(self)
        self.parties = QTableView()
        self.parties.setObjectName("mediation-parties")
        self.parties.setModel(self.parties_model)
        self.parties.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.parties.verticalHeader().hide()
        self.parties.setMinimumHeight(90)
        self.parties.setMaximumHeight(130)
        header = self.parties.horizontalHeader()
        header.setSectionResizeMode(PartyCol.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PartyCol.REPRESENTATIVES, QHeaderView.ResizeMode.Stretch)
        self.parties.doubleClicked.connect(lambda *_: self.edit_party())
        add_party = QPushButton(self.tr("Přidat stranu…"))
        add_party.clicked.connect(lambda: self.edit_party(new=True))
        remove_party = QPushButton(self.tr("Odebrat stranu"))
        remove_party.clicked.connect(self.remove_party)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Strany sporu")))
        bar.addStretch(1)
        bar.addWidget(add_party)
        bar.addWidget(remove_party)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addLayout(bar)
        layout.addWidget(self.parties)
        layout.addStretch(1)

    def show_case(self, case: CaseInfo | None, names: dict[str, str]) -> None:
        self.parties_model.names = names
        self.parties_model.set_rows(case.parties if case else [])
        if case is None:
            self.facts.setText(self.tr("V této lokalitě zatím není žádná mediace."))
            return
        d = case.data
        rows = [(self.tr("Konflikt"), d.conflict), (self.tr("Mediátoři"), d.mediators),
                (self.tr("Pravidla jednání"), d.rules),
                (self.tr("Zahájena"), date_text(d.opened_on)),
                (self.tr("Ukončena"), date_text(d.closed_on)),
                (self.tr("Výsledek"), tr_context("Vocabulary",
                                                 MediationResult.label_of(d.result))),
                (self.tr("Znění dohody"), d.agreement_text)]
        body = "".join(f"<tr><td style='padding-right:12px'><b>{escape(label)}</b></td>"
                       f"<td>{_html(value)}</td></tr>" for label, value in rows if value)
        self.facts.setText(f"<h3>{escape(d.title)}</h3><table>{body}</table>")

    def edit_party(self, *, new: bool = False) -> None:
        case = self.current()
        if case is None:
            return
        mediation = self.services.mediation
        actors = self.actors()
        if new:
            PartyDialog(lambda d: mediation.add_party(case.id, d), actors, parent=self).exec()
            return
        index = self.parties.currentIndex()
        if index.isValid():
            party = self.parties_model.row_at(index.row())
            PartyDialog(lambda d: mediation.update_party(party.id, d), actors, party.data,
                        parent=self).exec()

    def remove_party(self) -> None:
        index = self.parties.currentIndex()
        if index.isValid():
            party = self.parties_model.row_at(index.row())
            run_guarded(self, lambda: self.services.mediation.remove_party(party.id))
