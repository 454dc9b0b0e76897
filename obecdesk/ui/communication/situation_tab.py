"""Situace: the timeline of the escalated situation, filtered by kind and severity, with the
selected event's description, actors and files beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.situation import EventInfo, SituationLog
from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.vocabulary.communication import SEVERITIES, EventKind
from obecdesk.ui.columns import fit_columns
from obecdesk.ui.communication.attachments import AttachmentsPanel
from obecdesk.ui.communication.event_dialog import EventDialog
from obecdesk.ui.communication.timeline_model import Col, TimelineFilter, TimelineModel
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab


class SituationTab(QWidget):
    def __init__(self, log: SituationLog, actors: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.actors = actors
        self.locality_id = ""
        self.model = TimelineModel(self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.kind = QComboBox()
        self.kind.setObjectName("timeline-kind")
        self.kind.addItem(self.tr("všechny druhy"), "")
        for member in EventKind:
            self.kind.addItem(vocab(member.label), member.value)
        self.kind.currentIndexChanged.connect(
            lambda: self.proxy.set_kind(self.kind.currentData()))
        self.severity = QComboBox()
        self.severity.setObjectName("timeline-severity")
        self.severity.addItem(self.tr("jakákoli"), 1)
        for level, label in list(SEVERITIES.items())[1:]:
            self.severity.addItem(self.tr("alespoň %1").replace("%1", vocab(label)), level)
        self.severity.currentIndexChanged.connect(
            lambda: self.proxy.set_min_severity(self.severity.currentData()))
        self.add = QPushButton(self.tr("Nová událost…"))
        self.edit = QPushButton(self.tr("Upravit…"))
        self.delete = QPushButton(self.tr("Smazat"))
        self.add.clicked.connect(lambda: self.new_event())
        self.edit.clicked.connect(lambda: self.edit_event())
        self.delete.clicked.connect(lambda: self.delete_event())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Druh:")))
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("Závažnost:")))
        top.addWidget(self.severity)
        top.addStretch(1)
        for button in (self.add, self.edit, self.delete):
            top.addWidget(button)
        self.table = QTableView()
        self.table.setObjectName("timeline")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(
            Col.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit_event())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("event-detail")
        self.files = AttachmentsPanel(log)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 2)
        side_layout.addWidget(QLabel(self.tr("Přílohy")))
        side_layout.addWidget(self.files, 1)
        split = QSplitter()
        split.setObjectName("situation-split")
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([840, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def load(self, locality_id: str) -> None:
        selected = self.current()
        self.locality_id = locality_id
        self.model.set_rows(self.log.events(locality_id) if locality_id else [])
        fit_columns(self.table, caps={Col.KIND: 150})
        if selected is not None:
            self.select(selected.id)
        self._show_selected()

    def current(self) -> EventInfo | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select(self, event_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == event_id:
                self.table.setCurrentIndex(index)
                return

    def _show_selected(self) -> None:
        event = self.current()
        self.files.show_event(event)
        if event is None:
            self.detail.setPlainText(self.tr("Vyberte událost na časové ose."))
            return
        names = dict(self.actors(self.locality_id)) if event.data.actor_ids else {}
        involved = ", ".join(names.get(a, "?") for a in event.data.actor_ids)
        data = event.data
        facts = [date_text(data.occurred_on), vocab(EventKind.label_of(data.kind)),
                 self.tr("závažnost %1").replace("%1", vocab(SEVERITIES.get(data.severity, "")))]
        if data.source:
            facts.append(self.tr("zdroj: %1").replace("%1", data.source))
        if data.reach is not None:
            facts.append(self.tr("dosah %1").replace("%1", number_text(data.reach)))
        lines = [f"<h3>{_html(data.title)}</h3>", f"<p><i>{_html(' · '.join(facts))}</i></p>",
                 f"<p>{_html(data.description)}</p>" if data.description else ""]
        if involved:
            lines.append(f"<p><b>{self.tr('Zapojení aktéři:')}</b> {_html(involved)}</p>")
        self.detail.setHtml("".join(lines))

    def _actors(self) -> list[tuple[str, str]]:
        return self.actors(self.locality_id) if self.locality_id else []

    def new_event(self) -> None:
        if not self.locality_id:
            return
        locality_id = self.locality_id
        EventDialog(lambda d: self.log.add(locality_id, d), self._actors(), parent=self).exec()

    def edit_event(self) -> None:
        event = self.current()
        if event is not None:
            EventDialog(lambda d: self.log.update(event.id, d), self._actors(), event.data,
                        parent=self).exec()

    def delete_event(self) -> None:
        event = self.current()
        if event is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Smazat událost"),
            self.tr("Smazat událost „%1“ i s jejími přílohami?").replace("%1", event.data.title))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.log.remove(event.id))


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
