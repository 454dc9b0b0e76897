"""The indicator chart of the report: each value marked while the marks stay apart."""

from reportlab.graphics.shapes import PolyLine, Rect

from obecdesk.core.indicators.progress import Spec
from obecdesk.reports.indicator_chart import MARKED_POINTS, chart


def monthly(count: int) -> dict[str, float]:
    return {f"{2016 + m // 12}-{m % 12 + 1:02d}": float(m) for m in range(count)}


def shapes(drawing, kind) -> list:
    return [s for s in drawing.getContents() if isinstance(s, kind)]


def test_a_short_series_marks_every_value_and_a_long_one_only_draws_its_line():
    short, long = chart(Spec(), monthly(12), "on_track"), chart(Spec(), monthly(120), "on_track")
    assert len(shapes(short, Rect)) == 12 and len(shapes(short, PolyLine)) == 1
    assert shapes(long, Rect) == [] and len(shapes(long, PolyLine)) == 1
    assert len(shapes(long, PolyLine)[0].points) == 2 * 120
    assert MARKED_POINTS < 120
