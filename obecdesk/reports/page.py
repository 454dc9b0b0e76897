"""The one A4 page of all printouts: margins, and the footer "strana X z Y".

The canvas keeps pages back until the document is complete, so each footer knows the total.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from obecdesk.reports.fonts import FONT

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
#: width available for content between the left and right margins
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
#: the content frame's height on every page (the top margin leaves room for the header line)
TOP_MARGIN = MARGIN + 4 * mm
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - MARGIN
HEADER_GREY = colors.HexColor("#E8ECF0")
LINE_GREY = colors.HexColor("#9AA5B1")


class NumberedCanvas(Canvas):
    """Holds pages back until the end so the footer can say "strana X z Y"."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # never Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm,
                                 f"strana {self._pageNumber} z {total}")
            super().showPage()
        super().save()
