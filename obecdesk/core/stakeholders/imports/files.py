"""Reading a spreadsheet of actors into a header and rows of text, whatever Excel saved.

Czech Excel writes CSV with semicolons in Windows-1250 ("CSV (oddělený středníkem)") or in
UTF-8 with a BOM ("CSV UTF-8"); XLSX is read with openpyxl. Every failure is one Czech sentence.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from obecdesk.core.stakeholders.imports.encoding import decode_csv_bytes
from obecdesk.core.stakeholders.imports.fields import field_for_header
from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text

XLSX_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container
MAX_FILE_BYTES = 200 * 1024 * 1024
#: how many leading non-empty rows may hold the header (title lines come first)
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class Table:
    """A sheet as text: the header row and the data rows with their spreadsheet row numbers."""

    headers: tuple[str, ...]
    #: (row number as Excel shows it, cells) — empty rows included, the importer skips them
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    #: human description, e.g. "CSV, kódování windows-1250, oddělovač ;"
    description: str
    #: where the table is, to start a sentence: "V souboru a.csv", "Na listu „Lidé“ sešitu a.xlsx"
    place: str = "V souboru"


def read_table(path: Path | str, encoding: str | None = None) -> Table:
    """Read a CSV or XLSX file; :class:`UserError` when it is not a usable spreadsheet.

    ``encoding`` (a key of ``ENCODING_CHOICES``) overrides the guess for CSV; XLSX ignores it.
    """
    path = Path(path)
    try:
        info = path.stat()
        if path.is_dir():
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # /dev/zero reads forever, a FIFO blocks the open
            raise UserError(f"{path} není obyčejný soubor s tabulkou.")
        if info.st_size > MAX_FILE_BYTES:
            raise UserError(f"Soubor {path.name} je pro import příliš velký.")
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as exc:
        raise UserError(f"Soubor {path} neexistuje.") from exc
    except IsADirectoryError as exc:
        raise UserError(f"{path} je složka, ne soubor s tabulkou.") from exc
    except OSError as exc:
        raise UserError(f"Soubor {path} nelze přečíst: {os_error_text(exc)}.") from exc
    if head.startswith(XLSX_SIGNATURE):
        return _read_xlsx(path)
    if head.startswith(OLE_SIGNATURE):
        raise UserError(
            f"Soubor {path.name} je ve starém formátu Excelu (XLS); uložte ho jako XLSX nebo CSV."
        )
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise UserError(f"Soubor {path.name} má příponu XLSX, ale není to sešit Excelu.")
    return _read_csv(path, encoding)


# -- CSV -------------------------------------------------------------------------------------------


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The CSV dialect, trusting the header line about which delimiters are in play.

    The Sniffer alone may pick the comma of "s. r. o., Praha" over the semicolons Czech Excel
    writes, so it only chooses among the delimiters that occur in the header line.
    """
    sample = text[:64 * 1024]
    first_line = sample.splitlines()[0] if sample else ""
    present = [d for d in ";\t,|" if d in first_line]

    class Chosen(csv.excel):
        delimiter = present[0] if present else ";"

    if len(present) <= 1:
        return Chosen
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(present))
    except csv.Error:
        return Chosen


def _read_csv(path: Path, encoding: str | None) -> Table:
    text, encoding = decode_csv_bytes(path.read_bytes(), path.name, encoding)
    lines_skipped = 0
    if text[:4].lower() == "sep=":  # Excel's "sep=;" hint line
        hint, _, text = text.partition("\n")
        lines_skipped = 1
        delimiter = hint[4:5] or ";"

        class Hinted(csv.excel):
            pass

        Hinted.delimiter = delimiter
        dialect: type[csv.Dialect] | csv.Dialect = Hinted
    else:
        dialect = _dialect(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise UserError(f"Soubor {path.name} není platné CSV: {exc}.") from exc
    rows = [(number + lines_skipped, tuple(cell.replace("\r\n", "\n").strip() for cell in record))
            for number, record in enumerate(records, start=1)]
    description = f"CSV, kódování {encoding}, oddělovač {_delimiter_name(dialect.delimiter)}"
    return _table(rows, path.name, description)


def _delimiter_name(delimiter: str) -> str:
    return {";": "středník", ",": "čárka", "\t": "tabulátor", "|": "svislá čára"}.get(
        delimiter, delimiter
    )


# -- XLSX ------------------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ano" if value else "ne"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _sheet_rows(sheet, limit: int | None = None) -> list[tuple[int, tuple[str, ...]]]:
    """Rows of a read-only sheet as text; the stored dimensions are ignored (often wrong)."""
    sheet.reset_dimensions()
    rows = sheet.iter_rows(values_only=True)
    if limit is not None:
        rows = itertools.islice(rows, limit)
    return [(number, tuple(_cell_text(v) for v in values))
            for number, values in enumerate(rows, start=1)]


def _choose_sheet(workbook):
    """The active sheet, or else the first whose top rows hold a recognisable header."""
    sheets = [s for s in workbook.worksheets if hasattr(s, "iter_rows")]
    if not sheets:
        return None
    active = workbook.active if workbook.active in sheets else sheets[0]
    for sheet in (active, *(s for s in sheets if s is not active)):
        if _header_position(_sheet_rows(sheet, 4 * HEADER_SEARCH_ROWS)) is not None:
            return sheet
    return active


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"Soubor {path.name} není čitelný sešit Excelu (XLSX).") from exc
    try:
        sheet = _choose_sheet(workbook)
        if sheet is None:
            raise UserError(f"Sešit {path.name} nemá žádný list s tabulkou.")
        rows = _sheet_rows(sheet)
        title = sheet.title
    finally:
        workbook.close()
    return _table(rows, f"list „{title}“ sešitu {path.name}", f"XLSX, list „{title}“",
                  place=f"Na listu „{title}“ sešitu {path.name}")


# -- both ------------------------------------------------------------------------------------------


def _header_position(rows: list[tuple[int, tuple[str, ...]]]) -> int | None:
    """The first of the leading non-empty rows with at least two known column names."""
    filled = [position for position, (_n, cells) in enumerate(rows) if any(cells)]
    for position in filled[:HEADER_SEARCH_ROWS]:
        known = sum(1 for cell in rows[position][1] if cell and field_for_header(cell))
        if known >= 2:
            return position
    return None


def _table(rows: list[tuple[int, tuple[str, ...]]], name: str, description: str, *,
           place: str | None = None) -> Table:
    """Split off the header row and return the rest as data.

    The header is the first of the leading non-empty rows in which at least two cells are known
    column names (a sheet often starts with a title line such as "Seznam aktérů 2025"); when
    no row qualifies, it is simply the first non-empty row.
    """
    filled = [position for position, (_n, cells) in enumerate(rows) if any(cells)]
    if not filled:
        raise UserError(f"Soubor {name} je prázdný." if place is None
                        else f"{name[0].upper()}{name[1:]} je prázdný.")
    header_at = _header_position(rows)
    if header_at is None:
        header_at = filled[0]
    headers = tuple(rows[header_at][1])
    while headers and not headers[-1]:
        headers = headers[:-1]
    return Table(headers, tuple(rows[header_at + 1:]), description,
                 place or f"V souboru {name}")
