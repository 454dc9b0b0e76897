"""The chosen locality beside the list: its facts and the phase plan with today's phases."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.cooperation.timeline import Countdown
from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.localities import LocalityInfo
from obecdesk.core.phases import current_phases
from obecdesk.core.vocabulary.localities import CooperationMode, Theme
from obecdesk.ui.cooperation.countdown_text import countdown_style, prominent_label
from obecdesk.ui.i18n import tr_context, vocab
from obecdesk.ui.localities.phase_plan_model import PhasePlanModel

TITLE_STYLE = "font-size: 16pt; font-weight: bold;"


class LocalityDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("detail-title")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, label in (
            ("region", self.tr("Kraj")), ("population", self.tr("Počet obyvatel")),
            ("mode", self.tr("Režim spolupráce")), ("start", self.tr("Zahájení")),
            ("end", self.tr("Plánovaný konec")),
            ("phase", self.tr("Aktuální fáze")), ("themes", self.tr("Témata")),
            ("coordinator", self.tr("Konzultant/ka")), ("notes", self.tr("Poznámky")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"detail-{key}")
            self.labels[key] = value
            form.addRow(label, value)
        self.phase_model = PhasePlanModel(self)
        self.phase_table = QTableView()
        self.phase_table.setObjectName("phase-plan")
        self.phase_table.setModel(self.phase_model)
        self.phase_table.verticalHeader().hide()
        self.phase_table.setWordWrap(True)
        # rows grow with wrapped phase names whenever the column width changes
        self.phase_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.phase_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.phase_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.phase_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.phase_box = QGroupBox(self.tr("Plán fází 36měsíční spolupráce"))
        phase_layout = QVBoxLayout(self.phase_box)
        phase_layout.addWidget(self.phase_table)

        self.fields = QWidget()
        self.fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.fields)
        layout.addWidget(self.phase_box, 1)
        layout.addStretch(0)  # keeps the title on top when there is no phase plan

    def show_locality(self, info: LocalityInfo | None, today: dt.date,
                      countdown: Countdown | None = None) -> None:
        """Show ``info`` with the phases running on ``today`` and the ``countdown`` of an acute
        or systematic cooperation; without a locality, how to start."""
        if info is None:
            self.title.setStyleSheet("color: #555;")
            self.title.setText(self.tr("Zatím žádná lokalita. Založte ji tlačítkem "
                                       "„Nová lokalita…“."))
            self.fields.hide()
            self.phase_model.set_plan([])
            self.phase_box.hide()
            return
        self.title.setStyleSheet(TITLE_STYLE)
        self.fields.show()
        self.title.setText(info.name + (self.tr(" (archivováno)") if info.archived else ""))
        phases = info.phases
        running = current_phases(info.start_date, today) if phases else []
        values = {
            "region": info.region,
            "population": number_text(info.population),
            "mode": vocab(CooperationMode.label_of(info.mode)),
            "start": date_text(info.start_date),
            "phase": "; ".join(tr_context("Phases", p.name) for p in running),
            "themes": ", ".join(vocab(Theme.label_of(t)) for t in info.themes),
            "coordinator": info.coordinator,
            "notes": info.notes,
        }
        for key, value in values.items():
            self.labels[key].setText(value)
        # the countdown to the planned end, red in the last two weeks and after the end
        end = self.labels["end"]
        end.setText(prominent_label(countdown) if countdown else "")
        end.setStyleSheet(countdown_style(countdown) if countdown else "")
        self.fields.layout().setRowVisible(end, countdown is not None)
        self.phase_model.set_plan(phases, today)
        self.phase_box.setVisible(bool(phases))
