"""The colours of progress and measure statuses, one place for the tree, the grid and the
dashboard (the PDF uses the same hues in ``reports/indicator_chart.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from obecdesk.core.vocabulary.indicators import MeasureStatus, ProgressStatus
from obecdesk.ui.i18n import tr_context

PROGRESS_COLOURS = {
    ProgressStatus.ON_TRACK: "#2e7d32", ProgressStatus.AT_RISK: "#ef6c00",
    ProgressStatus.OFF_TRACK: "#c62828", ProgressStatus.NO_DATA: "#757575",
}
MEASURE_COLOURS = {
    MeasureStatus.PLANNED: "#757575", MeasureStatus.PREPARATION: "#1565c0",
    MeasureStatus.RUNNING: "#2e7d32", MeasureStatus.DONE: "#00695c",
    MeasureStatus.DROPPED: "#9e9e9e",
}
FOLLOW_UP = "#fff3cd"
INVALID = "#fde0e0"


def colour_of(status: str) -> QColor:
    hex_ = PROGRESS_COLOURS.get(status) or MEASURE_COLOURS.get(status) or "#000000"
    return QColor(hex_)


def dot(status: str, size: int = 12) -> QIcon:
    """A filled circle in the status colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour_of(status))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def status_label(status: str) -> str:
    """The translated label of a progress or measure status."""
    for enum in (ProgressStatus, MeasureStatus):
        if status in {m.value for m in enum}:
            return tr_context("Vocabulary", enum(status).label)
    return status
