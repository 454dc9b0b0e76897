"""Reading one row of a plan import: cells to values, or a :class:`CellError` with the reason.

A row may also carry warnings (a measure not in the plan stays as text, an approved amount
larger than the requested one, a value that corrects an earlier one) — shown, not refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from obecdesk.catalog.plan_catalog import measure_areas
from obecdesk.core.indicators.cells import (
    CellError,
    parse_amount_hal,
    parse_count,
    parse_date,
    parse_value,
)
from obecdesk.core.indicators.import_columns import MEASURE_STATUS, PROJECT_STATUS
from obecdesk.core.indicators.import_context import Context
from obecdesk.core.indicators.periods import parse_period
from obecdesk.core.indicators.progress import value_text
from obecdesk.core.indicators.values import range_problem, unit_problem
from obecdesk.core.stakeholders.imports.cells import normalise
from obecdesk.errors import ValidationError

Reader = Callable[[dict[str, str], Context], tuple[dict[str, Any], list[str]]]


def _status(text: str, words: dict[str, str], default: str, allowed: str) -> str:
    if not text:
        return default
    found = words.get(normalise(text))
    if found is None:
        raise CellError(f"Stav „{text}“ neznám (píše se {allowed})")
    return found


def _match_measures(text: str, ctx: Context) -> tuple[list[str], list[str]]:
    """Lineage ids of the measures named in ``text`` and the names no measure matched."""
    if not text:
        return [], []
    whole = ctx.measures.get(normalise(text))
    if whole:
        return [whole], []
    parts = [p.strip() for p in text.replace("+", ",").replace("\n", ",").split(",") if p.strip()]
    found = [ctx.measures[normalise(p)] for p in parts if normalise(p) in ctx.measures]
    if found:
        return found, [p for p in parts if normalise(p) not in ctx.measures]
    return [], [text]


def read_project(raw: dict[str, str], ctx: Context) -> tuple[dict[str, Any], list[str]]:
    title = raw.get("title", "")
    if not title:
        raise CellError("Chybí název projektu")
    requested = parse_amount_hal(raw.get("requested", ""), "Požadovaná částka")
    approved = parse_amount_hal(raw.get("approved", ""), "Schválená částka")
    submitted_on = parse_date(raw.get("submitted_on", ""), "Datum podání")
    default = "submitted" if submitted_on else "idea"
    status = _status(raw.get("status", ""), PROJECT_STATUS, default,
                     "záměr, v přípravě, podáno, schváleno, realizace, ukončeno, zamítnuto, "
                     "staženo")
    measure_ids, unknown = _match_measures(raw.get("measures", ""), ctx)
    warnings = [f"opatření „{u}“ v plánu lokality není; zůstane u projektu jako text"
                for u in unknown]
    if requested is not None and approved is not None and approved > requested:
        warnings.append("schválená částka je vyšší než požadovaná")
    if status in ("approved", "running", "finished") and approved is None:
        warnings.append("projekt je schválený, ale nemá schválenou částku")
    key = ("project", normalise(title))
    if key in ctx.seen:
        warnings.append("projekt stejného názvu je v souboru víckrát")
    ctx.seen.add(key)
    return {
        "title": title, "programme": raw.get("programme", ""), "status": status,
        "requested_hal": requested, "approved_hal": approved,
        "people_supported": parse_count(raw.get("people", ""), "Počet podpořených osob"),
        "submitted_on": submitted_on,
        "decided_on": parse_date(raw.get("decided_on", ""), "Datum rozhodnutí"),
        "starts_on": parse_date(raw.get("starts_on", ""), "Zahájení"),
        "ends_on": parse_date(raw.get("ends_on", ""), "Ukončení"),
        "applicant": raw.get("applicant", ""), "notes": raw.get("notes", ""),
        "measures_text": raw.get("measures", ""), "measure_ids": measure_ids,
    }, warnings


def read_measure(raw: dict[str, str], ctx: Context) -> tuple[dict[str, Any], list[str]]:
    area, title = raw.get("area", ""), raw.get("title", "")
    if not area or not title:
        raise CellError("Chybí oblast nebo název opatření")
    key = (normalise(area), normalise(title))
    if key in ctx.planned or key in ctx.seen:
        raise CellError(f"Opatření „{title}“ v oblasti {area} už v plánu je")
    ctx.seen.add(key)
    status = _status(raw.get("status", ""), MEASURE_STATUS, "planned",
                     "plánováno, v přípravě, běží, dokončeno, zrušeno")
    responsible = raw.get("responsible", "")
    responsible_id = ctx.actors.get(normalise(responsible)) if responsible else None
    code, theme = "", ""
    for catalog_area in measure_areas():
        if normalise(catalog_area.label_cs) == normalise(area):
            theme = catalog_area.code
        for m in catalog_area.measures:
            if normalise(m.label_cs) == normalise(title):
                code = m.code
    starts = parse_date(raw.get("starts_on", ""), "Od")
    ends = parse_date(raw.get("ends_on", ""), "Do")
    if starts and ends and ends < starts:
        raise CellError("Opatření končí dřív, než začne")
    return {"area": area, "theme": theme, "goal": raw.get("goal", ""), "title": title,
            "status": status, "catalog_code": code, "responsible_id": responsible_id,
            "responsible_name": "" if responsible_id else responsible,
            "partners": raw.get("partners", ""), "starts_on": starts, "ends_on": ends,
            "budget_hal": parse_amount_hal(raw.get("budget", ""), "Rozpočet"),
            "description": raw.get("description", "")}, []


def read_value(raw: dict[str, str], ctx: Context) -> tuple[dict[str, Any], list[str]]:
    name = raw.get("indicator", "")
    indicator = ctx.indicators.get(normalise(name))
    if indicator is None:
        raise CellError(f"Ukazatel „{name}“ lokalita nemá")
    if indicator.computed:
        raise CellError(f"Ukazatel „{name}“ se počítá ze záznamů aplikace")
    try:
        period = parse_period(raw.get("period", ""))
    except ValidationError as exc:
        raise CellError(str(exc).rstrip(".")) from None
    if period.frequency != indicator.frequency:
        raise CellError(f"Ukazatel „{name}“ se nevykazuje za období {period.label}")
    value = parse_value(raw.get("value", ""), indicator.unit)
    if value is None:
        raise CellError("Chybí hodnota")
    note = raw.get("note", "")
    problem = unit_problem(value, indicator.unit) or (
        None if note else range_problem(value, indicator.min_value, indicator.max_value,
                                        indicator.unit))
    if problem:
        raise CellError(problem.rstrip(".") + ("" if note else "; doplňte poznámku, proč platí"
                                               if "rozsah" in problem else ""))
    key = ("value", indicator.id, period.key)
    if key in ctx.seen:
        raise CellError(f"Hodnota za {period.label} je v souboru podruhé")
    ctx.seen.add(key)
    warnings = []
    old = ctx.values.get((indicator.id, period.key))
    if old is not None and old != value:
        warnings.append(f"opraví dřívější hodnotu {value_text(old, indicator.unit)} na "
                        f"{value_text(value, indicator.unit)} (zapíše se do historie oprav)")
    follow = normalise(raw.get("follow_up", "")) in {"ano", "a", "x", "1", "yes"}
    return {"indicator_id": indicator.id, "period": period.key, "value": value,
            "source": raw.get("source", ""), "note": note, "follow_up": follow,
            "follow_up_reason": note if follow else ""}, warnings


ROW_READERS: dict[str, Reader] = {
    "projects": read_project, "measures": read_measure, "indicator-values": read_value,
}
