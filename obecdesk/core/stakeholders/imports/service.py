"""Importing actors from a spreadsheet: a preview first, then a separate commit.

``preview`` reads the file (:mod:`~obecdesk.core.stakeholders.imports.files`), maps its columns
and sorts every row (:mod:`~obecdesk.core.stakeholders.imports.rows`) into "will be imported",
"duplicate" and "rejected, because …" without writing anything. ``commit`` writes the good rows
in one transaction (a bulk insert), so a bad row never takes the good ones down with it and a
failure leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy import select

from obecdesk.core.records import get_live
from obecdesk.core.safety_backup import backup_before
from obecdesk.core.stakeholders.actor_fields import validated
from obecdesk.core.stakeholders.imports.bulk import actor_row, insert_actors
from obecdesk.core.stakeholders.imports.duplicate_keys import (
    duplicate_key,
    existing_keys,
    live_keys,
)
from obecdesk.core.stakeholders.imports.files import read_table
from obecdesk.core.stakeholders.imports.results import (
    ImportPreview,
    ImportResult,
    ImportRow,
    RejectedRow,
)
from obecdesk.core.stakeholders.imports.rows import PREVIEW_ROWS, map_columns, sort_rows
from obecdesk.core.text import fold
from obecdesk.core.vocabulary.stakeholders import ActorKind
from obecdesk.core.write_lock import LONG_WRITE_WAIT, retry_while_locked
from obecdesk.errors import UserError, ValidationError
from obecdesk.store import Store
from obecdesk.store.actor_search import refresh_statistics
from obecdesk.store.base import new_id
from obecdesk.store.models import Actor, Locality

# -- the service -----------------------------------------------------------------------------------


#: rows inserted between two looks at the cancel flag
COMMIT_CHUNK = 500
#: an import this large changes how the actor search should be planned (store/actor_search.py)
STATISTICS_AFTER = 1000


class ImportCancelled(UserError):
    """The user cancelled a running import; its transaction was rolled back."""


#: a row of the preview with its stored values, or the reason it is refused
CheckedRow = tuple[ImportRow, dict | None, str | None]


def _stop_if(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise ImportCancelled("Import byl zrušen; nic se nezapsalo.")


def _checked(row: ImportRow) -> tuple[dict | None, str | None]:
    """The row's stored values, or the Czech reason it is refused."""
    try:
        return validated(row.data), None
    except ValidationError as exc:
        return None, str(exc)


class ActorImportService:
    """Preview a spreadsheet of actors, then (only when confirmed) commit it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def preview(
        self, path: Path | str, locality_id: str, *,
        columns: Mapping[str, str | None] | None = None, encoding: str | None = None,
    ) -> ImportPreview:
        """Read and check the file; writes nothing. ``columns`` maps field → header.

        ``encoding`` (see ``ENCODING_CHOICES``) overrides the guess for a CSV file.
        """
        with self.store.reading() as session:
            get_live(session, Locality, locality_id, "Lokalita")
        table = read_table(path, encoding)
        mapping = map_columns(table.headers, columns, table.place)
        good, duplicates, rejected, empty = sort_rows(
            table, mapping, lambda keys: existing_keys(self.store, locality_id, keys)
        )
        ignored = [m.header for m in mapping if m.field is None and m.header]
        notes = (f"Nepoužité sloupce: {', '.join(ignored)}.",) if ignored else ()
        return ImportPreview(
            path=str(path), locality_id=locality_id, description=table.description,
            headers=table.headers, mapping=mapping, rows=tuple(good),
            duplicates=tuple(duplicates), rejected=tuple(rejected), notes=notes,
            empty_rows=empty, sample=tuple(cells for _line, cells in table.rows[:PREVIEW_ROWS]),
        )

    def commit(
        self, preview: ImportPreview, *, cancelled: Callable[[], bool] | None = None,
        wait: float = LONG_WRITE_WAIT,
    ) -> ImportResult:
        """Insert the preview's good rows in one transaction; duplicates are re-checked first.

        The re-check runs in the write transaction that inserts (``BEGIN IMMEDIATE``), so an
        import of the same file in another process either finished before it (and its actors
        count as duplicates here) or is still writing: then this one waits for it, up to
        ``wait`` seconds (:func:`~obecdesk.core.write_lock.retry_while_locked`), and finds its
        actors as duplicates; after that it is refused in Czech and writes nothing. The actors
        are never there twice. ``cancelled`` is asked between chunks of rows and between tries
        (from another thread, e.g. the dialog's cancel button); when it says yes the transaction
        rolls back and :class:`ImportCancelled` says that nothing was written.
        """
        cancelled = cancelled or (lambda: False)
        checked = [(row, *_checked(row)) for row in preview.rows]  # outside the write lock
        backup_before(self.store, "before-import")
        result = retry_while_locked(lambda: self._write(preview, checked, cancelled), wait=wait)
        if result.imported >= STATISTICS_AFTER:
            refresh_statistics(self.store.engine, added=result.imported)
        return result

    def _write(self, preview: ImportPreview, checked: list[CheckedRow],
               cancelled: Callable[[], bool]) -> ImportResult:
        """One try of :meth:`commit`: one write transaction from the duplicate check on."""
        _stop_if(cancelled)
        with self.store.unit_of_work(immediate=True) as session:
            _stop_if(cancelled)
            get_live(session, Locality, preview.locality_id, "Lokalita")
            keys = [duplicate_key(row.data.name, row.data.organisation_name)
                    for row, _values, _error in checked]
            existing = live_keys(session, preview.locality_id, keys)
            rows, late_duplicates, rejected = [], 0, []
            for (row, values, error), key in zip(checked, keys, strict=True):
                if key in existing:
                    late_duplicates += 1
                elif error is not None:
                    rejected.append(RejectedRow(row.line, error, ()))
                else:
                    rows.append((row, values))
            organisations = self._organisations(session, preview.locality_id)
            created: list[dict] = []
            # organisations first, so people of the same file can be linked to them
            ordered = sorted(rows, key=lambda r: r[1]["kind"] != ActorKind.ORGANISATION)
            for index, (_row, values) in enumerate(ordered):
                if index % COMMIT_CHUNK == 0:
                    _stop_if(cancelled)
                org = organisations.get(fold(values["organisation_name"]))
                if values["kind"] == ActorKind.PERSON and org is not None:
                    values = {**values, "organisation_id": org[0], "organisation_name": org[1]}
                actor = actor_row(values, new_id(), preview.locality_id)
                if actor["kind"] == ActorKind.ORGANISATION:
                    organisations.setdefault(fold(actor["name"]), (actor["id"], actor["name"]))
                created.append(actor)
            insert_actors(self.store, session, created, lambda: _stop_if(cancelled),
                          COMMIT_CHUNK)
            _stop_if(cancelled)
            ids = tuple(a["id"] for a in created)
        return ImportResult(len(ids), late_duplicates, tuple(rejected), ids)

    @staticmethod
    def _organisations(session, locality_id: str) -> dict[str, tuple[str, str]]:
        """The live organisations of the locality: folded name → (id, name)."""
        query = select(Actor).where(
            Actor.locality_id == locality_id, Actor.deleted.is_(False),
            Actor.kind == ActorKind.ORGANISATION,
        )
        return {fold(a.name): (a.id, a.name) for a in session.scalars(query)}

