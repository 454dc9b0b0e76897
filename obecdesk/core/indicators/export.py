"""Export of projects, measures and indicator values to XLSX or CSV (Czech Excel: semicolon,
UTF-8 with BOM, decimal comma), with the headers the import reads back.

A text cell that a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``, a
tab or a line break first) gets a leading apostrophe, so a name typed by someone else cannot
become a formula on the coordinator's computer.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from obecdesk.core.indicators.definitions import IndicatorService
from obecdesk.core.indicators.import_columns import COLUMNS
from obecdesk.core.indicators.plans import PlanService
from obecdesk.core.indicators.projects import ProjectService, hal_to_czk
from obecdesk.core.indicators.values import ValueService
from obecdesk.core.vocabulary.indicators import MeasureStatus, ProjectStatus
from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
Cell = str | int | float | Decimal | None


def safe_text(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def _headers(kind: str, fields: list[str]) -> list[str]:
    return [COLUMNS[kind][f][0] for f in fields]


def _measure_titles(store: Store, locality_id: str) -> dict[str, str]:
    """Measure lineage → its title in the current plan."""
    plans = PlanService(store)
    plan = plans.current_plan(locality_id)
    tree = plans.tree(plan.id) if plan else []
    return {m.lineage_id: m.title for a in tree for g in a.goals for m in g.measures}


def export_rows(store: Store, kind: str, locality_id: str) -> tuple[list[str], list[list[Cell]]]:
    """The header and rows of one table of the locality."""
    if kind == "projects":
        fields = ["title", "programme", "measures", "status", "requested", "approved", "people",
                  "submitted_on", "decided_on"]
        titles = _measure_titles(store, locality_id)
        rows = [[d.title, d.programme,
                 ", ".join(titles[m] for m in d.measure_ids if m in titles) or d.measures_text,
                 ProjectStatus.label_of(d.status), hal_to_czk(d.requested_hal),
                 hal_to_czk(d.approved_hal), d.people_supported, d.submitted_on, d.decided_on]
                for d in (p.data for p in ProjectService(store).of_locality(locality_id))]
        return _headers(kind, fields), rows
    if kind == "measures":
        plans = PlanService(store)
        plan = plans.current_plan(locality_id)
        fields = ["area", "goal", "title", "status", "responsible", "partners", "starts_on",
                  "ends_on", "budget"]
        rows = []
        for area in plans.tree(plan.id) if plan else []:
            for goal in area.goals:
                for m in goal.measures:
                    d = m.data
                    rows.append([area.title, goal.title, d.title, MeasureStatus.label_of(d.status),
                                 d.responsible_name, d.partners, d.starts_on, d.ends_on,
                                 hal_to_czk(d.budget_hal)])
        return _headers(kind, fields), rows
    if kind == "indicator-values":
        fields = ["indicator", "period", "value", "source", "note", "follow_up"]
        values = ValueService(store)
        rows = []
        for info in IndicatorService(store).of_locality(locality_id):
            for period, v in sorted(values.entries(info.id).items()):
                rows.append([info.name, period, v.value, v.source, v.note,
                             "ano" if v.follow_up else ""])
        return _headers(kind, fields), rows
    raise UserError(f"Neznámý druh exportu {kind}; známé jsou: {', '.join(COLUMNS)}.")


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float | Decimal | int) and not isinstance(value, bool):
        number = Decimal(str(value))
        text = str(int(number)) if number == number.to_integral_value() \
            else format(number.normalize(), "f")
        return text.replace(".", ",")
    if hasattr(value, "strftime"):
        return f"{value.day}.{value.month}.{value.year}"
    return safe_text(str(value))


def write_export(store: Store, kind: str, locality_id: str, path: Path | str) -> Path:
    """Write the table to ``path``: XLSX for ``.xlsx``, else CSV for Czech Excel."""
    path = Path(path)
    headers, rows = export_rows(store, kind, locality_id)
    try:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(path, headers, rows)
        else:
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
            writer.writerow(headers)
            writer.writerows([_csv_cell(c) for c in row] for row in rows)
            path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UserError(f"Soubor {path} nelze zapsat: {os_error_text(exc)}.") from exc
    return path


def _write_xlsx(path: Path, headers: list[str], rows: list[list[Cell]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append([float(c) if isinstance(c, Decimal) else
                      safe_text(c) if isinstance(c, str) else c for c in row])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
            elif hasattr(cell.value, "year"):
                cell.number_format = "D.M.YYYY"
    book.save(path)
