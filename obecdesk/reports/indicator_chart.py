"""A small time-series chart of one indicator for the report: its values per period as a line,
the per-period targets as squares, the baseline as a dashed line (reportlab graphics)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from obecdesk.core.indicators.periods import parse_period
from obecdesk.core.indicators.progress import Spec, aggregate_series
from obecdesk.core.vocabulary.indicators import ProgressStatus
from obecdesk.reports.fonts import FONT

STATUS_COLOURS = {
    ProgressStatus.ON_TRACK: colors.HexColor("#2e7d32"),
    ProgressStatus.AT_RISK: colors.HexColor("#ef6c00"),
    ProgressStatus.OFF_TRACK: colors.HexColor("#c62828"),
    ProgressStatus.NO_DATA: colors.HexColor("#757575"),
}
TARGET = colors.HexColor("#1565c0")
#: a value gets its own mark up to two years of monthly values (drawing each costs as much as
#: the rest of the chart; ten years of marks 0.5 mm apart only thicken the line)
MARKED_POINTS = 24


def chart(spec: Spec, values: dict[str, float], status: str, width: float = 62 * mm,
          height: float = 30 * mm) -> Drawing:
    """The aggregate value per period (what the progress compares), against targets and baseline."""
    drawing = Drawing(width, height)
    periods = sorted({parse_period(k) for k in values} | {parse_period(k) for k in spec.targets})
    if not periods:
        drawing.add(String(2, height / 2, "bez údajů", fontName=FONT, fontSize=7))
        return drawing
    series = aggregate_series(spec, values)
    numbers = [v for _p, v in series if v is not None] + list(spec.targets.values())
    if spec.baseline_value is not None:
        numbers.append(spec.baseline_value)
    low, high = min(numbers + [0]), max(numbers)
    high = high if high > low else low + 1
    left, bottom, plot_w, plot_h = 18, 10, width - 22, height - 14

    def x(index: int) -> float:
        return left + plot_w * (index + 0.5) / len(periods)

    def y(value: float) -> float:
        return bottom + plot_h * (value - low) / (high - low)

    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.grey,
                     strokeWidth=0.4))
    for value in (low, high):
        drawing.add(String(left - 2, y(value) - 2, _short(value), fontName=FONT, fontSize=5.5,
                           textAnchor="end"))
    if spec.baseline_value is not None:
        drawing.add(Line(left, y(spec.baseline_value), left + plot_w, y(spec.baseline_value),
                         strokeColor=colors.grey, strokeWidth=0.5, strokeDashArray=[2, 2]))
    index = {p: i for i, p in enumerate(periods)}
    for key, target in spec.targets.items():
        i = index[parse_period(key)]
        drawing.add(Rect(x(i) - 1.8, y(target) - 1.8, 3.6, 3.6, fillColor=None,
                         strokeColor=TARGET, strokeWidth=0.7))
    points = [(x(index[p]), y(v)) for p, v in series if v is not None]
    colour = STATUS_COLOURS.get(ProgressStatus(status), colors.black)
    if len(points) > 1:
        drawing.add(PolyLine([c for pt in points for c in pt], strokeColor=colour,
                             strokeWidth=1.1))
    if len(points) <= MARKED_POINTS:  # more marks than that run together into a thick line
        for px, py in points:
            drawing.add(Rect(px - 0.9, py - 0.9, 1.8, 1.8, fillColor=colour, strokeColor=colour))
    step = max(1, len(periods) // 4)
    for i, period in enumerate(periods):
        if i % step == 0:
            drawing.add(String(x(i), 2, period.short_label, fontName=FONT, fontSize=5.5,
                               textAnchor="middle"))
    return drawing


def _short(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f} mil.".replace(".", ",")
    if abs(value) >= 10_000:
        return f"{value / 1000:.0f} tis."
    return f"{value:g}".replace(".", ",")
