"""One indicator: what it is, its progress in words, a time-series chart (QtCharts) of its
values against the baseline and the per-period targets, and the history of corrections."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QListWidget, QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.indicators.overview import IndicatorStatus
from obecdesk.core.indicators.periods import parse_period
from obecdesk.core.indicators.progress import aggregate_series, value_text
from obecdesk.core.indicators.values import Correction, ValueService
from obecdesk.core.review_queries import ReviewEntry
from obecdesk.core.vocabulary.indicators import Aggregation, ResultType, Unit
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.indicators.review_style import state_label
from obecdesk.ui.indicators.status_style import colour_of, status_label
from obecdesk.ui.indicators.value_form import ValueForm

TARGET_COLOUR = "#1565c0"


class IndicatorDetail(QWidget):
    def __init__(self, values: ValueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = ValueForm(values)
        self.title = QLabel(self.tr("Vyberte ukazatel v plánu."))
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("indicator-progress")
        self.progress.setWordWrap(True)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.history = QListWidget()
        #: HQ's notes on the indicator's values, period by period
        self.reviews = QListWidget()
        self.reviews.setObjectName("indicator-reviews")
        below = QTabWidget()
        below.addTab(self.form, self.tr("Zapsat hodnotu"))
        below.addTab(self.history, self.tr("Opravy hodnot"))
        below.addTab(self.reviews, self.tr("Poznámky centrály"))
        below.setMaximumHeight(250)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.facts, self.progress):
            layout.addWidget(widget)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(below)

    def show_indicator(self, item: IndicatorStatus, history: list[Correction],
                       reviews: list[tuple[str, ReviewEntry]] = ()) -> None:
        """``reviews``: (period, entry) of HQ's notes on the values, oldest first."""
        info, d, p = item.info, item.info.data, item.progress
        computed = self.tr(" · vypočteno ze záznamů aplikace") if item.computed else ""
        self.title.setText(info.name)
        baseline = value_text(d.baseline_value, d.unit)
        if d.baseline_date:
            baseline += f" ({date_text(d.baseline_date)})"
        self.facts.setText(self.tr("{unit} · {result} · {aggregation} · výchozí hodnota {base}"
                                   "{computed}").format(
            unit=tr_context("Vocabulary", Unit.label_of(d.unit)),
            result=tr_context("Vocabulary", ResultType.label_of(d.result_type)),
            aggregation=tr_context("Vocabulary", Aggregation.label_of(d.aggregation)),
            base=baseline, computed=computed))
        percent = "" if p.percent is None else f" · {round(p.percent)} %"
        self.progress.setText(f"<b style='color:{colour_of(p.status).name()}'>"
                              f"{status_label(p.status)}</b> – {p.reason}{percent}")
        self._chart(item)
        self.form.show_indicator(info)
        self.history.clear()
        for c in history:
            self.history.addItem(self.tr("{when} {who}: {period} {old} → {new} ({why})").format(
                when=c.changed_at[:10], who=c.changed_by, period=c.period,
                old=value_text(c.old_value, d.unit), new=value_text(c.new_value, d.unit),
                why=c.reason or "–"))
        self.reviews.clear()
        for period, e in reviews:
            text = f"{e.created_at[:10]} {parse_period(period).short_label}: " \
                   f"{state_label(e.state)} – {e.author}"
            self.reviews.addItem(f"{text}: {e.comment}" if e.comment else text)

    def _chart(self, item: IndicatorStatus) -> None:
        chart, spec = self.chart, item.info.spec
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        periods = sorted({parse_period(k) for k in item.values} |
                         {parse_period(k) for k in spec.targets})
        if not periods:
            chart.setTitle(self.tr("Zatím bez hodnot a cílů"))
            return
        chart.setTitle("")
        index = {p: i for i, p in enumerate(periods)}
        values = QLineSeries(name=self.tr("Hodnota"))
        values.setPen(QPen(colour_of(item.progress.status), 2.5))
        values.setPointsVisible(True)
        for period, value in aggregate_series(spec, item.values):
            values.append(QPointF(index[period], value))
        targets = QScatterSeries(name=self.tr("Cíl za období"))
        targets.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        targets.setColor(QColor(TARGET_COLOUR))
        targets.setMarkerSize(10)
        for key, target in spec.targets.items():
            targets.append(QPointF(index[parse_period(key)], target))
        series = [values, targets]
        if spec.baseline_value is not None:
            base = QLineSeries(name=self.tr("Výchozí hodnota"))
            base.setPen(QPen(QColor("#757575"), 1.5, Qt.PenStyle.DashLine))
            base.append(0, spec.baseline_value)
            base.append(len(periods) - 1, spec.baseline_value)
            series.append(base)
        x_axis = QBarCategoryAxis()
        x_axis.append([p.short_label for p in periods])
        small = QFont(x_axis.labelsFont())
        small.setPointSizeF(7)
        x_axis.setLabelsFont(small)
        y_axis = QValueAxis()
        numbers = [pt.y() for s in series for pt in s.points()]
        y_axis.setRange(min(0.0, *numbers), max(numbers) * 1.1 or 1.0)
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            chart.addSeries(s)
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
