"""One audience group's course: tension (1–5, left axis) and attitude (−2…+2, right axis) over
the dates of its readings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen

from obecdesk.core.communication.audiences import GroupInfo


def _ms(day: dt.date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


class TrendChart(QChartView):
    def __init__(self, parent=None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setMinimumHeight(200)
        self.tension: QLineSeries | None = None
        self.attitude: QLineSeries | None = None

    def show_group(self, group: GroupInfo | None) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(group.name if group else "")
        self.tension = self.attitude = None
        if group is None or not group.readings:
            return
        self.tension = QLineSeries(name=self.tr("Napětí (1–5)"))
        self.attitude = QLineSeries(name=self.tr("Postoj (−2 až +2)"))
        self.tension.setPen(QPen(QColor("#c62828"), 2.5))
        self.attitude.setPen(QPen(QColor("#1565c0"), 2.5))
        for reading in group.readings:
            self.tension.append(_ms(reading.data.read_on), reading.data.tension)
            self.attitude.append(_ms(reading.data.read_on), reading.data.attitude)
        for series in (self.tension, self.attitude):
            series.setPointsVisible(True)
            chart.addSeries(series)
        dates = QDateTimeAxis()
        dates.setFormat("d. M.")
        first, last = group.readings[0].data.read_on, group.readings[-1].data.read_on
        dates.setRange(QDateTime(first - dt.timedelta(days=1), QTime(0, 0)),
                       QDateTime(last + dt.timedelta(days=1), QTime(23, 0)))
        tension_axis = QValueAxis()
        tension_axis.setRange(1, 5)
        tension_axis.setTickCount(5)
        tension_axis.setLabelFormat("%d")
        attitude_axis = QValueAxis()
        attitude_axis.setRange(-2, 2)
        attitude_axis.setTickCount(5)
        attitude_axis.setLabelFormat("%d")
        chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(tension_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(attitude_axis, Qt.AlignmentFlag.AlignRight)
        for series, axis in ((self.tension, tension_axis), (self.attitude, attitude_axis)):
            series.attachAxis(dates)
            series.attachAxis(axis)
