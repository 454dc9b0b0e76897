"""The measures catalog and the shared indicator catalog (``resources/catalogs``).

A coordinator picks "Sociální firma" instead of typing it, and every locality's "Klienti dluhové
poradny" carries the same code, so HQ can add the numbers up. HQ may replace the files later
(by bundle); a broken file is one Czech sentence naming it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from obecdesk.errors import UserError
from obecdesk.resources import resource


@dataclass(frozen=True)
class CatalogMeasure:
    code: str
    area: str
    label_cs: str
    label_en: str


@dataclass(frozen=True)
class CatalogArea:
    code: str
    label_cs: str
    label_en: str
    measures: tuple[CatalogMeasure, ...]


@dataclass(frozen=True)
class CatalogIndicator:
    code: str
    area: str
    label_cs: str
    label_en: str
    unit: str
    direction: str
    aggregation: str
    result_type: str
    frequency: str


def _load(path: Path, expected_format: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"Katalog {path.name} nelze přečíst: {exc}.") from exc
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise UserError(f"Soubor {path.name} není katalog {expected_format}.")
    return data


@cache
def measure_areas(path: Path | None = None) -> tuple[CatalogArea, ...]:
    data = _load(path or resource("catalogs", "measures.json"), "obecdesk-measures")
    try:
        return tuple(
            CatalogArea(a["code"], a["label_cs"], a["label_en"], tuple(
                CatalogMeasure(m["code"], a["code"], m["label_cs"], m["label_en"])
                for m in a["measures"]))
            for a in data["areas"])
    except (KeyError, TypeError) as exc:
        raise UserError(f"Katalog opatření má neúplnou položku ({exc}).") from exc


@cache
def catalog_indicators(path: Path | None = None) -> tuple[CatalogIndicator, ...]:
    data = _load(path or resource("catalogs", "indicators.json"), "obecdesk-indicators")
    try:
        return tuple(CatalogIndicator(
            i["code"], i["area"], i["label_cs"], i["label_en"], i["unit"], i["direction"],
            i["aggregation"], i["result_type"], i["frequency"]) for i in data["indicators"])
    except (KeyError, TypeError) as exc:
        raise UserError(f"Katalog ukazatelů má neúplnou položku ({exc}).") from exc


def catalog_measure(code: str) -> CatalogMeasure | None:
    return next((m for a in measure_areas() for m in a.measures if m.code == code), None)


def catalog_indicator(code: str) -> CatalogIndicator | None:
    return next((i for i in catalog_indicators() if i.code == code), None)
