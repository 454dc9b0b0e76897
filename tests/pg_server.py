"""A throwaway PostgreSQL server for the tests: Debian's binaries, a Unix socket in a temp dir.

``packaging/system-deps.sh`` installs the ``postgresql`` package; the server is started once per
pytest process (each xdist worker gets its own directory and socket) and stopped at the end.
PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user in a
directory it owns. A server that cannot start fails the tests that need it: never a skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from itertools import count
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

DEBIAN_BINARIES = "/usr/lib/postgresql/*/bin"
INSTALL_HINT = ("install the Debian package 'postgresql' (packaging/system-deps.sh does it "
                "when run as root or with sudo)")
TEMPLATE = "obecdesk_template"


class PgUnavailable(RuntimeError):
    """The test server could not be found or started; the message says what to do."""


def _bin_dir() -> Path:
    found = sorted(glob.glob(DEBIAN_BINARIES), key=lambda p: int(Path(p).parent.name)
                   if Path(p).parent.name.isdigit() else 0)
    for candidate in reversed(found):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    raise PgUnavailable(f"PostgreSQL binaries not found in {DEBIAN_BINARIES}: {INSTALL_HINT}")


class PgServer:
    """One running test server; :meth:`new_database` gives a fresh migrated database URL."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="obecdesk-pg-"))  # short: sockets max 107 chars
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.as_postgres = os.geteuid() == 0
        self._numbers = count(1)
        self._template_ready = False
        self._started = False

    def _run(self, *args: str, timeout: float = 120) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "LC_ALL": "C.UTF-8"})
        if done.returncode != 0:
            raise PgUnavailable(f"{' '.join(command)} failed ({done.returncode}):\n"
                                f"{done.stdout}\n{done.stderr}")

    def start(self) -> PgServer:
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "obecdesk", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 "
                   "-c shared_buffers=32MB")
        self._run("pg_ctl", "start", "-w", "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-o", options)
        self._started = True
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://obecdesk@/{database}?host={self.socket_dir}"

    def _admin(self, statement: str) -> None:
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(statement))
        finally:
            engine.dispose()

    def _prepare_template(self) -> None:
        """One database migrated to head; every test database is a cheap copy of it."""
        from obecdesk.store.migrate import upgrade_to_head

        self._admin(f"CREATE DATABASE {TEMPLATE}")
        engine = create_engine(self.url(TEMPLATE))
        try:
            upgrade_to_head(engine, None)
        finally:
            engine.dispose()
        self._template_ready = True

    def new_database(self, *, migrated: bool = True) -> str:
        """A fresh database (a copy of the migrated template, or empty) and its URL."""
        name = f"t{os.getpid()}_{next(self._numbers)}"
        if migrated:
            if not self._template_ready:
                self._prepare_template()
            self._admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        else:
            self._admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            if self._started:
                self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", timeout=60)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
