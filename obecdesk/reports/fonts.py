"""The fonts every printout embeds: DejaVu Sans regular and bold, shipped in ``resources/fonts``.

Never a system font path: the coordinator's Windows laptop has none of ours, and Czech
diacritics must print. A missing or damaged file is a clear Czech error, not a reportlab
traceback.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from obecdesk.errors import UserError
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


def load_font(name: str, filename: str) -> TTFont:
    """The shipped font, or a Czech error when the file is missing or not a usable font
    (a damaged copy, a failed download)."""
    path = font_file(filename)
    try:
        return TTFont(name, str(path))
    except Exception as exc:  # reportlab raises TTFError, struct.error, OSError … for bad files
        raise UserError(
            f"Soubor písma {filename} je poškozený ({path}); tisk bez něj nejde "
            "(přeinstalujte obecdesk)."
        ) from exc


def register_fonts() -> None:
    """Register DejaVu Sans regular and bold from ``resources/fonts`` (once per process)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(load_font(name, filename))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
