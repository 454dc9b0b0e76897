"""Import of projects, measures and indicator values from Czech Excel (CSV or XLSX).

The file is read by the actor import's machinery (encoding guess, delimiter, XLSX), then every
row is checked here: a preview lists what would be written, per-row errors and warnings, and
nothing is written until :meth:`PlanImportService.commit` (the CLI's ``--dry-run`` never calls it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from obecdesk.core.indicators.cells import CellError
from obecdesk.core.indicators.import_columns import COLUMNS, REQUIRED, field_of
from obecdesk.core.indicators.import_context import Context
from obecdesk.core.indicators.import_rows import ROW_READERS
from obecdesk.core.stakeholders.imports.files import HEADER_SEARCH_ROWS, read_table
from obecdesk.errors import UserError
from obecdesk.store import Store


@dataclass(frozen=True)
class PlanImportRow:
    line: int
    values: dict[str, Any]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanImportPreview:
    kind: str
    locality_id: str
    file_name: str
    description: str
    #: header → field
    columns: dict[str, str]
    rows: list[PlanImportRow]
    #: (line, reason)
    rejected: list[tuple[int, str]]
    empty_rows: int
    notes: list[str] = field(default_factory=list)


def _header(kind: str, rows: list[tuple[int, tuple[str, ...]]]) -> int | None:
    filled = [i for i, (_n, cells) in enumerate(rows) if any(cells)]
    for position in filled[:HEADER_SEARCH_ROWS]:
        if sum(1 for cell in rows[position][1] if cell and field_of(kind, cell)) >= 2:
            return position
    return None


class PlanImportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def preview(self, kind: str, path: Path | str, locality_id: str,
                encoding: str | None = None) -> PlanImportPreview:
        if kind not in COLUMNS:
            raise UserError(f"Neznámý druh importu {kind}; známé jsou: {', '.join(COLUMNS)}.")
        path = Path(path)
        table = read_table(path, encoding)
        rows = [(0, table.headers), *table.rows]
        at = _header(kind, rows)
        if at is None:
            wanted = ", ".join(COLUMNS[kind][f][0] for f in REQUIRED[kind])
            raise UserError(f"{table.place} jsem nenašel záhlaví tabulky (čekám sloupce "
                            f"{wanted}); viz docs/import-formats.md.")
        headers = rows[at][1]
        columns = {i: field_of(kind, h) for i, h in enumerate(headers) if h}
        columns = {i: f for i, f in columns.items() if f}
        missing = [COLUMNS[kind][f][0] for f in REQUIRED[kind] if f not in columns.values()]
        if missing:
            raise UserError(f"{table.place} chybí sloupec {', '.join(missing)}.")
        context = Context.load(self.store, locality_id, path.name)
        reader = ROW_READERS[kind]
        good, rejected, empty = [], [], 0
        for line, cells in rows[at + 1:]:
            if not any(c.strip() for c in cells):
                empty += 1
                continue
            raw = {f: (cells[i].strip() if i < len(cells) else "") for i, f in columns.items()}
            try:
                values, warnings = reader(raw, context)
            except CellError as exc:
                rejected.append((line, str(exc)))
                continue
            good.append(PlanImportRow(line, values, tuple(warnings)))
        return PlanImportPreview(kind, locality_id, path.name, table.description,
                                 {headers[i]: f for i, f in columns.items()}, good, rejected,
                                 empty, context.notes)

    def commit(self, preview: PlanImportPreview) -> int:
        """Write the previewed rows in one transaction; the number written."""
        from obecdesk.core.indicators.import_commit import commit_rows

        return commit_rows(self.store, preview)
