"""Já: the coordinator as a person in the app, so tasks can be theirs.

The coordinator is an actor of each locality they work in (actors belong to a locality), and
the profile says which actor is "me" in which locality. The actors sync like any other; *which*
of them is me belongs to this installation, not to the data: a colleague's laptop or HQ holds
the same actors and another "me". So the profile lives beside the installation's replica
bindings in the user's config directory (``profile.json``), never in the store and never in a
bundle; a backup restored on this laptop keeps it, a store copied to another laptop does not
take it along. A profile entry whose actor was deleted or erased meanwhile counts as unset.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from platformdirs import user_config_dir

from obecdesk.core.meetings.action_items import ActionItemInfo, ActionItemService
from obecdesk.core.stakeholders.actor_fields import ActorData, ActorInfo
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.vocabulary.stakeholders import ActorKind
from obecdesk.errors import UserError, ValidationError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.store.paths import APP_NAME

PROFILE_FILE = "profile.json"
#: the kind a change of the profile is announced as to the screens (it is no store change)
PROFILE_KIND = "profile"


def profile_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / PROFILE_FILE


class ProfileService:
    """Who "me" is in each locality, and the tasks that are mine."""

    def __init__(self, store: Store, path: Path | None = None) -> None:
        self.store = store
        self.path = path or profile_path()
        self.actors = ActorService(store)

    # -- the file ------------------------------------------------------------------------------

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        mine = data.get("me_by_locality") if isinstance(data, dict) else None
        return {k: v for k, v in mine.items() if isinstance(v, str)} \
            if isinstance(mine, dict) else {}

    def _write(self, mine: dict[str, str]) -> None:
        """Atomically and owner-only: the file says who uses this laptop."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"me_by_locality": mine}, indent=2, sort_keys=True),
                           encoding="utf-8")
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except OSError as exc:
            raise UserError(f"Profil nelze uložit do {self.path}: {os_error_text(exc)}.") from exc

    # -- reading -------------------------------------------------------------------------------

    def me(self, locality_id: str) -> ActorInfo | None:
        """My actor in the locality (None when unset, deleted or erased)."""
        actor_id = self._read().get(locality_id)
        if not actor_id:
            return None
        found = self.actors.get_many([actor_id])
        live = [a for a in found if a.locality_id == locality_id and not a.erased]
        return live[0] if live else None

    def my_actor_ids(self) -> set[str]:
        """My live actors in every locality."""
        mine = self._read()
        return {a.id for a in self.actors.get_many(list(mine.values()))
                if mine.get(a.locality_id) == a.id and not a.erased}

    def is_set(self) -> bool:
        return bool(self.my_actor_ids())

    def my_open_tasks(self, today: dt.date, *, overdue_only: bool = False,
                      locality_id: str | None = None) -> list[ActionItemInfo]:
        """Open tasks owned by me in any locality (or one), earliest due first."""
        service = ActionItemService(self.store)
        items = [item for actor_id in self.my_actor_ids() for item in service.open_tasks(
            today, overdue_only=overdue_only, locality_id=locality_id, owner_id=actor_id)]
        return sorted(items, key=lambda i: (i.due_date is None, i.due_date or today,
                                            i.meeting_date))

    # -- writing -------------------------------------------------------------------------------

    def set_me(self, locality_id: str, actor_id: str | None) -> ActorInfo | None:
        """Make ``actor_id`` (a person of the locality) me there; ``None`` unsets it."""
        mine = self._read()
        if actor_id is None:
            mine.pop(locality_id, None)
            self._write(mine)
            return None
        actor = self.actors.get(actor_id)
        if actor.locality_id != locality_id:
            raise ValidationError(f"{actor.name} je aktérem jiné lokality.")
        if actor.kind != ActorKind.PERSON or actor.erased:
            raise ValidationError(f"{actor.name} není osoba, nemůže to být váš profil.")
        mine[locality_id] = actor.id
        self._write(mine)
        return actor

    def create_me(self, locality_id: str, data: ActorData) -> ActorInfo:
        """Create me as a person of the locality and make it my profile there."""
        actor = self.actors.create(locality_id, data)
        self.set_me(locality_id, actor.id)
        return actor
