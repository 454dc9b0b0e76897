"""What a committed unit of work changed, told to whoever listens (the UI's one broadcast)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ChangeSet:
    """Entity kinds (plural names, e.g. ``"actors"``) and the ids changed in one transaction."""

    ids: dict[str, set[str]] = field(default_factory=dict)

    def add(self, kind: str, id_: str) -> None:
        self.ids.setdefault(kind, set()).add(id_)

    @property
    def kinds(self) -> set[str]:
        return set(self.ids)

    def touches(self, *kinds: str) -> bool:
        return any(k in self.ids for k in kinds)

    def __bool__(self) -> bool:
        return bool(self.ids)


Listener = Callable[[ChangeSet], None]
