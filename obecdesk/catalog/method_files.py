"""Loading the method catalog from ``resources/methods/*.toml``: one file per method.

Each file is read and checked on its own, so one broken file (a TOML typo, an unknown purpose, a
missing step) becomes one Czech sentence naming the file and the line, and every other method
still loads. The same parser reads a coordinator's own method stored as TOML text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from obecdesk.catalog.method_schema import (
    Method,
    MethodError,
    MethodFileError,
    line_of,
    parse_method,
)
from obecdesk.resources import resource

_TOML_LINE = re.compile(r"line (\d+)")


@dataclass(frozen=True)
class CatalogLoad:
    """The methods that loaded (by id) and the files that did not."""

    methods: dict[str, Method]
    errors: list[MethodFileError]


def methods_dir() -> Path:
    return resource("methods")


def parse_text(source: str, name: str, *, origin: str = "catalog",
               locality_id: str | None = None) -> Method | MethodFileError:
    """One method from its TOML text, or the error saying where ``name`` is broken."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        return MethodFileError(name, int(found.group(1)) if found else 1,
                               f"chybný zápis TOML ({exc})")
    try:
        return parse_method(data, origin=origin, locality_id=locality_id)
    except MethodError as exc:
        return MethodFileError(name, line_of(source, exc), str(exc))


def load_directory(folder: Path | None = None) -> CatalogLoad:
    """Every ``*.toml`` of ``folder`` (default: the shipped catalog), sorted by file name."""
    folder = folder or methods_dir()
    methods: dict[str, Method] = {}
    errors: list[MethodFileError] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(MethodFileError(path.name, 1, f"soubor nelze přečíst ({exc})"))
            continue
        parsed = parse_text(source, path.name)
        if isinstance(parsed, MethodFileError):
            errors.append(parsed)
        elif parsed.id in methods:
            errors.append(MethodFileError(path.name, line_of(source, MethodError("", "id")),
                                          f"id {parsed.id!r} už má jiný soubor"))
        else:
            methods[parsed.id] = parsed
    return CatalogLoad(methods, errors)
