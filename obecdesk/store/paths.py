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


def store_file(data_dir: Path | str | None) -> Path:
    """The SQLite file of the store in ``data_dir`` (else the default directory), absolute, as
    :func:`obecdesk.store.open_store` resolves it."""
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    return (directory / DB_FILENAME).absolute()


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"


def instance_lock_path(url: str | None, data_dir: Path | str | None) -> Path | None:
    """The lock file that keeps a second copy of the application off the same SQLite store;
    None for a server database (the server arbitrates) or a URL that is not a file."""
    if url is None:
        directory = Path(data_dir) if data_dir is not None else default_data_dir()
        return directory / f"{DB_FILENAME}.lock"
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(f"{parsed.database}.lock")
