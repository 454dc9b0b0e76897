"""The fonts every printout embeds: DejaVu Sans regular and bold, shipped in ``resources/fonts``.

Never a system font path: the coordinator's Windows laptop has none of ours, and Czech
diacritics must print. A missing file is a clear Czech error, not a reportlab traceback.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from obecdesk.core.errors import UserError
from obecdesk.resources import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def font_file(filename: str) -> Path:
    """The shipped font file, or a Czech error saying which one is missing and where."""
    path = resource("fonts", filename)
    if not path.is_file():
        raise UserError(
            f"Chybí soubor písma {filename} ve složce {path.parent}; tisk bez něj nejde "
            "(přeinstalujte obecdesk)."
        )
    return path


def register_fonts() -> None:
    """Register DejaVu Sans regular and bold from ``resources/fonts`` (once per process)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
