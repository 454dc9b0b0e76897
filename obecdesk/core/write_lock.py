"""Waiting out another process's write transaction, for writes that may meet a long one.

SQLite lets one writer at a time; a second one waits the store's busy timeout (3 s, so the UI
never hangs longer) and then gets "locked". A short write is refused at that point. A long one
that the user started on purpose (an import of thousands of rows, in the CLI or a worker
thread) instead tries again until ``wait`` seconds have passed, so two imports started at once
run one after the other (a write that can be cancelled looks at its flag as it starts each try).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError

from obecdesk.errors import StoreError
from obecdesk.store.write_errors import is_locked

T = TypeVar("T")

#: how long a long write waits for another process's write transaction by default (seconds)
LONG_WRITE_WAIT = 120.0


def is_lock_refusal(exc: BaseException) -> bool:
    """The store refused a write because another connection held the write lock."""
    cause = exc.__cause__
    return isinstance(exc, StoreError) and isinstance(cause, OperationalError) and is_locked(cause)


def retry_while_locked(write: Callable[[], T], *, wait: float = LONG_WRITE_WAIT) -> T:
    """``write()`` (one whole unit of work), tried again while the store is locked.

    Each try rolls back completely before the next, so a retry starts from a fresh reading.
    After ``wait`` seconds the refusal says in Czech that nothing was written.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            return write()
        except StoreError as exc:
            if not is_lock_refusal(exc):
                raise
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"Databázi déle než {wait:.0f} s zapisuje jiný program (možná jiný import "
                    "nebo druhé okno obecdesk). Nic se nezapsalo; zkuste to znovu, až doběhne."
                ) from exc
            time.sleep(0.05)
