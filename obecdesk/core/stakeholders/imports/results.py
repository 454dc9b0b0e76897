"""What an import preview and a committed import hold: the column mapping and the three piles
of rows (to import, duplicates, rejected), as frozen values the UI and the CLI show."""

from __future__ import annotations

from dataclasses import dataclass, field

from obecdesk.core.stakeholders.actor_fields import ActorData


@dataclass(frozen=True)
class ColumnMapping:
    """One column of the file and the field it fills (``None``: ignored)."""

    index: int
    header: str
    field: str | None


@dataclass(frozen=True)
class ImportRow:
    """A row that will be imported, as the actor it becomes."""

    line: int
    data: ActorData
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reason: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class DuplicateRow:
    line: int
    name: str
    organisation: str
    #: "už je v evidenci", "opakuje řádek 7" or "možná duplicita: … jako „Mgr. Jan Novák“"
    reason: str
    #: the names differ in titles or word order only: probably, not surely, the same actor
    possible: bool = False


@dataclass(frozen=True)
class ImportPreview:
    """Everything the user sees before confirming; ``commit`` needs nothing else."""

    path: str
    locality_id: str
    description: str
    headers: tuple[str, ...]
    mapping: tuple[ColumnMapping, ...]
    rows: tuple[ImportRow, ...]
    duplicates: tuple[DuplicateRow, ...]
    rejected: tuple[RejectedRow, ...]
    #: row-independent remarks (ignored columns, …)
    notes: tuple[str, ...]
    empty_rows: int
    #: the first rows of the file as they are, for the mapping preview
    sample: tuple[tuple[str, ...], ...] = field(default=())

    @property
    def warnings(self) -> list[str]:
        """Every row warning, prefixed with its row number."""
        return [f"řádek {row.line}: {w}" for row in self.rows for w in row.warnings]

    def field_of(self, header: str) -> str | None:
        return next((m.field for m in self.mapping if m.header == header), None)

    def counts(self) -> dict[str, int]:
        return {"to_import": len(self.rows), "duplicates": len(self.duplicates),
                "rejected": len(self.rejected), "empty_rows": self.empty_rows,
                "warnings": len(self.warnings)}


@dataclass(frozen=True)
class ImportResult:
    imported: int
    #: rows found to be duplicates only at commit time (someone added them since the preview)
    duplicates: int
    rejected: tuple[RejectedRow, ...]
    actor_ids: tuple[str, ...]
