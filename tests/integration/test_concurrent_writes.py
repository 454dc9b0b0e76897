"""Writes that read first stay right when two processes write the same store at once.

The duplicate check of an import, the next decision number and "už je členem" run in one write
transaction from their first read (``BEGIN IMMEDIATE``), so a second process waits for the first
instead of deciding on the same stale reading. These tests start real processes.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from meetings_world import build_world
from sqlalchemy import func, select

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.imports.service import ActorImportService
from obecdesk.errors import StoreError
from obecdesk.store import open_store
from obecdesk.store.models import Actor, Decision
from obecdesk.store.paths import DB_FILENAME

ROOT = Path(__file__).resolve().parents[2]
LOCALITY = "Horní Lhota"


def _env(tmp_path: Path) -> dict[str, str]:
    """This checkout's code, and a config directory of the test's own."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return dict(os.environ, PYTHONPATH=path, XDG_CONFIG_HOME=str(tmp_path / "config"))


def _csv(path: Path, rows: int) -> Path:
    lines = ["Jméno;Organizace;Sektor",
             *(f"Osoba Číslo {n};Spolek {n % 40};NNO" for n in range(rows))]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250"))
    return path


def _actor_count(store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Actor).where(
            Actor.deleted.is_(False)))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    store = open_store(data_dir=tmp_path / "data")
    LocalityService(store).create(LocalityData(name=LOCALITY))
    store.dispose()
    return tmp_path / "data"


def test_two_imports_of_one_file_started_at_once_give_each_actor_once(tmp_path, data_dir):
    path = _csv(tmp_path / "aktéři.csv", 2000)
    command = [sys.executable, "-m", "obecdesk", "--data-dir", str(data_dir), "import", "actors",
               str(path), "--locality", LOCALITY]
    processes = [subprocess.Popen(command, env=_env(tmp_path), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=300) for process in processes]
    for process, (_out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
    reports = sorted(out for out, _err in outputs)
    # one wrote the file, the other waited for it and then found every row a duplicate
    assert "Importováno: 0\n" in reports[0] and "Duplicity: 2000\n" in reports[0]
    assert "Importováno: 2000\n" in reports[1] and "Duplicity: 0\n" in reports[1]
    store = open_store(data_dir=data_dir)
    try:
        assert _actor_count(store) == 2000
    finally:
        store.dispose()


ADD_DECISIONS = """
import sys, time
from pathlib import Path
from obecdesk.core.meetings.decisions import DecisionData, DecisionService
from obecdesk.store import open_store

data_dir, meeting_id, start, name = sys.argv[1:]
store = open_store(data_dir=data_dir)
while not Path(start).exists():
    time.sleep(0.01)
service = DecisionService(store)
for n in range(15):
    print(service.add(meeting_id, DecisionData(f"Usnesení {name} {n}.")).code, flush=True)
store.dispose()
"""


def test_two_processes_adding_decisions_to_one_body_at_once_get_distinct_numbers(tmp_path):
    store = open_store(data_dir=tmp_path / "data")
    world = build_world(store)
    meetings = [world.body_meeting(dt.date(2025, 6, 13)), world.body_meeting(dt.date(2025, 9, 12))]
    store.dispose()
    start = tmp_path / "start"
    processes = [subprocess.Popen(
        [sys.executable, "-c", ADD_DECISIONS, str(tmp_path / "data"), meeting, str(start), name],
        env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) for meeting, name in zip(meetings, "AB", strict=True)]
    time.sleep(1.0)  # both are open and waiting
    start.touch()
    outputs = [process.communicate(timeout=300) for process in processes]
    for process, (_out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
    codes = [code for out, _err in outputs for code in out.split()[1::2]]
    assert len(codes) == 30
    assert sorted(codes) == [f"2025/{n:02d}" for n in range(1, 31)]
    store = open_store(data_dir=tmp_path / "data")
    with store.reading() as session:
        numbers = sorted(session.scalars(select(Decision.number)))
    store.dispose()
    assert numbers == list(range(1, 31))


def _hold_write_lock(data_dir: Path, seconds: float, held: threading.Event) -> None:
    locker = sqlite3.connect(data_dir / DB_FILENAME, timeout=0, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    held.set()
    time.sleep(seconds)
    locker.execute("ROLLBACK")
    locker.close()


def test_an_import_waits_for_a_long_write_of_another_process(tmp_path, data_dir):
    store = open_store(data_dir=data_dir)
    service = ActorImportService(store)
    locality = LocalityService(store).find_by_name(LOCALITY).id
    preview = service.preview(_csv(tmp_path / "a.csv", 50), locality)
    held = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(data_dir, 4.0, held))
    holder.start()
    held.wait()
    began = time.monotonic()
    try:
        result = service.commit(preview)  # longer than the 3 s a single try waits
    finally:
        holder.join()
    assert result.imported == 50 and time.monotonic() - began >= 3.5
    assert _actor_count(store) == 50
    store.dispose()


def test_an_import_locked_out_for_longer_than_it_waits_writes_nothing(tmp_path, data_dir):
    store = open_store(data_dir=data_dir)
    service = ActorImportService(store)
    locality = LocalityService(store).find_by_name(LOCALITY).id
    preview = service.preview(_csv(tmp_path / "a.csv", 50), locality)
    held = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(data_dir, 5.0, held))
    holder.start()
    held.wait()
    try:
        with pytest.raises(StoreError, match="jiný program.*Nic se nezapsalo"):
            service.commit(preview, wait=1.0)
    finally:
        holder.join()
    assert _actor_count(store) == 0
    store.dispose()
