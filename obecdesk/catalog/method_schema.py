"""What a facilitation method is, and the schema every method file is checked against on load.

A method file (``resources/methods/<id>.toml``) is flat, readable TOML: Czech and English text side
by side (``name_cs``/``name_en``), numbered steps as ``[[steps]]`` tables. The same schema checks a
coordinator's own method, stored as the same TOML text. A broken file is reported by name and
line (:class:`MethodFileError`); the rest of the catalog still loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

#: purpose keys (the CLI's ``--purpose``); their Czech labels live in the core's vocabulary
PURPOSES = ("inform", "views", "ideas", "analyse", "prioritise", "decide", "plan", "conflict",
            "relationships", "evaluate")
#: the IAP2 spectrum of public participation, from least to most influence
PARTICIPATION = ("inform", "consult", "involve", "collaborate", "empower")
#: the conflict level a method can bear, in rising order
CONFLICT = ("none", "tension", "open")
SKILL = ("basic", "experienced", "expert")
KINDS = ("method", "block")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,60}$")

_TEXT = ("name", "summary", "preparation", "room")
_LISTS = ("materials", "pitfalls", "variants")
_INTS = ("group_min", "group_max", "minutes_min", "minutes_max")
_FLAGS = ("low_literacy", "low_trust", "language_barriers")


@dataclass(frozen=True)
class Step:
    minutes: int
    cs: str
    en: str


@dataclass(frozen=True)
class Method:
    """One method (or agenda block) of the catalog, with every fact that decides a choice."""

    id: str
    kind: str
    name_cs: str
    name_en: str
    summary_cs: str
    summary_en: str
    purposes: tuple[str, ...]
    participation: str
    group_min: int
    group_max: int
    minutes_min: int
    minutes_max: int
    skill: str
    conflict: str
    low_literacy: bool
    low_trust: bool
    language_barriers: bool
    preparation_cs: str
    preparation_en: str
    room_cs: str
    room_en: str
    materials_cs: tuple[str, ...]
    materials_en: tuple[str, ...]
    pitfalls_cs: tuple[str, ...]
    pitfalls_en: tuple[str, ...]
    variants_cs: tuple[str, ...]
    variants_en: tuple[str, ...]
    sources: tuple[str, ...]
    steps: tuple[Step, ...]
    #: "catalog" (shipped), "hq" (sent by the central office) or "own" (the coordinator's)
    origin: str = "catalog"
    #: where an own method was written (None for the shared catalog)
    locality_id: str | None = field(default=None, compare=False)

    @property
    def name(self) -> str:
        return self.name_cs

    @property
    def is_block(self) -> bool:
        return self.kind == "block"

    @property
    def steps_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def text(self, name: str, lang: str = "cs") -> Any:
        """``text("summary", "en")`` → ``summary_en``, falling back to Czech when English is empty."""
        value = getattr(self, f"{name}_{lang}")
        return value or getattr(self, f"{name}_cs")


class MethodError(ValueError):
    """A method definition that breaks the schema; ``key`` names the offending field."""

    def __init__(self, message: str, key: str = "", step: int | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.step = step


@dataclass(frozen=True)
class MethodFileError:
    """A broken method file: which one, on which line, and why (in Czech)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}, řádek {self.line}: {self.message}"


def _text(data: dict, key: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise MethodError(f"{key} musí být text.", key)
    if required and not value.strip():
        raise MethodError(f"Chybí {key}.", key)
    return value.strip()


def _texts(data: dict, key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MethodError(f"{key} musí být seznam textů.", key)
    return tuple(v.strip() for v in value if v.strip())


def _int(data: dict, key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise MethodError(f"{key} musí být kladné celé číslo.", key)
    return value


def _choice(data: dict, key: str, allowed: tuple[str, ...]) -> str:
    value = data.get(key)
    if value not in allowed:
        raise MethodError(f"{key} = {value!r} není povolená hodnota ({', '.join(allowed)}).", key)
    return value


def _steps(data: dict) -> tuple[Step, ...]:
    raw = data.get("steps")
    if not isinstance(raw, list) or not raw:
        raise MethodError("Metoda musí mít aspoň jeden krok ([[steps]]).", "steps")
    steps = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise MethodError(f"Krok {number} není tabulka.", "steps", number)
        minutes = item.get("minutes")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1:
            raise MethodError(f"Krok {number}: minutes musí být kladné celé číslo.", "steps",
                              number)
        text_cs = item.get("cs")
        if not isinstance(text_cs, str) or not text_cs.strip():
            raise MethodError(f"Krok {number}: chybí český text (cs).", "steps", number)
        text_en = item.get("en", "")
        steps.append(Step(minutes, text_cs.strip(), text_en.strip() if isinstance(
            text_en, str) else ""))
    return tuple(steps)


def parse_method(data: dict[str, Any], *, origin: str = "catalog",
                 locality_id: str | None = None) -> Method:
    """A :class:`Method` from the parsed TOML of one method, or :class:`MethodError`."""
    method_id = data.get("id")
    if not isinstance(method_id, str) or not ID_PATTERN.match(method_id):
        raise MethodError("id musí být krátký identifikátor z malých písmen, číslic a pomlček.",
                          "id")
    purposes = data.get("purposes")
    if not isinstance(purposes, list) or not purposes:
        raise MethodError("purposes musí být neprázdný seznam účelů.", "purposes")
    unknown = [p for p in purposes if p not in PURPOSES]
    if unknown:
        raise MethodError(f"Neznámý účel {unknown[0]!r} (povolené: {', '.join(PURPOSES)}).",
                          "purposes")
    values: dict[str, Any] = {"id": method_id, "kind": _choice(data, "kind", KINDS),
                              "purposes": tuple(purposes),
                              "participation": _choice(data, "participation", PARTICIPATION),
                              "skill": _choice(data, "skill", SKILL),
                              "conflict": _choice(data, "conflict", CONFLICT)}
    for name in _TEXT:
        values[f"{name}_cs"] = _text(data, f"{name}_cs", required=name in ("name", "summary"))
        values[f"{name}_en"] = _text(data, f"{name}_en", required=False)
    for name in _LISTS:
        values[f"{name}_cs"] = _texts(data, f"{name}_cs")
        values[f"{name}_en"] = _texts(data, f"{name}_en")
    for name in _INTS:
        values[name] = _int(data, name)
    for name in _FLAGS:
        if not isinstance(data.get(name), bool):
            raise MethodError(f"{name} musí být true nebo false.", name)
        values[name] = data[name]
    if values["group_min"] > values["group_max"]:
        raise MethodError("group_min je větší než group_max.", "group_min")
    if values["minutes_min"] > values["minutes_max"]:
        raise MethodError("minutes_min je větší než minutes_max.", "minutes_min")
    values["sources"] = _texts(data, "sources")
    values["steps"] = _steps(data)
    return Method(**values, origin=origin, locality_id=locality_id)


def line_of(source: str, error: MethodError) -> int:
    """The line of ``source`` where the field the error names is written (1 when unknown)."""
    lines = source.splitlines()
    if error.step is not None:
        seen = 0
        for number, line in enumerate(lines, start=1):
            if line.strip() == "[[steps]]":
                seen += 1
                if seen == error.step:
                    return number
    if error.key:
        pattern = re.compile(rf"^\s*{re.escape(error.key)}\s*=")
        for number, line in enumerate(lines, start=1):
            if pattern.match(line):
                return number
    return 1
