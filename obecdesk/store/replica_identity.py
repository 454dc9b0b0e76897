"""A replica is an installation, not a file (DESIGN.md §4).

The store keeps its replica id and a token that changes on every open; the installation keeps,
in the user's config directory (platformdirs, ``XDG_CONFIG_HOME`` on Linux), the same token and
the store's location for each replica it created. A store whose token or location does not match
— copied to another laptop or another folder, or a backup put back in place — was not last opened
here as that replica, so it becomes a **new replica** that records its ancestor. Its peers then
hear from a replica they have never acknowledged, and the next exchange with each is a full one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from obecdesk.store.models import LocalReplica, PeerAck
from obecdesk.store.replica_registry import bound_in, config_path, read_bindings, write_bindings


@dataclass(frozen=True)
class ReplicaIdentity:
    replica_id: str
    #: the replica this store was copied from, when it became a new replica on this open
    ancestor_id: str = ""

    @property
    def is_new_copy(self) -> bool:
        return bool(self.ancestor_id)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def bind_replica(session: Session, location: str) -> ReplicaIdentity:
    """Make sure the store's replica belongs to this installation; runs inside a write lock.

    Called once per open, in a ``BEGIN IMMEDIATE`` transaction so two processes opening the same
    store cannot interleave their token updates.
    """
    if session.get_bind().dialect.name == "postgresql":
        return _bind_shared(session)
    path = config_path()
    known = read_bindings(path)
    row = session.scalars(select(LocalReplica)).first()
    ancestor = ""
    if row is None:
        row = LocalReplica(id=str(uuid.uuid4()), created_at=_now(), singleton=1)
        session.add(row)
    elif not bound_in(known, row.id, row.token, location):
        ancestor = row.id
        row.ancestor_id = row.id
        row.id = str(uuid.uuid4())
        row.created_at = _now()
        # acknowledgements were given to the ancestor, not to this new replica
        session.execute(delete(PeerAck))
    row.token = str(uuid.uuid4())
    session.flush()
    known[row.id] = {"token": row.token, "location": location, "opened_at": _now()}
    write_bindings(path, known)
    return ReplicaIdentity(row.id, ancestor)


def server_identity(session: Session) -> str:
    """A PostgreSQL database's own identity: its cluster's system identifier and its oid. A dump
    restored into another database or onto another server has another one."""
    system, oid = session.execute(text(
        "SELECT (SELECT system_identifier FROM pg_control_system()), oid FROM pg_database "
        "WHERE datname = current_database()")).one()
    return f"postgresql:{system}:{oid}"


def _bind_shared(session: Session) -> ReplicaIdentity:
    """A server database is HQ's one store, whichever workstation opens it: it stays one replica
    (no installation's token decides), and only a copy in another database becomes a new one."""
    identity = server_identity(session)
    row = session.scalars(select(LocalReplica).with_for_update()).first()
    ancestor = ""
    if row is None:
        row = LocalReplica(id=str(uuid.uuid4()), created_at=_now(), singleton=1)
        session.add(row)
    elif row.token != identity:
        ancestor = row.ancestor_id = row.id
        row.id = str(uuid.uuid4())
        row.created_at = _now()
        session.execute(delete(PeerAck))
    row.token = identity
    session.flush()
    return ReplicaIdentity(row.id, ancestor)
