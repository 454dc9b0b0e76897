"""Reading the PDFs the tests write with poppler-utils (``pdftotext``, ``pdfinfo``, ``pdffonts``).

The tools are required, not optional: without them a PDF test fails with one clear line instead of
being skipped, so a run without poppler-utils cannot pass unnoticed (``make system-deps``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def poppler(tool: str, *args: str) -> str:
    assert shutil.which(tool), f"{tool} (poppler-utils) is required: run `make system-deps`"
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def pdf_text(path: Path | str, *, layout: bool = False) -> str:
    return poppler("pdftotext", *(["-layout"] if layout else []), str(path), "-")


def pdf_pages(path: Path | str) -> int:
    info = poppler("pdfinfo", str(path))
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages")))


def pdf_fonts(path: Path | str) -> str:
    return poppler("pdffonts", str(path))
