"""Many new rows of one table in few statements.

``executemany`` runs an INSERT once per row; on SQLite every run also opens a statement journal
and re-enters the table's triggers, so the 10,000 actors of an import cost four times what the
same rows cost as a few statements of many rows each. On SQLite the rows go in as multi-row
``VALUES`` with what the Core insert would do to them first: each column type's bind processing
and the Python-side defaults of the columns a row leaves out. Other databases keep the Core
``executemany``.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Column, Table, insert
from sqlalchemy.orm import Session

#: values one statement may bind: SQLite's limit since 3.32 (999 before)
MAX_VARIABLES = 32_766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999
#: rows per statement at most: longer statements gain nothing and cost memory
MAX_ROWS = 500
_MISSING = object()


def _default(column: Column) -> Any:
    """The value the Core insert gives a column its row leaves out (None: the database's)."""
    default = column.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (column name → value) into ``table`` in the session's transaction.

    Rows may give different columns: each group of rows giving the same ones goes in on its own,
    the columns they leave out taking their defaults, as Core's insert of such a group does.
    """
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        shapes.setdefault(tuple(sorted(row)), []).append(row)
    for same in shapes.values():
        _insert_same_columns(session, table, same)


def _insert_same_columns(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        session.execute(insert(table), rows)
        return
    given = set().union(*rows)
    columns = [c for c in table.columns if c.name in given or c.default is not None]
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    head = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
            f"({', '.join(quote(c.name) for c in columns)}) VALUES ")
    one = "(" + ", ".join("?" * len(columns)) + ")"
    per_statement = max(1, min(MAX_ROWS, MAX_VARIABLES // len(columns)))
    for start in range(0, len(rows), per_statement):
        part = rows[start:start + per_statement]
        values: list[Any] = []
        for row in part:
            for column, process in zip(columns, processors, strict=True):
                value = row.get(column.name, _MISSING)
                if value is _MISSING:
                    value = _default(column)
                values.append(process(value) if process is not None else value)
        connection.exec_driver_sql(head + ", ".join([one] * len(part)), tuple(values))
