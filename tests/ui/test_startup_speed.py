"""Starting the GUI does only what its first screen needs: the other screens' modules load when
the coordinator opens them, and the garbage collector waits until the window is up."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from obecdesk.ui.startup import start_application

ROOT = Path(__file__).resolve().parents[2]

START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from obecdesk.ui.startup import start_application
app = start_application()
from obecdesk.store import open_store
from obecdesk.ui.app import build_window
from obecdesk.ui.settings import Settings
store = open_store(data_dir=Path(sys.argv[1]))
settings = Settings(QSettings(sys.argv[1] + "/test.ini", QSettings.Format.IniFormat))
window, _ctx = build_window(store, settings, "cs")
window.show()
loaded = sorted(name for name in sys.modules if name.startswith("obecdesk."))
window.show_capability("mediation")
after = sorted(name for name in sys.modules if name.startswith("obecdesk."))
check = getattr(sys.modules["PySide6.support.feature"], "_mod_uses_pyside")
print(json.dumps({"start": loaded, "after": after, "scan": hasattr(check, "__wrapped__")}))
"""


def test_the_collector_waits_for_the_event_loop_and_leaves_the_start_alone_after(qapp, qtbot):
    assert gc.isenabled()
    try:
        start_application()
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=2000)
        assert gc.get_freeze_count() > 0  # what the start built is not walked again
        gc.unfreeze()
        qapp.aboutToQuit.emit()  # nor on the way out
        assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_window_starts_without_the_screens_nobody_opened(demo_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", START, str(demo_dir)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert modules["scan"]  # PySide6's check for each import is the cheap one
    start = set(modules["start"])
    assert "obecdesk.ui.localities.view" in start  # the first screen is there at once
    unopened = ("obecdesk.ui.mediation", "obecdesk.core.mediation", "obecdesk.ui.meetings",
                "obecdesk.core.meetings", "obecdesk.ui.indicators", "obecdesk.sync.sync_desk",
                "obecdesk.reports.proposals_list", "obecdesk.core.demo")
    assert not [m for m in start if m.startswith(unopened)]
    # going there builds the screen and its services
    assert {"obecdesk.ui.mediation.view", "obecdesk.core.mediation.cases"} <= set(
        modules["after"])


def test_the_cheaper_pyside_check_answers_as_pysides_own(qapp):
    import obecdesk.store.database  # noqa: F401 - a module that does not use Qt
    from obecdesk.ui import import_scan

    import_scan.install()
    check = getattr(sys.modules[import_scan.FEATURE_MODULE], import_scan.CHECK)
    original = check.__wrapped__
    modules = [m for name, m in list(sys.modules.items())
               if name.startswith(("obecdesk", "sqlalchemy", "PySide6", "json", "email"))]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["obecdesk.ui.startup"] and not answers["obecdesk.store.database"]
    assert not import_scan.install()  # once is enough
