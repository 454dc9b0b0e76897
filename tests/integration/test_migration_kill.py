"""A store killed at any step of its creation or of an upgrade opens afterwards, old or new, never half.

``kill_driver.py`` runs obecdesk in forked children that SIGKILL themselves before their Nth SQLite
statement or commit. Every step of a transaction that changes the schema is a kill point, and so
is every transaction boundary; the remaining steps (the demo's inserts, reads) are sampled.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from alembic import command
from kill_driver import raw_state
from sqlalchemy import create_engine, text

from obecdesk.store.migrate import alembic_config, head_revision
from obecdesk.store.paths import DB_FILENAME

DRIVER = Path(__file__).with_name("kill_driver.py")
ROOT = DRIVER.parents[2]
#: the older store of the upgrade test: before the full-text index (0003) and everything after it
OLD = "0002"
SCHEMA_WORDS = ("CREATE", "ALTER", "DROP")
#: every n-th step outside schema transactions is a kill point; at most this many kill points.
#: The suite runs a short version; ``OBECDESK_LONG_KILL_TESTS=1`` runs the dense one on demand.
LONG = os.environ.get("OBECDESK_LONG_KILL_TESTS") == "1"
SAMPLE_EVERY, MAX_KILLS = (6, 160) if LONG else (12, 36)


def _drive(mode: str, template: Path | None, workdir: Path, kills: list[int],
           parallel: int = 2) -> list[dict]:
    """Run the driver over ``kills`` split across ``parallel`` processes; one record per kill."""
    # one hash seed for the survey and the kills, so a kill point means the same step in both
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")
    args = [sys.executable, str(DRIVER), mode, str(template) if template else "-", str(workdir)]
    shares = [kills[i::parallel] for i in range(parallel)] if kills else [[]]
    procs = [subprocess.Popen([*args, *map(str, share)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for share in shares if share or
             not kills]
    records = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        records.extend(json.loads(line) for line in out.splitlines())
    return sorted(records, key=lambda r: r["n"])


def kill_points(steps: list[str]) -> list[int]:
    """Every step of a transaction that touches the schema and every boundary; a sample else."""
    dense: set[int] = set()
    boundaries: set[int] = set()
    transaction: list[int] = []
    for number, statement in enumerate([*steps, "BEGIN"], start=1):
        if statement.startswith("BEGIN"):
            if any(steps[i - 1].startswith(SCHEMA_WORDS) or "alembic_version" in steps[i - 1]
                   for i in transaction):
                dense.update(transaction)
            transaction = []
        transaction.append(number)
        if statement.startswith(("BEGIN", "COMMIT")):
            boundaries.add(number)
    boundaries.discard(len(steps) + 1)
    sampled = set(range(1, len(steps) + 1, SAMPLE_EVERY))
    points = sorted(dense | sampled)
    if len(points) > MAX_KILLS:  # a much longer migration: keep the spread, not the density
        points = points[:: -(-len(points) // MAX_KILLS)]
    return sorted(set(points) | boundaries)  # every transaction boundary, always


def survey_and_kill(mode: str, template: Path | None, workdir: Path,
                    points: Callable[[dict], list[int]] | None = None) -> tuple[dict, list[dict]]:
    """The survey's record and one record per kill point (``kill_points`` of the survey's
    steps unless ``points`` chooses them from the survey's record)."""
    (reference,) = _drive(mode, template, workdir / "survey", [])
    assert reference["outcome"] == "finished"
    kills = points(reference) if points else kill_points(reference["steps"])
    records = _drive(mode, template, workdir / "kills", kills)
    assert [r["n"] for r in records] == kills
    return reference, records


def _assert_opens_cleanly(record: dict) -> None:
    where = f"killed before step {record['n']}"
    assert record["outcome"] == "killed", where
    assert record["opened"]["error"] is None, f"{where}: {record['opened']['error']}"
    assert record["opened"]["problems"] == [], where
    assert record["opened"]["revision"] == head_revision(), where


def test_creation_and_demo_killed_at_any_step_leave_no_half_made_store(tmp_path):
    reference, records = survey_and_kill("demo", None, tmp_path)
    final = reference["raw"]
    demo_counts = {t: n for t, n in final["counts"].items() if t != "local_replica"}
    for record in records:
        _assert_opens_cleanly(record)
        raw, where = record["raw"], f"killed before step {record['n']}"
        if raw["revision"] is None:  # nothing of the schema was committed
            assert raw["schema"] == [], where
        else:
            assert raw["revision"] == head_revision(), where
            assert raw["schema"] == final["schema"], where
            loaded = {t: n for t, n in raw["counts"].items() if t != "local_replica"}
            assert loaded in (demo_counts, dict.fromkeys(demo_counts, 0)), where
    # the kills hit the creation before, inside and after its one transaction
    revisions = [r["raw"]["revision"] for r in records]
    assert None in revisions and head_revision() in revisions


