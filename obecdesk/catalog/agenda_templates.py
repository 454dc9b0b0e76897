"""Agenda templates (a regular working-group meeting, a public meeting, a steering group) as an
editable JSON catalog with Czech and English titles.

Like the composition catalog, the file is data HQ may edit, so a problem in it is one Czech
sentence naming the file and the template, never a traceback. What an item becomes in a
meeting's agenda (an item marked ``review`` is its "Kontrola úkolů") is decided in
:mod:`obecdesk.core.meetings.agenda_copy`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from obecdesk.catalog.composition import CatalogError
from obecdesk.os_errors import os_error_text
from obecdesk.resources import resource

TEMPLATES_FORMAT = "obecdesk-agenda-templates"


@dataclass(frozen=True)
class TemplateItem:
    """One agenda item of a template, its texts in Czech and English."""

    raw: dict

    @property
    def review(self) -> bool:
        return bool(self.raw.get("review"))

    @property
    def minutes(self) -> int:
        return int(self.raw.get("minutes", 15))

    def text(self, key: str, lang: str = "cs") -> str:
        """``title``, ``method`` or ``output`` in ``lang`` (Czech where English is missing)."""
        english = self.raw.get(f"{key}_en") if lang == "en" else None
        return str(english or self.raw.get(f"{key}_cs", "")).strip()


@dataclass(frozen=True)
class AgendaTemplate:
    code: str
    title_cs: str
    title_en: str
    items: tuple[TemplateItem, ...]

    def title(self, lang: str = "cs") -> str:
        return self.title_en if lang == "en" and self.title_en else self.title_cs


def default_templates_path() -> Path:
    return resource("catalogs", "agenda_templates.json")


def _template(raw: object, index: int, path: Path) -> AgendaTemplate:
    where = f"Šablona programu {index + 1} v souboru {path.name}"
    if not isinstance(raw, dict):
        raise CatalogError(f"{where} není objekt.")
    for key in ("code", "title_cs"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise CatalogError(f"{where} nemá vyplněné pole „{key}“.")
    items = raw.get("items")
    if not isinstance(items, list) or not items:
        raise CatalogError(f"{where} nemá žádné body programu.")
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not str(item.get("title_cs", "")).strip():
            raise CatalogError(f"{where}: bod {number} nemá český název („title_cs“).")
        minutes = item.get("minutes", 15)
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 1440:
            raise CatalogError(f"{where}: bod {number} má neplatnou délku {minutes!r}.")
    return AgendaTemplate(code=raw["code"].strip(), title_cs=raw["title_cs"].strip(),
                          title_en=str(raw.get("title_en", "")).strip(),
                          items=tuple(TemplateItem(dict(item)) for item in items))


def load_agenda_templates(path: Path | str | None = None) -> list[AgendaTemplate]:
    """The templates in file order; :class:`CatalogError` when the file is unusable."""
    path = Path(path) if path is not None else default_templates_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"Soubor šablon programu {path} neexistuje.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"Soubor šablon programu {path.name} je poškozený.") from exc
    except OSError as exc:
        raise CatalogError(f"Soubor šablon programu {path} nelze přečíst: {os_error_text(exc)}.") from exc
    if not isinstance(data, dict) or data.get("format") != TEMPLATES_FORMAT:
        raise CatalogError(f"Soubor {path.name} není soubor šablon programu.")
    raw = data.get("templates")
    if not isinstance(raw, list) or not raw:
        raise CatalogError(f"Soubor šablon programu {path.name} neobsahuje žádnou šablonu.")
    return [_template(t, i, path) for i, t in enumerate(raw)]
