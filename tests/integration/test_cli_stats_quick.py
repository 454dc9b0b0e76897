"""``obecdesk stats`` answers from the SQLite file without loading SQLAlchemy when the store is
already what an open leaves behind, with exactly the figures an open would give; any other
store (new, older, copied, loosely permitted) is opened as before."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from obecdesk.cli import main
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store import open_store
from obecdesk.store.migrate import HEAD, alembic_config
from obecdesk.store.paths import DB_FILENAME
from obecdesk.store.quick_stats import read_stats

ROOT = Path(__file__).resolve().parents[2]


def _stats(capsys, *where: str, as_json: bool = True) -> str:
    assert main([*where, "stats", *(["--json"] if as_json else [])]) == 0
    return capsys.readouterr().out


def _token(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT token FROM local_replica").fetchone()[0]


@pytest.fixture
def busy_dir(demo_dir) -> Path:
    """The demo with a deleted actor and an unresolved conflict."""
    store = open_store(data_dir=demo_dir)
    with store.engine.connect() as conn:
        actor_id = conn.exec_driver_sql("SELECT min(id) FROM actors").scalar()
    ActorService(store).delete(actor_id)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sync_conflicts (kind, table_name, row_id, field, element, kept_stamp, "
            "lost_stamp, message, detected_at, resolved) VALUES ('concurrent', 'actors', 'x', "
            "'name', '', 'a', 'b', '', '2026-01-01T00:00:00+00:00', 0)")
    store.dispose()
    return demo_dir


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_the_quick_answer_is_the_answer_of_an_opened_store(busy_dir, capsys, as_json):
    db = busy_dir / DB_FILENAME
    token = _token(db)
    quick = _stats(capsys, "--data-dir", str(busy_dir), as_json=as_json)
    assert _token(db) == token  # nothing was written: the store was not opened
    # the same file through a URL is always opened (and keeps its replica: same location)
    opened = _stats(capsys, "--database-url", f"sqlite:///{db}", as_json=as_json)
    assert _token(db) != token
    assert quick == opened
    if as_json:
        figures = json.loads(quick)
        assert figures["actors"] == 49 and figures["conflicts"] == 1
        assert figures["schema_version"] == HEAD and figures["change_seq"] > 0


def test_the_quick_answer_loads_no_sqlalchemy(demo_dir):
    script = ("import sys; from obecdesk.cli import main; code = main(sys.argv[1:]); "
              "sys.exit(code or 3 * ('sqlalchemy' in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(demo_dir), "stats",
                           "--json"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr or "SQLAlchemy was imported"
    assert json.loads(done.stdout)["localities"] == 2


def test_a_store_not_created_yet_is_created_and_counted(tmp_path, capsys):
    figures = json.loads(_stats(capsys, "--data-dir", str(tmp_path / "nová")))
    assert figures["schema_version"] == HEAD and figures["actors"] == 0
    assert (tmp_path / "nová" / DB_FILENAME).exists()


def test_an_older_store_is_upgraded_first(tmp_path, capsys):
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD).down_revision
    tmp_path.joinpath("data").mkdir()
    engine = create_engine(f"sqlite:///{tmp_path / 'data' / DB_FILENAME}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous)
    engine.dispose()
    figures = json.loads(_stats(capsys, "--data-dir", str(tmp_path / "data")))
    assert figures["schema_version"] == HEAD
    assert list((tmp_path / "data" / "backups").iterdir())  # the upgrade's backup, as ever


def test_a_copied_store_becomes_a_new_replica_as_on_any_open(demo_dir, tmp_path, capsys):
    original = json.loads(_stats(capsys, "--data-dir", str(demo_dir)))
    copy = tmp_path / "kopie"
    copy.mkdir(mode=0o700)
    shutil.copyfile(demo_dir / DB_FILENAME, copy / DB_FILENAME)
    assert read_stats(copy / DB_FILENAME) is None
    copied = json.loads(_stats(capsys, "--data-dir", str(copy)))
    assert copied["replica_id"] != original["replica_id"]
    assert copied["actors"] == original["actors"]


def test_a_store_readable_by_others_is_opened_and_made_owner_only(demo_dir, capsys):
    db = demo_dir / DB_FILENAME
    db.chmod(0o644)
    assert read_stats(db) is None
    _stats(capsys, "--data-dir", str(demo_dir))
    assert db.stat().st_mode & 0o777 == 0o600
    assert read_stats(db) is not None


def test_a_write_in_progress_elsewhere_does_not_stop_the_count(demo_dir, capsys):
    """A reader needs no write lock (WAL): the figures are those last committed."""
    before = _stats(capsys, "--data-dir", str(demo_dir))
    writer = sqlite3.connect(demo_dir / DB_FILENAME, timeout=0, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE actors SET deleted = 1")
    try:
        assert _stats(capsys, "--data-dir", str(demo_dir)) == before
    finally:
        writer.rollback()
        writer.close()


def test_a_store_no_one_else_may_read_is_left_to_the_ordinary_refusal(demo_dir):
    locker = sqlite3.connect(demo_dir / DB_FILENAME, timeout=0, isolation_level=None)
    locker.execute("PRAGMA locking_mode=EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    locker.execute("UPDATE actors SET deleted = 1")
    try:
        assert read_stats(demo_dir / DB_FILENAME) is None  # then open_store says it is locked
    finally:
        locker.rollback()
        locker.close()
