"""The one style sheet of all printouts (DejaVu Sans, Czech text) and the escaping of plain text
for reportlab's paragraph markup."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from obecdesk.reports.fonts import FONT, FONT_BOLD, register_fonts


@dataclass(frozen=True)
class StyleSheet:
    """The one style sheet of all printouts."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle


def styles() -> StyleSheet:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13.5,
                          alignment=TA_LEFT, spaceAfter=4)
    return StyleSheet(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20,
                             spaceAfter=6),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=12,
                               leading=15, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        subheading=ParagraphStyle("subheading", parent=body, fontName=FONT_BOLD, spaceBefore=3,
                                  spaceAfter=2, keepWithNext=1),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11,
                             textColor=colors.HexColor("#444444")),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9,
                                 leading=11.5, spaceAfter=0),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=3),
    )


def text(value: Any) -> str:
    """Plain text escaped for a reportlab paragraph (``&``, ``<`` would break its markup)."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")
