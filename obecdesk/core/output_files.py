"""Saving what obecdesk writes for people (PDFs, e-mail drafts, calendar files, exports):
one clear Czech sentence for a bad target, and never a half-written or 0-byte file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def writable_target(path: Path | str, what: str = "soubor") -> Path:
    """``path`` as a Path, or a Czech error when it is a folder or its folder is missing;
    ``what`` names the file in the message ("PDF", "soubor")."""
    target = Path(path)
    if target.is_dir():
        raise UserError(f"{target} je složka; zadejte jméno souboru"
                        f"{' ' + what if what != 'soubor' else ''}.")
    if not target.parent.is_dir():
        raise UserError(f"Složka {target.parent} neexistuje; {what} nelze uložit.")
    return target


def write_atomically(target: Path, data: bytes, what: str = "soubor") -> None:
    """Write ``data`` to a temporary file beside ``target``, then swap it in: a failed write
    (a full disk, a file open in a viewer on Windows) leaves the old file whole and no new one."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp",
                                             dir=target.parent)
    except OSError as exc:
        raise UserError(f"{_capital(what)} nelze uložit do {target}: {os_error_text(exc)}.") from exc
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(f"{_capital(what)} nelze uložit do {target}: {os_error_text(exc)}.") from exc


def save(path: Path | str, data: bytes, what: str = "soubor") -> Path:
    """:func:`writable_target` then :func:`write_atomically`; returns the path written."""
    target = writable_target(path, what)
    write_atomically(target, data, what)
    return target
