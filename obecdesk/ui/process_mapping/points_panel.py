"""The critical points of the locality: severity, filter, the editor, and a jump to the step
of the agenda where the practice goes wrong."""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from obecdesk.core.process_mapping.overview import PointView, ProcessMap
from obecdesk.core.vocabulary.process_mapping import Concern, RecommendationStatus, Severity
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.process_mapping.finding_editors import FindingEditors
from obecdesk.ui.process_mapping.table_models import PointCol, PointsModel, ValueFilter
from obecdesk.ui.process_mapping.widgets import button_row, confirm, selected_item, table


class PointsPanel(QWidget):
    #: agenda id, step id ("" for a point of the whole agenda)
    go_to_step = Signal(str, str)

    def __init__(self, editors: FindingEditors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors = editors
        self.data: ProcessMap | None = None
        #: a point just added, selected when the refreshed map arrives
        self.pending = ""
        self.model = PointsModel(self)
        self.proxy = ValueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.severity = QComboBox()
        self.severity.setObjectName("severity-filter")
        self.severity.addItem(self.tr("Všechny závažnosti"), "")
        for value, label in Severity.choices():
            self.severity.addItem(vocab(label), value)
        self.severity.currentIndexChanged.connect(
            lambda *_: self.proxy.set_value(self.severity.currentData()))
        self.counts = QLabel()
        self.counts.setObjectName("severity-counts")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Závažnost:")))
        filters.addWidget(self.severity)
        filters.addWidget(self.counts, 1)
        self.table = table(self.proxy, "critical-point-table", stretch=(PointCol.TITLE,))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.detail = QLabel()
        self.detail.setObjectName("critical-point-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons, self.buttons = button_row(
            ("new-critical-point", self.tr("Nové kritické místo…"), self.new),
            ("edit-critical-point", self.tr("Upravit…"), self.edit),
            ("go-to-step", self.tr("Přejít na krok"), self.show_step),
            ("delete-critical-point", self.tr("Odstranit"), self.delete))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 1)
        layout.addLayout(buttons)

    def show_map(self, data: ProcessMap) -> None:
        keep = self.current()
        self.data = data
        self.model.recommendation_counts = Counter(
            p for r in data.recommendations for p in r.critical_point_ids)
        self.model.set_rows(list(data.points))
        counts = data.points_by_severity()
        self.counts.setText(", ".join(f"{vocab(Severity.label_of(k))}: {v}"
                                      for k, v in counts.items()))
        self.buttons["new-critical-point"].setEnabled(bool(data.agendas))
        target, self.pending = self.pending or (keep.id if keep else ""), ""
        if target:
            self.select(target)
        self._show_detail()

    def select(self, point_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == point_id:
                self.table.selectRow(row)
                return True
        return False

    def current(self) -> PointView | None:
        return selected_item(self.table, self.model)

    def _show_detail(self) -> None:
        point = self.current()
        if point is None or self.data is None:
            self.detail.setText(self.tr("Vyberte kritické místo.") if self.model.rowCount()
                                else self.tr("Zatím žádná kritická místa."))
            return
        recs = "; ".join(f"{escape(r.title)} ({vocab(RecommendationStatus.label_of(r.status))})"
                         for r in self.data.recommendations_for(point.id))
        lines = [f"<b>{escape(point.title)}</b> – {vocab(Concern.label_of(point.concern))}",
                 escape(point.description),
                 f"<i>{self.tr('Doklady')}:</i> {escape(point.evidence)}" if point.evidence else "",
                 f"<i>{self.tr('Doporučení')}:</i> {recs}" if recs else ""]
        self.detail.setText("<br>".join(line for line in lines if line))

    def new(self) -> None:
        if self.data is not None and self.editors.critical_point(self.data):
            # the refreshed map may have come already (then select now) or comes later
            self.pending = self.editors.dialog.saved or ""
            if self.select(self.pending):
                self.pending = ""

    def edit(self) -> None:
        if (point := self.current()) and self.data is not None:
            self.editors.critical_point(self.data, point)

    def show_step(self) -> None:
        if point := self.current():
            self.go_to_step.emit(point.agenda_id, point.step_id or "")

    def delete(self) -> None:
        point = self.current()
        if point and confirm(self, self.tr("Odstranit kritické místo"),
                             self.tr("Odstranit kritické místo „{0}“?").format(point.title)):
            run_guarded(self, lambda: self.editors.desk.findings.delete_critical_point(point.id))
