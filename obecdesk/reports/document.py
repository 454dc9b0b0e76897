"""The shared base of every printout: fonts, one A4 page template, one style sheet.

The fonts ship in ``resources/fonts/`` (DejaVu Sans, with its licence) and are embedded in every
PDF, because the coordinator's Windows laptop has none of ours and Czech diacritics must print.
A system font path is never used. Dates and numbers come from :mod:`obecdesk.core.formatting`.

Usage::

    doc = ReportDocument(title="Program jednání", municipality="Dolní Bránice", body="PS Bydlení")
    story = [doc.heading("…"), doc.paragraph("…"), doc.table(rows, widths)]
    doc.write(path, story)          # or doc.to_bytes(story) for an e-mail attachment
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from obecdesk.core.output_files import writable_target, write_atomically
from obecdesk.reports.fonts import FONT, FONT_BOLD
from obecdesk.reports.page import (
    CONTENT_WIDTH,
    FRAME_HEIGHT,
    HEADER_GREY,
    LINE_GREY,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TOP_MARGIN,
    NumberedCanvas,
)
from obecdesk.reports.styles import styles, text


class ReportDocument:
    """One printout: its title and the municipality and body shown in every page header."""

    def __init__(self, *, title: str, municipality: str, body: str = "",
                 subtitle: str = "") -> None:
        self.title = title
        self.municipality = municipality
        self.body = body
        self.subtitle = subtitle
        self.styles = styles()

    # -- building blocks -------------------------------------------------------------------------

    def heading(self, value: str) -> Paragraph:
        return Paragraph(text(value), self.styles.heading)

    def paragraph(self, value: str, *, markup: bool = False, style: str = "body") -> Paragraph:
        """A paragraph of plain text (escaped) or of reportlab markup (``markup=True``)."""
        return Paragraph(value if markup else text(value), getattr(self.styles, style))

    def bullet(self, markup: str, marker: str = "•", level: int = 1) -> Paragraph:
        """A list line of reportlab markup: ``marker`` is ``•`` or a number such as ``2.``;
        each ``level`` of nesting indents it one step further."""
        step = 14
        style = ParagraphStyle(f"bullet-{level}", parent=self.styles.bullet,
                               leftIndent=step * level, bulletIndent=step * (level - 1) + 3)
        return Paragraph(markup, style, bulletText=marker)

    def cell(self, value: Any, *, bold: bool = False) -> Paragraph:
        return Paragraph(text(value), self.styles.cell_bold if bold else self.styles.cell)

    def spacer(self, height_mm: float = 4) -> Spacer:
        return Spacer(1, height_mm * mm)

    def together(self, flowables: list) -> KeepTogether:
        """Flowables that must not be split over a page break (e.g. the signature block)."""
        return KeepTogether(flowables)

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
              header: bool = True, row_height: float | None = None,
              extra_style: Sequence[tuple] = ()) -> Table:
        """A grid table whose header row repeats on every page it continues onto.

        Cells that are strings become wrapping paragraphs so long text never overlaps a column.
        ``row_height`` is a minimum (room to sign in): a row with longer text grows instead of
        letting the text run over the grid.
        """
        cells = [[self.cell(v if v != "" else "\u00a0", bold=header and r == 0)
                  if not isinstance(v, Flowable) else v for v in row]
                 for r, row in enumerate(rows)]
        heights = None
        if row_height is not None:
            heights = [None if header and r == 0 else self._row_height(row, widths, row_height)
                       for r, row in enumerate(cells)]
        table = Table(cells, colWidths=list(widths), rowHeights=heights,
                      repeatRows=1 if header else 0, hAlign="LEFT")
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, 9),  # else reportlab references Helvetica
            ("GRID", (0, 0), (-1, -1), 0.5, LINE_GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY))
        table.setStyle(TableStyle(style + list(extra_style)))
        return table

    @staticmethod
    def _row_height(row: Sequence[Flowable], widths: Sequence[float], minimum: float) -> float:
        """The taller of ``minimum`` and what the row's wrapped text needs (3 pt padding)."""
        needed = max(cell.wrap(width - 8, PAGE_HEIGHT)[1] for cell, width in zip(
            row, widths, strict=True))
        return max(minimum, needed + 6)

    def facts(self, pairs: Sequence[tuple[str, str]]) -> Flowable:
        """Label–value lines (date, place, facilitator …) without a grid; empty values are left
        out (and nothing at all is drawn when every value is empty)."""
        rows = [[self.cell(label, bold=True), self.cell(value)] for label, value in pairs if value]
        if not rows:
            return Spacer(1, 0)
        table = Table(rows, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        return table

    # -- output ------------------------------------------------------------------------------------

    def _draw_header(self, canvas: Canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.setFillColor(colors.HexColor("#333333"))
        top = PAGE_HEIGHT - 11 * mm
        canvas.drawString(MARGIN, top, self.municipality)
        canvas.setFont(FONT, 9)
        if self.body:
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top, self.body)
        canvas.setStrokeColor(LINE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, 10 * mm, self.title)
        canvas.restoreState()

    def _build(self, target, story: list) -> None:
        doc = BaseDocTemplate(
            target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP_MARGIN, bottomMargin=MARGIN, title=self.title,
            author="obecdesk", initialFontName=FONT, subject=f"{self.municipality} – {self.body}".strip(" –"),
        )
        # no frame padding, so text and tables line up with the header rule
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="content")
        doc.addPageTemplates([PageTemplate("a4", frames=[frame], onPage=self._draw_header)])
        doc.build(self.head() + story, canvasmaker=NumberedCanvas)

    def head(self) -> list[Flowable]:
        """The title (and subtitle) every printout starts with."""
        head = [Paragraph(text(self.title), self.styles.title)]
        if self.subtitle:
            head.append(Paragraph(text(self.subtitle), self.styles.small))
            head.append(self.spacer(2))
        return head

    def space_left(self, flowables: Sequence[Flowable]) -> float:
        """Height left on the first page after the head and ``flowables``, measured the way a
        frame stacks them (space before each but the first, space after each)."""
        left = FRAME_HEIGHT
        for index, flowable in enumerate(self.head() + list(flowables)):
            if index:
                left -= flowable.getSpaceBefore()
            left -= flowable.wrap(CONTENT_WIDTH, left)[1] + flowable.getSpaceAfter()
        return left

    def to_bytes(self, story: list) -> bytes:
        buffer = io.BytesIO()
        self._build(buffer, story)
        return buffer.getvalue()

    def write(self, path: Path | str, story: list) -> Path:
        """Write the PDF; an unwritable path gives one clear Czech sentence."""
        target = writable_target(path, "PDF")  # refused before the PDF is built
        write_atomically(target, self.to_bytes(story), "PDF")
        return target
