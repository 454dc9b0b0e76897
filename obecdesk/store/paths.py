"""Where the store lives: the platformdirs user data directory unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "obecdesk"
DB_FILENAME = "obecdesk.sqlite"
DATA_DIR_ENV = "OBECDESK_DATA_DIR"


def default_data_dir() -> Path:
    """``$OBECDESK_DATA_DIR`` if set, else the per-user data directory of this platform."""
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(user_data_dir(APP_NAME, appauthor=False))


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"
