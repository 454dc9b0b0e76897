"""Saving a built PDF: a clear Czech sentence for a bad target, and never a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from obecdesk.errors import UserError


def writable_target(path: Path | str) -> Path:
    """``path`` as a Path, or a Czech error when it is a folder or its folder is missing."""
    target = Path(path)
    if target.is_dir():
        raise UserError(f"{target} je složka; zadejte jméno souboru PDF.")
    if not target.parent.is_dir():
        raise UserError(f"Složka {target.parent} neexistuje; PDF nelze uložit.")
    return target


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then swap it in: a failed write
    (a full disk, a PDF open in a viewer on Windows) leaves the old file whole."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(f"PDF nelze uložit do {target}: {exc.strerror}.") from exc
