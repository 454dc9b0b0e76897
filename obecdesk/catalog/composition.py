"""The recommended composition of the partnership's bodies (seed 001) as an editable JSON catalog.

Each seat says for which kinds of body it is recommended (the partnership as a whole, the steering
group, a working group) and how important it is (``priority``: 1 first), so a new group sees the
few seats to fill first rather than every seat in red.

The file is data a coordinator or HQ may edit, so every problem in it becomes one Czech sentence
naming the file and the entry, never a traceback. This module only reads and checks the file;
what an entry means (which member fills a seat) is a rule of
:mod:`obecdesk.core.stakeholders.composition`, which also hands in the sector codes it knows.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.resources import resource

CATALOG_FORMAT = "obecdesk-composition"


class CatalogError(UserError):
    """A catalog file that cannot be used; the message says which file and why."""


@dataclass(frozen=True)
class CompositionEntry:
    """One recommended seat in a working group and what satisfies it."""

    code: str
    label_cs: str
    label_en: str
    obligatory: bool
    #: a member's sector must be one of these (any sector when empty)
    sectors: tuple[str, ...]
    #: keywords (as written); one must start a word of the member's role, name or organisation
    #: (any member when empty)
    roles: tuple[str, ...]
    #: keywords that keep a member out of the seat ("Finanční úřad" is no finance department)
    not_roles: tuple[str, ...] = ()
    #: sectors whose members fill the seat whatever their role
    sectors_alone: tuple[str, ...] = ()
    #: kinds of body the seat is recommended for (every kind when empty)
    body_kinds: tuple[str, ...] = ()
    #: 1 is the seat to fill first
    priority: int = 100

    def recommended_for(self, body_kind: str) -> bool:
        return not self.body_kinds or body_kind in self.body_kinds

    def label(self, lang: str = "cs") -> str:
        return self.label_en if lang == "en" and self.label_en else self.label_cs


def default_catalog_path() -> Path:
    return resource("catalogs", "composition.json")


def _entry(raw: object, index: int, path: Path, known: Collection[str],
           known_kinds: Collection[str]) -> CompositionEntry:
    where = f"Katalog složení {path.name}, položka {index + 1}"
    if not isinstance(raw, dict):
        raise CatalogError(f"{where} není objekt.")
    for key in ("code", "label_cs"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise CatalogError(f"{where} nemá vyplněné pole „{key}“.")
    sectors, roles = raw.get("sectors", []), raw.get("roles", [])
    not_roles, alone = raw.get("not_roles", []), raw.get("sectors_alone", [])
    kinds, priority = raw.get("body_kinds", []), raw.get("priority", 100)
    if not all(isinstance(v, list) for v in (sectors, roles, not_roles, alone, kinds)):
        raise CatalogError(f"{where}: „sectors“, „roles“, „not_roles“, „sectors_alone“ "
                           "i „body_kinds“ musí být seznamy.")
    if not isinstance(priority, int) or isinstance(priority, bool) or priority < 1:
        raise CatalogError(f"{where}: „priority“ musí být kladné celé číslo.")
    unknown = [s for s in (*sectors, *alone) if s not in known]
    if unknown:
        raise CatalogError(f"{where} uvádí neznámý sektor {unknown[0]!r}.")
    unknown = [k for k in kinds if known_kinds and k not in known_kinds]
    if unknown:
        raise CatalogError(f"{where} uvádí neznámý druh orgánu {unknown[0]!r}.")
    if not sectors and not roles:
        raise CatalogError(f"{where} nemá sektory ani klíčová slova, nic by ji nesplnilo.")
    return CompositionEntry(
        code=raw["code"].strip(), label_cs=raw["label_cs"].strip(),
        label_en=str(raw.get("label_en", "")).strip(), obligatory=bool(raw.get("obligatory")),
        sectors=tuple(sectors), roles=_keywords(roles), not_roles=_keywords(not_roles),
        sectors_alone=tuple(alone), body_kinds=tuple(str(k) for k in kinds), priority=priority,
    )


def _keywords(values: list) -> tuple[str, ...]:
    return tuple(str(v).strip() for v in values if str(v).strip())


def load_composition(
    path: Path | str | None, *, known_sectors: Collection[str],
    known_body_kinds: Collection[str] = (),
) -> list[CompositionEntry]:
    """The catalog's entries in file order; :class:`CatalogError` when the file is unusable or
    names a sector outside ``known_sectors``."""
    path = Path(path) if path is not None else default_catalog_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"Katalog složení {path} neexistuje.") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(f"Katalog složení {path.name} není v kódování UTF-8.") from exc
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"Katalog složení {path.name} je poškozený (řádek {exc.lineno}: {exc.msg})."
        ) from exc
    except OSError as exc:
        raise CatalogError(f"Katalog složení {path} nelze přečíst: {os_error_text(exc)}.") from exc
    if not isinstance(data, dict) or data.get("format") != CATALOG_FORMAT:
        raise CatalogError(f"Soubor {path.name} není katalog složení pracovní skupiny.")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise CatalogError(f"Katalog složení {path.name} neobsahuje žádné položky.")
    entries = [_entry(raw, i, path, known_sectors, known_body_kinds)
               for i, raw in enumerate(raw_entries)]
    codes = [e.code for e in entries]
    duplicate = next((c for c in codes if codes.count(c) > 1), None)
    if duplicate:
        raise CatalogError(f"Katalog složení {path.name} uvádí kód {duplicate!r} dvakrát.")
    return entries
