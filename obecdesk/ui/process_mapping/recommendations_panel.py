"""Recommendations of the locality: status (with a filter), the critical points each answers,
the negotiated solution, follow-up consultations and a referral to a third party."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.process_mapping.overview import ProcessMap, RecommendationView
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.vocabulary.process_mapping import RecommendationStatus
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.process_mapping.finding_editors import FindingEditors
from obecdesk.ui.process_mapping.table_models import RecCol, RecommendationsModel, ValueFilter
from obecdesk.ui.process_mapping.widgets import button_row, confirm, selected_item, table
from obecdesk.ui.services import Services


class RecommendationsPanel(QWidget):
    def __init__(self, editors: FindingEditors, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors = editors
        self.services = services
        self.data: ProcessMap | None = None
        self.model = RecommendationsModel(self)
        self.proxy = ValueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.status = QComboBox()
        self.status.setObjectName("status-filter")
        self.status.addItem(self.tr("Všechny stavy"), "")
        for value, label in RecommendationStatus.choices():
            self.status.addItem(vocab(label), value)
        self.status.currentIndexChanged.connect(
            lambda *_: self.proxy.set_value(self.status.currentData()))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Stav:")))
        filters.addWidget(self.status)
        filters.addStretch(1)
        self.table = table(self.proxy, "recommendation-table", stretch=(RecCol.TITLE,))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.detail = QLabel()
        self.detail.setObjectName("recommendation-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons, self.buttons = button_row(
            ("new-recommendation", self.tr("Nové doporučení…"), self.new),
            ("edit-recommendation", self.tr("Upravit…"), self.edit),
            ("follow-up", self.tr("Zapsat konzultaci…"), self.follow_up),
            ("delete-recommendation", self.tr("Odstranit"), self.delete))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        layout.addLayout(buttons)

    def show_map(self, data: ProcessMap) -> None:
        keep = self.current()
        self.data = data
        self.model.set_rows(list(data.recommendations))
        self.buttons["new-recommendation"].setEnabled(bool(data.points))
        if keep:
            for row in range(self.proxy.rowCount()):
                source = self.proxy.mapToSource(self.proxy.index(row, 0))
                if self.model.row_at(source.row()).id == keep.id:
                    self.table.selectRow(row)
        self._show_detail()

    def current(self) -> RecommendationView | None:
        return selected_item(self.table, self.model)

    def _show_detail(self) -> None:
        rec = self.current()
        if rec is None or self.data is None:
            self.detail.setText(self.tr("Vyberte doporučení.") if self.model.rowCount()
                                else self.tr("Zatím žádná doporučení. Nejdřív zapište kritická "
                                             "místa, na která doporučení odpovídají."))
            return
        points = "; ".join(escape(p.title) for p in self.data.points_of(rec))
        follow_ups = "".join(f"<li>{date_text(f.held_on)}: {escape(f.note)}</li>"
                             for f in rec.follow_ups)
        referral = escape(rec.referral_to) + (f" – {escape(rec.referral_note)}"
                                              if rec.referral_note else "")
        lines = [f"<b>{escape(rec.title)}</b> – "
                 f"{vocab(RecommendationStatus.label_of(rec.status))}",
                 f"<i>{self.tr('Kritická místa')}:</i> {points}",
                 escape(rec.text),
                 f"<i>{self.tr('Dohodnuté řešení')}:</i> {escape(rec.solution)}"
                 if rec.solution else "",
                 f"<i>{self.tr('Odpovídá')}:</i> {escape(rec.responsible)}" if rec.responsible else "",
                 f"<i>{self.tr('Předáno třetí straně')}:</i> {referral}" if referral else "",
                 f"<i>{self.tr('Konzultace')}:</i><ul>{follow_ups}</ul>" if follow_ups else ""]
        self.detail.setText("<br>".join(line for line in lines if line))

    def _actors(self) -> list[tuple[str, str]]:
        if self.data is None:
            return []
        rows = self.services.actors.list(ActorFilter(self.data.locality_id, erased=False),
                                         limit=500)
        return [(a.id, a.name) for a in rows]

    def new(self) -> None:
        if self.data is not None:
            self.editors.recommendation(self.data, self._actors())

    def edit(self) -> None:
        if (rec := self.current()) and self.data is not None:
            self.editors.recommendation(self.data, self._actors(), rec)

    def follow_up(self) -> None:
        if rec := self.current():
            self.editors.follow_up(rec)

    def delete(self) -> None:
        rec = self.current()
        if rec and confirm(self, self.tr("Odstranit doporučení"),
                           self.tr("Odstranit doporučení „{0}“ i s konzultacemi?").format(
                               rec.title)):
            run_guarded(self, lambda: self.editors.desk.findings.delete_recommendation(rec.id))
