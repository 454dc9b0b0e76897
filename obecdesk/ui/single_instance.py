"""One running application per store: a second start says so and writes nothing.

Two windows on one store would each keep their own unsaved forms and stale lists; the second
one opening the store would also rotate the replica token. ``QLockFile`` notices a lock left by a
crashed process (its PID is gone) and takes it over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


def claim_instance(lock_path: Path | None) -> QLockFile | None:
    """The held lock, or None when another running obecdesk holds it. Without a path (a server
    database) nothing is locked and a dummy lock is returned."""
    if lock_path is None:
        return QLockFile("")
    lock_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # only a dead process's lock is stale, however old
    return lock if lock.tryLock(0) else None


def already_running_text(lock_path: Path) -> str:
    return QCoreApplication.translate(
        "App", "obecdesk s touto databází už běží v jiném okně. Přepněte se do něj; druhé "
        "spuštění nic nezměnilo. (Zámek: {path})").format(path=lock_path)
