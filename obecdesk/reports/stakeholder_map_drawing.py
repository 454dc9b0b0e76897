"""The power/interest map of the PDF report drawn with reportlab graphics: a grid of influence
against attitude (or interest), numbered dots coloured by sector, and the sector legend."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from obecdesk.core.stakeholders.actor_fields import ActorInfo, attitude_text
from obecdesk.core.text import strip_titles
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.reports.fonts import FONT, FONT_BOLD
from obecdesk.reports.page import CONTENT_WIDTH

#: one colour per sector, shared by the dots, the legend and the table's colour column
#: one colour per sector, shared by the dots, the legend and the table's colour column
SECTOR_COLOURS: dict[str, str] = {
    Sector.PUBLIC_ADMINISTRATION: "#1f77b4", Sector.MUNICIPAL_POLITICS: "#08306b",
    Sector.SOCIAL_SERVICES: "#2ca02c", Sector.NGO: "#98df8a", Sector.SCHOOL: "#ff7f0e",
    Sector.POLICE: "#393b79", Sector.EMPLOYER: "#8c564b", Sector.LABOUR_OFFICE: "#9467bd",
    Sector.REGION: "#17becf", Sector.HEALTH_CARE: "#e377c2", Sector.CHURCH: "#bcbd22",
    Sector.TARGET_GROUP: "#d62728", Sector.RESIDENT: "#ff9896", Sector.OTHER: "#7f7f7f",
}
PLOT_HEIGHT = 118 * mm
AXIS_MARGIN = 14 * mm
ROW_STEP = 7.6
MAX_PER_COLUMN = 7
AXES = {
    "attitude": ("Postoj k začleňování", [-2, -1, 0, 1, 2], [attitude_text(v) for v in range(-2, 3)]),
    "interest": ("Zájem", [1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"]),
}


@dataclass(frozen=True)
class MapEntry:
    number: int
    actor: ActorInfo


def short_name(name: str, limit: int = 22) -> str:
    """The name without academic titles, cut to fit beside a dot."""
    short = strip_titles(name)
    return short if len(short) <= limit else short[: limit - 1] + "…"


def sector_colour(sector: str) -> colors.Color:
    return colors.HexColor(SECTOR_COLOURS.get(sector, SECTOR_COLOURS[Sector.OTHER]))


def _x_value(actor: ActorInfo, axis: str) -> int:
    return actor.attitude if axis == "attitude" else actor.interest


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is ours, so no unembedded Helvetica enters the PDF."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


def map_drawing(entries: list[MapEntry], axis: str = "attitude") -> Drawing:
    """The 5 × 5 grid with the actors of each cell listed as numbered, coloured dots."""
    title, values, labels = AXES[axis]
    width = CONTENT_WIDTH
    plot_w, plot_h = width - AXIS_MARGIN, PLOT_HEIGHT - 10 * mm
    left, bottom = AXIS_MARGIN, 10 * mm
    cell_w, cell_h = plot_w / 5, plot_h / 5
    drawing = _drawing(width, PLOT_HEIGHT)
    if axis == "attitude":  # tint: supporters green, opponents red, stronger where influential
        for column, value in enumerate(values):
            for row in range(5):
                tint = _tint(value, influential=row >= 3)
                if tint is not None:
                    drawing.add(Rect(left + column * cell_w, bottom + row * cell_h, cell_w,
                                     cell_h, fillColor=tint, strokeColor=None))
    for i in range(6):
        grey = colors.HexColor("#c9d1d9")
        drawing.add(Line(left + i * cell_w, bottom, left + i * cell_w, bottom + plot_h,
                         strokeColor=grey, strokeWidth=0.4))
        drawing.add(Line(left, bottom + i * cell_h, left + plot_w, bottom + i * cell_h,
                         strokeColor=grey, strokeWidth=0.4))
    for i, label in enumerate(labels):
        drawing.add(String(left + (i + 0.5) * cell_w, bottom - 9, label, fontName=FONT,
                           fontSize=8, textAnchor="middle"))
    for level in range(1, 6):
        drawing.add(String(left - 8, bottom + (level - 0.5) * cell_h - 3, str(level),
                           fontName=FONT, fontSize=8, textAnchor="middle"))
    drawing.add(String(left + plot_w / 2, 0, f"{title} →", fontName=FONT_BOLD, fontSize=8.5,
                       textAnchor="middle"))
    vertical = String(0, 0, "Vliv →", fontName=FONT_BOLD, fontSize=8.5, textAnchor="middle")
    rotated = Group(vertical)
    rotated.transform = (0, 1, -1, 0, 9, bottom + plot_h / 2)
    drawing.add(rotated)
    cells: dict[tuple[int, int], list[MapEntry]] = {}
    for entry in entries:
        column = values.index(_x_value(entry.actor, axis))
        cells.setdefault((column, entry.actor.influence - 1), []).append(entry)
    for (column, row), members in cells.items():
        _draw_cell(drawing, members, left + column * cell_w, bottom + (row + 1) * cell_h, cell_w)
    return drawing


def _tint(attitude: int, *, influential: bool) -> colors.Color | None:
    if attitude == 0:
        return None
    if attitude > 0:
        return colors.HexColor("#d9efd9" if influential else "#eef8ee")
    return colors.HexColor("#f6d5d5" if influential else "#fbeeee")


def fit_text(value: str, width: float, font_size: float = 6) -> str:
    """``value`` cut with an ellipsis so that it is at most ``width`` points wide."""
    if stringWidth(value, FONT, font_size) <= width:
        return value
    while value and stringWidth(value + "…", FONT, font_size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _draw_cell(drawing: Drawing, members: list[MapEntry], x0: float, top: float,
               cell_w: float) -> None:
    columns = 1 if len(members) <= MAX_PER_COLUMN else 2
    shown = members[: MAX_PER_COLUMN * columns]
    column_w = cell_w / columns
    for index, entry in enumerate(shown):
        col, line = divmod(index, MAX_PER_COLUMN)
        x = x0 + 5 + col * column_w
        y = top - 8.5 - line * ROW_STEP
        drawing.add(Circle(x, y + 2, 2.8, fillColor=sector_colour(entry.actor.sector),
                           strokeColor=colors.white, strokeWidth=0.4))
        label = fit_text(f"{entry.number} {short_name(entry.actor.name, 60)}", column_w - 11)
        drawing.add(String(x + 4.5, y, label, fontName=FONT, fontSize=6))
    if len(members) > len(shown):
        drawing.add(String(x0 + cell_w - 3, top - 8.5 - MAX_PER_COLUMN * ROW_STEP,
                           f"+{len(members) - len(shown)} dalších", fontName=FONT,
                           fontSize=6, textAnchor="end"))


def legend_drawing(sectors: list[str]) -> Drawing:
    """Coloured dots with the Czech sector labels, three to a row."""
    per_row = 3
    rows = (len(sectors) + per_row - 1) // per_row
    drawing = _drawing(CONTENT_WIDTH, rows * 11 + 2)
    for index, sector in enumerate(sectors):
        row, col = divmod(index, per_row)
        x = col * CONTENT_WIDTH / per_row + 4
        y = (rows - row - 1) * 11 + 4
        drawing.add(Circle(x, y + 2.5, 3, fillColor=sector_colour(sector), strokeColor=None))
        drawing.add(String(x + 7, y, Sector.label_of(sector), fontName=FONT, fontSize=8))
    return drawing
