"""Run obecdesk in forked children that SIGKILL themselves at their Nth database step.

A test helper, not a test: ``python kill_driver.py MODE TEMPLATE WORKDIR [N ...]``. In a child
with a fresh data directory (a copy of ``TEMPLATE``'s store, or empty when TEMPLATE is ``-``) it
runs

- ``demo``: ``obecdesk --data-dir D demo`` (store creation and the demo data), or
- ``upgrade``: ``open_store(data_dir=D)`` (an older store brought to head), or
- ``import``: ``obecdesk --data-dir D import actors TEMPLATE/import.csv --locality …`` (a large
  import into the template's demo locality), or
- ``bundle``: ``obecdesk --data-dir D bundle import TEMPLATE/incoming.obecbundle …`` into a copy
  of the HQ store ``TEMPLATE/hq`` (its configuration folder is copied beside D with the store's
  location changed to D's, so the copy stays the replica the bundle is addressed to), or
- ``edits``: the ordinary edits of ``kill_edits.ACTIONS`` on a copy of TEMPLATE's demo store, one
  transaction each; the survey also records after each one the step count and the store's
  ``kill_edits.fingerprint`` (read with plain ``sqlite3``, so it takes no step).

A "step" is every statement sent to SQLite and every COMMIT, so a kill at step N lands just
before that statement or commit. Forking after the imports keeps a kill cheap (no interpreter
start). Without N, one child runs to the end and the steps it took are reported (the survey).
After each child the parent records what a user would find: the raw file (revision, schema,
row counts) and then what ``open_store`` and ``Store.check`` say. One JSON line per child.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import sqlite3
import sys
import traceback
from pathlib import Path

from kill_edits import fingerprint, run_edits, seed_ids
from sqlalchemy import event
from sqlalchemy.engine import Engine

from obecdesk.cli import main
from obecdesk.errors import StoreError
from obecdesk.store import open_store
from obecdesk.store.paths import DB_FILENAME

#: the file and locality of the ``import`` mode (set from the template directory)
IMPORT_CSV = Path()
IMPORT_LOCALITY = "Dolní Bránice"
#: the bundle of the ``bundle`` mode (set from the template directory)
BUNDLE = Path()
COUNTED = ("local_replica", "localities", "actors", "meetings", "agenda_items", "decisions")


def _child(mode: str, data_dir: Path, kill_at: int) -> None:
    steps: list[str] = []

    def step(_conn, *args) -> None:
        steps.append(" ".join(args[1].split())[:70] if args else "COMMIT")
        if len(steps) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", step)
    event.listen(Engine, "commit", step)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    marks = []

    def mark() -> None:
        if not kill_at:  # only the survey describes the store after each edit
            marks.append([len(steps), fingerprint(data_dir / DB_FILENAME)])

    if mode == "edits":
        seed_ids()  # new rows get the same ids in the survey and in every killed run
    code = _work(mode, data_dir, mark)
    (data_dir / "steps.json").write_text(json.dumps(steps))
    (data_dir / "marks.json").write_text(json.dumps(marks))
    os._exit(code)


def _work(mode: str, data_dir: Path, mark) -> int:
    """What a child does in ``data_dir``; ``mark()`` after each edit of the ``edits`` mode."""
    if mode in ("bundle", "edits"):
        os.environ["XDG_CONFIG_HOME"] = str(_config_of(data_dir))
    if mode == "demo":
        return main(["--data-dir", str(data_dir), "demo"])
    if mode == "import":
        return main(["--data-dir", str(data_dir), "import", "actors", str(IMPORT_CSV),
                     "--locality", IMPORT_LOCALITY])
    if mode == "bundle":
        sender = (BUNDLE.parent / "sender.txt").read_text().strip()
        return main(["--data-dir", str(data_dir), "bundle", "import", str(BUNDLE),
                     "--accept-new-sender", sender])
    if mode == "edits":
        mark()
        run_edits(data_dir, mark)
        return 0
    open_store(data_dir=data_dir).dispose()
    return 0


def _run(mode: str, data_dir: Path, kill_at: int) -> str:
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            _child(mode, data_dir, kill_at)
        except BaseException:  # noqa: BLE001 - reported to the parent as a failed child
            traceback.print_exc()
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return "killed" if os.WTERMSIG(status) == signal.SIGKILL else f"signal {os.WTERMSIG(status)}"
    code = os.WEXITSTATUS(status)
    return "finished" if code == 0 else f"exit {code}"


def raw_state(db: Path) -> dict:
    """Revision, schema and row counts as the file holds them, before obecdesk touches it."""
    if not db.exists():
        return {"revision": None, "schema": [], "counts": {}}
    conn = sqlite3.connect(db)
    try:
        schema = sorted(map(list, conn.execute("SELECT type, name, sql FROM sqlite_master")))
        names = {name for _type, name, _sql in schema}
        revision = None
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in COUNTED if t in names}
    finally:
        conn.close()
    return {"revision": revision, "schema": schema, "counts": counts}


def _opened(data_dir: Path) -> dict:
    try:
        store = open_store(data_dir=data_dir)
    except StoreError as exc:
        return {"error": str(exc)}
    try:
        return {"error": None, "problems": store.check(), "revision": store.schema_version()}
    finally:
        store.dispose()


def _config_of(data_dir: Path) -> Path:
    return data_dir.with_name(data_dir.name + "-config")


def _copy_hq(template: Path, data_dir: Path) -> None:
    """The template's HQ store at ``data_dir``, still known to its configuration as itself."""
    shutil.copyfile(template / "hq" / DB_FILENAME, data_dir / DB_FILENAME)
    config = _config_of(data_dir)
    shutil.copytree(template / "config", config)
    for path in config.rglob("replicas.json"):
        known = json.loads(path.read_text())
        for entry in known.values():
            if entry.get("location") == str(template / "hq" / DB_FILENAME):
                entry["location"] = str(data_dir / DB_FILENAME)
        path.write_text(json.dumps(known))


