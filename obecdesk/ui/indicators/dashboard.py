"""The locality at a glance: the phase of the cooperation (seed 003), measures by status,
indicators off track (with the reason) and the projects summary."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.overview import LocalityIndicators
from obecdesk.core.vocabulary.indicators import ProgressStatus
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.indicators.projects_panel import summary_text
from obecdesk.ui.indicators.status_style import colour_of, status_label


class Dashboard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = QLabel()
        self.phase.setObjectName("dashboard-phase")
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.measures = QLabel()
        self.measures.setObjectName("dashboard-measures")
        self.indicators = QLabel()
        self.indicators.setObjectName("dashboard-indicators")
        self.off_track = QLabel()
        self.off_track.setObjectName("dashboard-off-track")
        self.off_track.setWordWrap(True)
        self.projects = QLabel()
        self.projects.setObjectName("dashboard-projects")
        self.projects.setWordWrap(True)
        grid = QGridLayout(self)
        for row, (title, widgets) in enumerate([
                (self.tr("Fáze spolupráce"), [self.phase]),
                (self.tr("Strategický plán"), [self.plan, self.measures]),
                (self.tr("Ukazatele"), [self.indicators, self.off_track]),
                (self.tr("Projekty"), [self.projects])]):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            for widget in widgets:
                inner.addWidget(widget)
            grid.addWidget(box, row // 2, row % 2)
        grid.setRowStretch(2, 1)

    def show_data(self, data: LocalityIndicators) -> None:
        self.phase.setText("\n".join(tr_context("Phases", p.name) for p in data.phases)
                           or self.tr("mimo 36měsíční plán (nebo bez data zahájení)"))
        plan = data.plan
        self.plan.setText(self.tr("{0}, verze {1}, schválen {2}").format(
            plan.title, plan.version, date_text(plan.adopted_on) or "–") if plan
            else self.tr("Lokalita zatím nemá strategický plán."))
        self.measures.setText("<br>".join(
            f"<span style='color:{colour_of(k).name()}'>●</span> {status_label(k)}: {v}"
            for k, v in data.measures_by_status.items()))
        counts = {s: 0 for s in ProgressStatus}
        for item in data.indicators:
            counts[item.progress.status] += 1
        self.indicators.setText(" · ".join(
            f"<span style='color:{colour_of(s).name()}'>●</span> {status_label(s)} {n}"
            for s, n in counts.items()))
        off = [f"<b>{i.info.name}</b>: {i.progress.reason}" for i in data.off_track]
        self.off_track.setText("<br>".join(off) or self.tr("Žádný ukazatel není mimo plán."))
        self.projects.setText(summary_text(data.summary))
