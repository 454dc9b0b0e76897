"""A second start on the same store says so and writes nothing; a crashed one's lock is taken."""

from __future__ import annotations

import subprocess
import sys

from obecdesk.store.paths import DB_FILENAME, instance_lock_path
from obecdesk.ui.single_instance import claim_instance
from obecdesk.ui.startup import run_gui


def test_a_second_start_on_a_running_store_says_so_and_creates_nothing(
        qtbot, dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its fault hook
    data = tmp_path / "data"
    held = claim_instance(instance_lock_path(None, data))
    assert held is not None
    dialogs.answer(None)
    assert run_gui(data_dir=str(data), database_url=None) == 1
    assert "už běží" in dialogs.texts[0]
    assert not (data / DB_FILENAME).exists()
    held.unlock()


def test_the_lock_is_one_per_store_and_free_again_after_unlock(qtbot, tmp_path):
    first = claim_instance(instance_lock_path(None, tmp_path / "a"))
    assert first is not None
    assert claim_instance(instance_lock_path(None, tmp_path / "a")) is None
    other = claim_instance(instance_lock_path(f"sqlite:///{tmp_path / 'b.sqlite'}", None))
    assert other is not None  # another store is another instance
    first.unlock()
    again = claim_instance(instance_lock_path(None, tmp_path / "a"))
    assert again is not None
    again.unlock()
    other.unlock()


def test_a_lock_left_by_a_crashed_process_is_taken_over(qtbot, tmp_path):
    path = instance_lock_path(None, tmp_path)
    tmp_path.mkdir(exist_ok=True)
    code = ("import os, sys; from PySide6.QtCore import QLockFile; "
            "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
    assert path.exists()  # the dead process never unlocked
    taken = claim_instance(path)
    assert taken is not None
    taken.unlock()