def _prepare(mode: str, template: Path | None, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    if mode == "bundle" and template is not None:
        _copy_hq(template, data_dir)
    elif template is not None:
        shutil.copyfile(template / DB_FILENAME, data_dir / DB_FILENAME)


def _warm_up(mode: str, template: Path | None, workdir: Path) -> None:
    """One whole run in this process before any child: every child (the survey's too) then
    starts with the lazily imported modules loaded, which makes each kill much cheaper."""
    scratch = workdir / f"warm-up-{os.getpid()}"  # one per driver process
    _prepare(mode, template, scratch)
    config = os.environ.get("XDG_CONFIG_HOME")
    with contextlib.redirect_stdout(io.StringIO()):
        _work(mode, scratch, lambda: None)
    if config is not None:
        os.environ["XDG_CONFIG_HOME"] = config


def drive(mode: str, template: Path | None, workdir: Path, kills: list[int]) -> None:
    _warm_up(mode, template, workdir)
    for kill_at in kills or [0]:
        data_dir = workdir / f"n{kill_at}"
        _prepare(mode, template, data_dir)
        record: dict = {"n": kill_at, "outcome": _run(mode, data_dir, kill_at)}
        record["raw"] = raw_state(data_dir / DB_FILENAME)
        if kill_at == 0:
            record["steps"] = json.loads((data_dir / "steps.json").read_text())
            if mode == "edits":
                record["marks"] = json.loads((data_dir / "marks.json").read_text())
        else:
            if mode == "edits":  # what the kill left, before obecdesk opens it
                record["fingerprint"] = fingerprint(data_dir / DB_FILENAME)
            if mode in ("bundle", "edits"):  # the parent opens the copy as the child did
                os.environ["XDG_CONFIG_HOME"] = str(_config_of(data_dir))
            record["opened"] = _opened(data_dir)
            record["after"] = raw_state(data_dir / DB_FILENAME)["counts"]
        print(json.dumps(record), flush=True)


if __name__ == "__main__":
    mode, template, workdir, *kills = sys.argv[1:]
    IMPORT_CSV = Path(template) / "import.csv"
    BUNDLE = Path(template) / "incoming.obecbundle"
    drive(mode, None if template == "-" else Path(template), Path(workdir), [int(n) for n in kills])
