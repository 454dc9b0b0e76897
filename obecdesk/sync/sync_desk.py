"""What the Synchronizace screen does, without Qt: the state of the exchanges, a bundle for HQ
with its e-mail draft, reading bundles in (one, or a folder of them at HQ) and HQ's return
bundles. Everything here is a call of the bundle API (:mod:`obecdesk.sync.bundles`,
:mod:`obecdesk.sync.bundle_import`, :mod:`obecdesk.sync.peers`), bound to one store.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.sync.bundle_format import BundleRefused
from obecdesk.sync.bundle_import import ImportResult, ImportStatus, import_bundle
from obecdesk.sync.bundle_mail import write_bundle_draft
from obecdesk.sync.bundles import (
    SUFFIX,
    EnvelopeInfo,
    ExportSummary,
    export_bundle,
    inspect_bundle,
    pending_counts,
)
from obecdesk.sync.keys import read_card
from obecdesk.sync.peers import (
    PeerInfo,
    ReplicaInfo,
    import_card,
    own_card,
    peers,
    replica_info,
    set_role,
)


@dataclass(frozen=True)
class PeerState:
    peer: PeerInfo
    #: rows per kind the next delta bundle to this peer would carry
    pending: dict[str, int]


@dataclass(frozen=True)
class SyncState:
    me: ReplicaInfo
    #: this store's last change number (what a peer acknowledges up to)
    change_seq: int
    #: HQ for a field replica (None until its address card is read); field replicas at HQ
    peers: list[PeerState]

    @property
    def hq(self) -> PeerState | None:
        return next((p for p in self.peers if p.peer.role == "hq"), None)


@dataclass(frozen=True)
class Prepared:
    summary: ExportSummary
    eml: Path


@dataclass(frozen=True)
class FolderEntry:
    """One file of a folder to import: its envelope, or why it cannot be one."""

    path: Path
    envelope: EnvelopeInfo | None
    problem: str = ""
    #: the sender is a replica this store knows (its bundles need no fingerprint check)
    known_sender: bool = True


@dataclass
class FolderResult:
    results: list[ImportResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: ImportStatus) -> int:
        return sum(r.status is status for r in self.results)


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-") or "obecdesk"


class SyncDesk:
    """The exchanges of one store with its peers, as the Synchronizace screen offers them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- state -------------------------------------------------------------------------------

    def state(self) -> SyncState:
        me = replica_info(self.store)
        known = peers(self.store)
        if me.role == "field":
            known = [p for p in known if p.role == "hq"]
        else:
            known = [p for p in known if p.role == "field"]
        return SyncState(me, self.store.change_seq(),
                         [PeerState(p, pending_counts(self.store, p.replica_id)) for p in known])

    def set_role(self, role: str, name: str) -> ReplicaInfo:
        return set_role(self.store, role=role, name=name)

    # -- address cards -----------------------------------------------------------------------

    def import_card(self, path: Path) -> PeerInfo:
        return import_card(self.store, read_card(Path(path)))

    def export_card(self, path: Path) -> Path:
        path = Path(path)
        try:
            path.write_text(own_card(self.store).to_json(), encoding="utf-8")
        except OSError as exc:
            raise UserError(f"Adresní kartu nelze uložit do {path}: {os_error_text(exc)}.") from exc
        return path

    # -- sending -----------------------------------------------------------------------------

    def bundle_name(self, recipient: str, now: dt.datetime | None = None) -> str:
        now = now or dt.datetime.now()
        me = replica_info(self.store)
        return (f"{_safe_name(me.name or me.replica_id[:8])}-pro-{_safe_name(recipient)}-"
                f"{now:%Y-%m-%d-%H%M}{SUFFIX}")

    def prepare_for_hq(self, folder: Path, *, hq_email: str = "") -> Prepared:
        """The bundle for HQ and, next to it, the e-mail draft that carries it."""
        state = self.state()
        if state.hq is None:
            raise UserError("Adresa centrály není známá; nejdřív načtěte adresní kartu "
                            "centrály.")
        hq = state.hq.peer
        out = Path(folder) / self.bundle_name(hq.name or "centrala")
        summary = export_bundle(self.store, to=hq.replica_id, out=out)
        eml = write_bundle_draft(out, sender_name=state.me.name or state.me.replica_id[:8],
                                 counts=summary.counts, to_name=hq.name, to_email=hq_email)
        return Prepared(summary, eml)

    def return_bundles(self, folder: Path) -> list[ExportSummary]:
        """At HQ: one bundle per known field replica, into ``folder``."""
        state = self.state()
        if state.me.role != "hq":
            raise UserError("Vracet balíčky terénním replikám může jen centrála.")
        if not state.peers:
            raise UserError("Centrála zatím nezná žádnou terénní repliku; nejdřív načtěte "
                            "jejich balíčky.")
        return [export_bundle(self.store, to=p.peer.replica_id,
                              out=Path(folder) / self.bundle_name(p.peer.name or "replika"))
                for p in state.peers]

    # -- receiving ---------------------------------------------------------------------------

    def envelope(self, path: Path) -> FolderEntry:
        """A file's envelope and whether its sender is known; read without any key."""
        path = Path(path)
        try:
            info = inspect_bundle(path)
        except UserError as exc:  # BundleRefused included: not a bundle, truncated, too big
            return FolderEntry(path, None, str(exc))
        known = {p.replica_id for p in peers(self.store)}
        return FolderEntry(path, info, known_sender=info.sender in known)

    def scan_folder(self, folder: Path) -> list[FolderEntry]:
        """The bundles of a folder, each sender's in the order they were made."""
        folder = Path(folder)
        if not folder.is_dir():
            raise UserError(f"Složka {folder} neexistuje.")
        files = sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file())
        if not files:
            raise UserError(f"Ve složce {folder} nejsou žádné balíčky ({SUFFIX}).")
        entries = [self.envelope(p) for p in files]
        return sorted(entries, key=lambda e: (e.envelope is None,
                                              e.envelope.sender if e.envelope else "",
                                              e.envelope.created_at if e.envelope else "",
                                              e.path.name))

    def import_file(self, path: Path, *, accept_fingerprint: str | None = None,
                    backed_up: bool = False) -> ImportResult:
        try:
            return import_bundle(self.store, Path(path), accept_new_sender=accept_fingerprint,
                                 backed_up=backed_up)
        except BundleRefused as exc:
            return ImportResult(Path(path), ImportStatus.REFUSED, str(exc))

    def import_entries(self, entries: list[FolderEntry], *, accepted: set[str],
                       progress: Callable[[int], None] = lambda _n: None,
                       cancelled: Callable[[], bool] = lambda: False) -> FolderResult:
        """Read the files one by one (each its own transaction); ``accepted`` holds the
        fingerprints of new senders the operator compared and accepted."""
        done, backed_up = FolderResult(), False  # one backup, before the first file read in
        for n, entry in enumerate(entries):
            if cancelled():
                done.cancelled = True
                break
            if entry.envelope is None:
                done.results.append(ImportResult(entry.path, ImportStatus.REFUSED, entry.problem))
            elif not entry.known_sender and entry.envelope.sender_fingerprint not in accepted:
                done.results.append(ImportResult(
                    entry.path, ImportStatus.REFUSED,
                    f"Balíček {entry.path.name} je od nové repliky s otiskem "
                    f"{entry.envelope.sender_fingerprint}, kterou jste nepřijali; nic se "
                    "nenačetlo.", entry.envelope.bundle_id, entry.envelope.sender))
            else:
                fingerprint = entry.envelope.sender_fingerprint
                accept = fingerprint if fingerprint in accepted else None
                done.results.append(self.import_file(entry.path, accept_fingerprint=accept,
                                                     backed_up=backed_up))
                backed_up = backed_up or done.results[-1].status is ImportStatus.IMPORTED
            progress(n + 1)
        return done
