"""The installation's record of the replicas it created (``replicas.json`` in the user's config
directory): for each replica id, the token it last gave the store and the store's location.

Plain Python (no SQLAlchemy): ``replica_identity`` binds a store against it on every open, and
``obecdesk stats`` only asks whether a store is already bound here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_dir

from obecdesk.store.paths import APP_NAME

REPLICAS_FILE = "replicas.json"


def config_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / REPLICAS_FILE


def read_bindings(path: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_bindings(path: Path, data: dict[str, dict[str, str]]) -> None:
    """Write atomically and owner-only: the file says which stores are this installation's."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def bound_in(known: dict[str, dict[str, str]], replica_id: str, token: str | None,
             location: str) -> bool:
    """Whether ``known`` says this installation last gave the store at ``location`` (its real
    path) the replica ``replica_id`` with ``token``: opening it then keeps its replica id."""
    mine = known.get(replica_id)
    return (isinstance(mine, dict) and mine.get("token") == token
            and mine.get("location") == location)
