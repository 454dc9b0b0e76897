"""Benchmark: a locality's indicator report over the big store, against a raw baseline.

Times the path of ``obecdesk report indicators --locality NAME`` (``locality_indicators`` then
``write_indicator_report`` to a PDF) for one locality of the generated store (``big_store``;
100,000 indicator values per locality at full size), against the same rows read with
``sqlite3`` and drawn with reportlab directly: one table row per indicator with its name,
unit, baseline and last value beside a line chart of its values, in a plain ``SimpleDocTemplate``
with the same embedded font. Goal: ≤ 3× the raw side (a printout is an export: DESIGN.md §5
asks for a fair fraction of raw speed). Asserts nothing.

    python bench/scale_report.py [--size full|small] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_store import SIZES, copy_of  # noqa: E402
from figures import HEADER, Figures, median_s  # noqa: E402
from reportlab.graphics.shapes import Drawing, PolyLine  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from obecdesk.core.indicators.overview import locality_indicators  # noqa: E402
from obecdesk.reports.fonts import FONT, register_fonts  # noqa: E402
from obecdesk.reports.indicator_report import write_indicator_report  # noqa: E402
from obecdesk.store import open_store  # noqa: E402

GOAL_RATIO = 3.0


def raw_report(db: Path, locality_id: str, out: Path) -> None:
    """The same rows with ``sqlite3``, drawn as one reportlab table row per indicator."""
    conn = sqlite3.connect(db)
    indicators = conn.execute(
        "SELECT id, name, unit, baseline_value FROM indicators WHERE locality_id = ? "
        "AND deleted = 0 ORDER BY position", (locality_id,)).fetchall()
    series: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for indicator, period, value in conn.execute(
            "SELECT indicator_id, period, value FROM indicator_values WHERE locality_id = ? "
            "AND deleted = 0 ORDER BY indicator_id, period", (locality_id,)):
        series[indicator].append((period, value))
    conn.close()
    register_fonts()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=8)
    rows = []
    for indicator, name, unit, baseline in indicators:
        points = series[indicator]
        drawing = Drawing(62 * mm, 30 * mm)
        if points:
            high = max(v for _p, v in points) or 1
            step = 62 * mm / len(points)
            drawing.add(PolyLine([c for i, (_p, v) in enumerate(points)
                                  for c in (i * step, 30 * mm * v / high)]))
        last = f"{points[-1][1]:g} ({points[-1][0]})" if points else "bez údajů"
        rows.append([Paragraph(f"<b>{name}</b> ({unit}); výchozí hodnota {baseline}; "
                               f"poslední {last}", style), drawing])
    table = Table(rows, colWidths=[110 * mm, 66 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(out)).build([table])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size = SIZES[args.size]
    figures = Figures("scale_report")
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")
        data = copy_of(size, root / "store")
        store = open_store(data_dir=data)
        db = data / "obecdesk.sqlite"
        conn = sqlite3.connect(db)
        loc, values = conn.execute(
            "SELECT l.id, count(*) FROM localities l JOIN indicator_values v "
            "ON v.locality_id = l.id GROUP BY l.id ORDER BY l.name LIMIT 1").fetchone()
        conn.close()
        today = dt.date.today()
        print(HEADER)
        ours = median_s(lambda: write_indicator_report(
            locality_indicators(store, loc, today), root / "ours.pdf"), args.repeat, warm=False)
        raw = median_s(lambda: raw_report(db, loc, root / "raw.pdf"), args.repeat, warm=False)
        pages = (root / "ours.pdf").read_bytes().count(b"/Type /Page\n")
        figures.add(f"indicator report PDF of a locality ({values:,} values)", ours, raw,
                    goal_ratio=GOAL_RATIO, note=f"{pages} pages")
        read = median_s(lambda: locality_indicators(store, loc, today), args.repeat)
        figures.add("  of which reading the report's data (locality_indicators)", read)
        store.dispose()
    figures.save(size=size.key)


if __name__ == "__main__":
    main()
