"""What support or HQ asks about an installation: version, where the data is, schema, replica."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from obecdesk import __version__
from obecdesk.store import Store

LICENCE = "EUPL-1.2"


@dataclass(frozen=True)
class InstallationFacts:
    version: str
    #: the folder holding the database file ("" for a server database)
    data_folder: str
    database: str
    schema: str
    replica_id: str
    licence: str = LICENCE


def installation_facts(store: Store) -> InstallationFacts:
    path = Path(store.location)
    folder = str(path.parent) if path.suffix and path.parent.is_dir() else ""
    return InstallationFacts(version=__version__, data_folder=folder, database=store.location,
                             schema=store.schema_version(), replica_id=store.replica_id)
