"""The method catalog as the screens, the CLI and the printouts see it.

The shipped files are the base; methods stored in the database (a coordinator's own, or catalog
methods HQ sent in a bundle, keyed by the same stable id) are laid over them. Broken files are
reported (:attr:`MethodsService.problems`) and never stop the rest from loading.
"""

from __future__ import annotations

from dataclasses import dataclass

from obecdesk.catalog.method_files import CatalogLoad, load_directory
from obecdesk.catalog.method_schema import Method, MethodFileError
from obecdesk.core.collation import collation_key
from obecdesk.core.methods.ranking import Experience, Need, Suggestion, suggest
from obecdesk.core.methods.search import search
from obecdesk.errors import UserError
from obecdesk.store import Store


@dataclass(frozen=True)
class MethodFilter:
    """What the catalog view narrows by; ``None`` / empty means "any"."""

    purpose: str | None = None
    participation: str | None = None
    participants: int | None = None
    minutes: int | None = None
    conflict: str | None = None
    low_literacy: bool = False
    text: str = ""
    include_blocks: bool = True

    def admits(self, method: Method) -> bool:
        from obecdesk.catalog.method_schema import CONFLICT

        if not self.include_blocks and method.is_block:
            return False
        if self.purpose and self.purpose not in method.purposes:
            return False
        if self.participation and method.participation != self.participation:
            return False
        if self.participants and not method.group_min <= self.participants <= method.group_max:
            return False
        if self.minutes and method.minutes_min > self.minutes:
            return False
        if self.conflict and CONFLICT.index(method.conflict) < CONFLICT.index(self.conflict):
            return False
        return not (self.low_literacy and not method.low_literacy)


class MethodsService:
    """The catalog (files + stored methods), search, and the assistant's suggestions."""

    def __init__(self, store: Store | None, catalog: CatalogLoad | None = None) -> None:
        self.store = store
        self._files = catalog

    def _file_catalog(self) -> CatalogLoad:
        if self._files is None:
            self._files = load_directory()
        return self._files

    @property
    def problems(self) -> list[MethodFileError]:
        return list(self._file_catalog().errors)

    def methods(self, locality_id: str | None = None) -> list[Method]:
        """Every method and agenda block, by Czech name."""
        merged = dict(self._file_catalog().methods)
        if self.store is not None:
            from obecdesk.core.methods.own_methods import stored_methods

            merged.update({m.id: m for m in stored_methods(self.store, locality_id)})
        return sorted(merged.values(), key=lambda m: (m.is_block, collation_key(m.name_cs)))

    def get(self, method_id: str, locality_id: str | None = None) -> Method:
        for method in self.methods(locality_id):
            if method.id == method_id:
                return method
        raise UserError(f"Metoda {method_id!r} v katalogu není.")

    def find(self, flt: MethodFilter, locality_id: str | None = None) -> list[Method]:
        chosen = [m for m in self.methods(locality_id) if flt.admits(m)]
        return search(chosen, flt.text) if flt.text.strip() else chosen

    def experience(self, locality_id: str | None) -> dict[str, Experience]:
        if self.store is None or not locality_id:
            return {}
        from obecdesk.core.methods.ratings import MethodRatings

        return MethodRatings(self.store).experience(locality_id)

    def suggest(self, need: Need, locality_id: str | None = None) -> Suggestion:
        return suggest(self.methods(locality_id), need, self.experience(locality_id))
