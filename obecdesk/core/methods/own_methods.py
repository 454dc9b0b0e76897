"""Methods kept in the store: a coordinator's own (with their locality) and the central office's
versions of catalog methods (keyed by the catalog id, so they replace the shipped file).

Both are stored as TOML text in the catalog's schema and read with the same parser, so a stored
method is checked exactly like a shipped one; a stored definition that no longer parses is left
out and reported, never a crash.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import fields

from sqlalchemy import or_, select

from obecdesk.catalog.method_files import parse_text
from obecdesk.catalog.method_schema import Method, MethodFileError
from obecdesk.core.records import assign, get_live, natural_row
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import StoredMethod
from obecdesk.store.natural_keys import natural_id

_SKIP = {"origin", "locality_id", "steps"}


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string


def method_toml(method: Method) -> str:
    """The method as a catalog file (``resources/methods/<id>.toml``) would hold it."""
    lines = [f"{f.name} = {_toml_value(getattr(method, f.name))}" for f in fields(method)
             if f.name not in _SKIP]
    for step in method.steps:
        lines += ["", "[[steps]]", f"minutes = {step.minutes}", f"cs = {_toml_value(step.cs)}",
                  f"en = {_toml_value(step.en)}"]
    return "\n".join(lines) + "\n"


def hq_method_id(slug: str) -> str:
    return natural_id("catalog-method", slug)


def stored_methods(store: Store, locality_id: str | None = None,
                   problems: list[MethodFileError] | None = None) -> list[Method]:
    """HQ's catalog methods and the own methods of ``locality_id`` (all own methods without)."""
    query = select(StoredMethod).where(StoredMethod.deleted.is_(False))
    if locality_id is not None:
        query = query.where(or_(StoredMethod.origin == "hq",
                                StoredMethod.locality_id == locality_id))
    methods = []
    with store.reading() as session:
        rows = list(session.scalars(query.order_by(StoredMethod.slug)))
        for row in rows:
            parsed = parse_text(row.definition, f"uložená metoda {row.slug}", origin=row.origin,
                                locality_id=row.locality_id)
            if isinstance(parsed, Method):
                methods.append(parsed)
            elif problems is not None:
                problems.append(parsed)
    return methods


class OwnMethods:
    """A coordinator's own methods (add, edit, remove) and HQ's catalog updates."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, method: Method, *, locality_id: str | None) -> Method:
        """Store a new own method (its id becomes ``own-…``) or the new text of an own one."""
        definition = method_toml(method)
        with self.store.unit_of_work() as session:
            row = None
            if method.origin == "own":
                row = session.scalar(select(StoredMethod).where(
                    StoredMethod.slug == method.id, StoredMethod.deleted.is_(False)))
            if row is None:
                slug = f"own-{uuid.uuid4().hex[:8]}"
                definition = method_toml(_with_id(method, slug))
                row = StoredMethod(slug=slug, origin="own", locality_id=locality_id,
                                   definition=definition)
                session.add(row)
            else:
                assign(row, {"definition": definition})
            session.flush()
            slug, text = row.slug, row.definition
        return _parsed(text, slug, locality_id)

    def publish(self, method: Method) -> None:
        """HQ's version of a catalog method: every replica that imports it uses this text."""
        with self.store.unit_of_work() as session:
            row = session.get(StoredMethod, hq_method_id(method.id))
            values = {"slug": method.id, "origin": "hq", "locality_id": None,
                      "definition": method_toml(method)}
            if row is None or row.deleted:
                natural_row(session, StoredMethod, hq_method_id(method.id), values)
            else:
                assign(row, values)

    def remove(self, slug: str) -> None:
        with self.store.unit_of_work() as session:
            row = session.scalar(select(StoredMethod).where(
                StoredMethod.slug == slug, StoredMethod.origin == "own",
                StoredMethod.deleted.is_(False)))
            if row is None:
                raise ValidationError("Vlastní metoda s tímto id neexistuje.")
            get_live(session, StoredMethod, row.id, "Metoda").deleted = True


def _with_id(method: Method, slug: str) -> Method:
    from dataclasses import replace

    return replace(method, id=slug, origin="own")


def _parsed(text: str, slug: str, locality_id: str | None) -> Method:
    parsed = parse_text(text, slug, origin="own", locality_id=locality_id)
    if isinstance(parsed, MethodFileError):
        raise ValidationError(str(parsed))
    return parsed