def _old_store(directory: Path) -> Path:
    directory.mkdir()
    engine = create_engine(f"sqlite:///{directory / DB_FILENAME}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, OLD)
        conn.execute(text("INSERT INTO local_replica (id, name, created_at)"
                          " VALUES ('R', '', '2025-01-01T00:00:00+00:00')"))
        conn.execute(text(
            "INSERT INTO localities (id, name, region, mode, themes, coordinator, notes, archived,"
            " updated_at, replica_id, deleted) VALUES ('L', 'Horní Lhota', '', 'long_term', '[]',"
            " '', '', 0, '001700000000000-000001-R', 'R', 0)"))
        for key, name in (("A1", "Mgr. Jana Šimková"), ("A2", "Petr Novák")):
            conn.execute(text(
                "INSERT INTO actors (id, locality_id, kind, name, organisation_name, sector, role,"
                " email, phone, address, influence, attitude, interest, decision_power, notes,"
                " tags, legal_basis, purpose, erased, search_text, updated_at, replica_id,"
                " deleted) VALUES (:id, 'L', 'person', :name, '', 'public', '', '', '', '', 3, 0,"
                " 3, 0, '', '[]', '', '', 0, '', '001700000000000-000002-R', 'R', 0)"),
                {"id": key, "name": name})
        conn.execute(text(
            "INSERT INTO meetings (id, locality_id, kind, title, date, place, facilitator,"
            " minute_taker, decision_rule, goal, status, notes, updated_at, replica_id, deleted)"
            " VALUES ('M', 'L', 'public', 'Veřejné setkání', '2025-04-02', '', '', '',"
            " 'consensus', '', 'held', '', '001700000000000-000003-R', 'R', 0)"))
        conn.execute(text(
            "INSERT INTO agenda_items (id, meeting_id, position, title, presenter,"
            " planned_minutes, method, expected_output, minutes_html, updated_at, replica_id,"
            " deleted) VALUES ('G', 'M', 0, 'Bezpečnost', '', 30, '', '',"
            " '<p>Občané žádají <b>osvětlení</b>.</p>', '001700000000000-000004-R', 'R', 0)"))
        conn.execute(text(
            "INSERT INTO decisions (id, meeting_id, year, number, code, text, how_decided,"
            " updated_at, replica_id, deleted) VALUES ('D', 'M', 2025, 1, 'VS 2025/01',"
            " 'Město prověří osvětlení.', 'consensus', '001700000000000-000005-R', 'R', 0)"))
    engine.dispose()
    return directory


def test_an_upgrade_killed_at_any_step_leaves_the_old_store_or_the_new_one(tmp_path):
    template = _old_store(tmp_path / "template")
    old = raw_state(template / DB_FILENAME)
    reference, records = survey_and_kill("upgrade", template, tmp_path)
    new = reference["raw"]
    assert new["revision"] == head_revision() and new["counts"] == old["counts"]
    for record in records:
        _assert_opens_cleanly(record)
        raw, where = record["raw"], f"killed before step {record['n']}"
        assert (raw["revision"], raw["schema"]) in ((OLD, old["schema"]), (head_revision(),
                                                                          new["schema"])), where
        assert raw["counts"] == old["counts"] and record["after"] == old["counts"], where
    revisions = [r["raw"]["revision"] for r in records]
    assert OLD in revisions and head_revision() in revisions


def _start_together(data_dir: Path, count: int = 3) -> list[tuple[int, str, str]]:
    # one hash seed for the survey and the kills, so a kill point means the same step in both
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")
    procs = [subprocess.Popen([sys.executable, "-m", "obecdesk", "--data-dir", str(data_dir),
                               "stats", "--json"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(count)]
    return [(proc.wait(timeout=120), *proc.communicate()) for proc in procs]


def test_three_starts_at_once_on_an_empty_folder_all_open_the_one_new_store(tmp_path):
    """The second and third wait for the first one's creation and then find it done."""
    runs = _start_together(tmp_path / "data")
    assert [(code, err) for code, _out, err in runs] == [(0, "")] * 3
    assert {json.loads(out)["schema_version"] for _code, out, _err in runs} == {head_revision()}


def test_three_starts_at_once_on_an_older_store_all_open_it_upgraded(tmp_path):
    template = _old_store(tmp_path / "data")
    before = raw_state(template / DB_FILENAME)["counts"]
    runs = _start_together(template)
    assert [(code, err) for code, _out, err in runs] == [(0, "")] * 3
    after = raw_state(template / DB_FILENAME)
    assert after["revision"] == head_revision() and after["counts"] == before
