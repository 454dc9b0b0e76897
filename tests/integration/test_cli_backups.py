"""``backup create|list|restore``: owner-only copies, a restore that loses nothing, rotation."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import signal
import stat
import subprocess
import sys

from obecdesk.cli import main
from obecdesk.store.backup import (
    MANUAL,
    backup_sqlite,
    daily_backup,
    list_backups,
    rotate_backups,
)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def actor_count(capsys, data) -> int:
    return json.loads(run(capsys, "--data-dir", str(data), "stats", "--json")[1])["actors"]


def test_store_backups_and_data_dir_are_readable_by_the_owner_only(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "create")
    assert code == 0 and "Záloha vytvořena" in out
    (taken,) = list_backups(data / "obecdesk.sqlite")
    assert taken.reason == MANUAL
    assert mode(data) == 0o700 and mode(data / "backups") == 0o700
    assert mode(data / "obecdesk.sqlite") == 0o600 and mode(taken.path) == 0o600


def test_an_older_store_is_tightened_to_owner_only_when_opened(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    os.chmod(data / "obecdesk.sqlite", 0o644)
    assert run(capsys, "--data-dir", str(data), "stats")[0] == 0
    assert mode(data / "obecdesk.sqlite") == 0o600


def test_restore_puts_the_backup_back_keeps_the_current_state_and_makes_a_new_replica(
        tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    before = actor_count(capsys, data)
    replica = json.loads(run(capsys, "--data-dir", str(data), "stats", "--json")[1])["replica_id"]
    assert run(capsys, "--data-dir", str(data), "backup", "create")[0] == 0
    csv = tmp_path / "a.csv"
    csv.write_text("Jméno;Organizace\nTereza Nová;Spolek Lípa\n", encoding="utf-8")
    assert run(capsys, "--data-dir", str(data), "import", "actors", str(csv),
               "--locality", "Dolní Bránice")[0] == 0
    assert actor_count(capsys, data) == before + 1
    assert "before-import" in [b.reason for b in list_backups(data / "obecdesk.sqlite")]

    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "list", "--json")
    listed = json.loads(out)
    manual = next(b for b in listed if b["reason"] == MANUAL)
    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "restore", manual["name"])
    assert code == 0 and "Obnoveno" in out and "novou replikou" in out

    stats = json.loads(run(capsys, "--data-dir", str(data), "stats", "--json")[1])
    assert stats["actors"] == before and stats["replica_id"] != replica
    safety = next(b for b in list_backups(data / "obecdesk.sqlite") if b.reason == "before-restore")
    code, out, _ = run(capsys, "--database-url", f"sqlite:///{safety.path}", "stats", "--json")
    assert json.loads(out)["actors"] == before + 1  # the state before the restore is kept
    assert run(capsys, "--data-dir", str(data), "check")[0] == 0


def test_restore_of_a_missing_or_broken_backup_is_refused_and_changes_nothing(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    before = actor_count(capsys, data)
    code, _, err = run(capsys, "--data-dir", str(data), "backup", "restore", "nic.sqlite")
    assert code == 2 and "neexistuje" in err
    broken = data / "backups" / "obecdesk-20260101-120000-manual.sqlite"
    broken.parent.mkdir(exist_ok=True)
    broken.write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "--data-dir", str(data), "backup", "restore", broken.name)
    assert code == 2 and "Traceback" not in err and err.strip()
    assert actor_count(capsys, data) == before


def test_rotation_keeps_the_newest_automatic_backups_and_every_manual_one(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    db = data / "obecdesk.sqlite"
    backup_sqlite(db, reason=MANUAL)
    for _ in range(5):
        backup_sqlite(db, reason="before-import")
    removed = rotate_backups(db, keep=2)
    left = list_backups(db)
    assert len(removed) == 3
    assert [b.reason for b in left].count(MANUAL) == 1
    assert [b.reason for b in left].count("before-import") == 2


def test_a_daily_backup_is_taken_once_a_day(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    db = data / "obecdesk.sqlite"
    assert daily_backup(db) is not None
    assert daily_backup(db) is None
    assert [b.taken_at.date() for b in list_backups(db)] == [dt.date.today()]


def _small_file_limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_backup_that_does_not_fit_leaves_no_file_and_says_so(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    done = subprocess.run(
        [sys.executable, "-m", "obecdesk", "--data-dir", str(data), "backup", "create"],
        capture_output=True, text=True, preexec_fn=_small_file_limit, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Zálohu nelze vytvořit" in done.stderr and "Traceback" not in done.stderr
    assert list(data.joinpath("backups").iterdir()) == []
