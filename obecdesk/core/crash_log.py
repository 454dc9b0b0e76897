"""What an unexpected error leaves behind: a log file the user can send to the central office.

The coordinator cannot read a traceback, but whoever fixes the fault needs it; the log goes to
the per-user log directory (platformdirs), readable by its owner only, one file a fault.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir

from obecdesk import __version__
from obecdesk.store.paths import APP_NAME


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))


def fault_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    """The text a developer needs: versions, time and the traceback."""
    head = (f"obecdesk {__version__}, Python {platform.python_version()}, "
            f"{platform.platform()}, {dt.datetime.now().isoformat(timespec='seconds')}\n")
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


def write_fault_log(report: str) -> Path | None:
    """Write ``report`` to a new owner-only file in the log directory; None if that fails too."""
    directory = log_dir()
    name = f"chyba-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = directory / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(report + "\n")
        return path
    except OSError as exc:
        print(f"obecdesk: záznam o chybě nelze uložit: {exc}", file=sys.stderr)
        return None
