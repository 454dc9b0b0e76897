"""``check`` names the backups that still hold erased personal data; ``backups purge`` deletes them."""

from __future__ import annotations

import datetime as dt
import json
import os

from obecdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def name_stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def test_check_lists_backups_older_than_an_erasure_and_purge_deletes_them(demo_dir, capsys):
    data = demo_dir
    backups = data / "backups"
    backups.mkdir()
    old = backups / "obecdesk-20250301-101500-before-upgrade-0004.sqlite"
    old.write_bytes(b"SQLite format 3\0 Mgr. Jana \xc5\xa0imkov\xc3\xa1")
    old_wal = backups / f"{old.name}-wal"
    old_wal.write_bytes(b"wal")
    unnamed = backups / "obecdesk-copy.sqlite"  # no time in the name: its mtime counts
    unnamed.write_bytes(b"SQLite format 3\0")
    os.utime(unnamed, (1_600_000_000, 1_600_000_000))
    later = dt.datetime.now() + dt.timedelta(hours=2)
    newer = backups / f"obecdesk-{name_stamp(later)}-before-import.sqlite"
    newer.write_bytes(b"SQLite format 3\0")
    unrelated = backups / "poznamky.txt"
    unrelated.write_text("not a backup of this store")

    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 0 and "v pořádku" in out  # nobody erased yet: old backups are fine

    code, out, _ = run(capsys, "--data-dir", str(data), "list", "actors", "--json")
    radni = next(a for a in json.loads(out) if a["name"] == "Mgr. Jana Šimková")
    assert run(capsys, "--data-dir", str(data), "erase-person", radni["id"])[0] == 0

    code, _, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 1
    assert f"Záloha {old} (pořízena 1. 3. 2025 10:15:00) stále obsahuje osobní údaje" in err
    assert str(unnamed) in err and str(newer) not in err and "poznamky" not in err
    assert f"obecdesk --data-dir {data} backups purge --before-erasure" in err

    code, out, _ = run(capsys, "--data-dir", str(data), "backups", "purge", "--before-erasure",
                       "--dry-run")
    assert code == 0 and f"Ke smazání: {old}" in out and "záloh ke smazání: 2" in out
    assert old.exists() and unnamed.exists()

    code, out, _ = run(capsys, "--data-dir", str(data), "backups", "purge", "--before-erasure")
    assert code == 0 and f"Smazáno: {old}" in out and f"Smazáno: {unnamed}" in out
    assert not old.exists() and not old_wal.exists() and not unnamed.exists()
    assert newer.exists() and unrelated.exists()

    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 0 and "v pořádku" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "backups", "purge", "--before-erasure")
    assert code == 0 and "nic se nemaže" in out


def test_purge_requires_saying_which_backups(tmp_path, capsys):
    data = tmp_path / "d"
    try:
        main(["--data-dir", str(data), "backups", "purge"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("purge without --before-erasure must be refused")
    assert "--before-erasure" in capsys.readouterr().err
    assert not data.exists()
