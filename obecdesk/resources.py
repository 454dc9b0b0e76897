"""Where the shipped resources (catalogs, fonts, translations, demo data) are."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` of the checkout, of a PyInstaller bundle, or of an installed wheel."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "obecdesk" / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
