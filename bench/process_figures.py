"""Benchmark: what a user waits for, whole processes, against a raw baseline in the same run.

Each figure of the hardening goals that a whole process decides (start-up, a CLI command, an
import) is timed as the median of several runs of our process and of a baseline process doing
the same work with the standard library, and printed as a ratio beside its goal. The results are
also kept in ``bench/results/latest.json``. Asserts nothing: the machines are noisy.

    python bench/process_figures.py [--repeat 5] [--actors 10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import HEADER, Figures  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
# an installed application runs from compiled bytecode: without it every run would also time
# the compiler (this machine's environment turns writing .pyc files off)
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
PY = sys.executable

EMPTY_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1366, 768); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

FIRST_PAINT = """
from PySide6.QtCore import QTimer
from obecdesk.ui.startup import show_splash, start_application
app = start_application()
splash = show_splash(app)
QTimer.singleShot(0, app.quit)
app.exec()
"""

# the path of ``obecdesk`` without a command, up to the main window painted in place of the splash
OUR_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from obecdesk.ui.startup import show_splash, start_application
app = start_application()
splash = show_splash(app)
from obecdesk.store import open_store
from obecdesk.ui.app import build_window
from obecdesk.ui.settings import Settings
store = open_store(data_dir=Path(sys.argv[1]))
settings = Settings(QSettings(str(Path(sys.argv[1]) / "bench.ini"), QSettings.Format.IniFormat))
window, _ctx = build_window(store, settings, "cs")
window.resize(1366, 768); window.show(); splash.finish(window)
QTimer.singleShot(0, app.quit)
app.exec()
"""

RAW_LIST = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT * FROM actors WHERE deleted = 0 ORDER BY name").fetchall()
names = [d[0] for d in conn.execute("SELECT * FROM actors LIMIT 0").description]
json.dump([dict(zip(names, r)) for r in rows], sys.stdout, ensure_ascii=False, default=str)
"""

RAW_IMPORT = """
import csv, sqlite3, sys, uuid
conn = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], encoding="utf-8", newline="") as handle:
    rows = list(csv.reader(handle, delimiter=";"))[1:]
conn.execute("CREATE TABLE IF NOT EXISTS raw_actors (id TEXT PRIMARY KEY, name TEXT, org TEXT, "
             "email TEXT)")
with conn:
    conn.executemany("INSERT INTO raw_actors VALUES (?, ?, ?, ?)",
                     [(str(uuid.uuid4()), *row) for row in rows])
"""


def timed(args: list[str], repeat: int, prepare=None) -> float:
    """Median wall time in seconds of running ``args`` (``prepare`` runs before each, untimed);
    one untimed run first writes the bytecode and warms the file cache."""
    times = []
    for attempt in range(repeat + 1):
        if prepare:
            prepare()
        started = time.perf_counter()
        done = subprocess.run(args, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
        if attempt:
            times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"{args[:4]} failed: {done.stderr[-500:]}")
    return statistics.median(times)


def obecdesk(data: Path, *args: str) -> list[str]:
    return [PY, "-m", "obecdesk", "--data-dir", str(data), *args]


def people_csv(path: Path, count: int) -> None:
    lines = [f"Osoba{i} Příjmení{i};Spolek číslo {i % 300};osoba{i}@example.cz"
             for i in range(count)]
    path.write_text("Jméno;Organizace;E-mail\n" + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--actors", type=int, default=10_000)
    args = parser.parse_args()
    figures = Figures("process_figures")

    def figure(name: str, ours: float, raw: float, goal: float) -> None:
        figures.add(name, ours, raw, goal_ratio=goal)

    with tempfile.TemporaryDirectory() as directory:
        tmp = Path(directory)
        data = tmp / "store"
        subprocess.run(obecdesk(data, "demo"), env=ENV, check=True, stdout=subprocess.DEVNULL)
        db = data / "obecdesk.sqlite"
        print(HEADER)
        empty = timed([PY, "-c", EMPTY_WINDOW], args.repeat)
        figure("GUI start to first paint (splash) vs empty QMainWindow",
               timed([PY, "-c", FIRST_PAINT], args.repeat), empty, 2.0)
        figure("GUI start to a usable main window vs empty QMainWindow",
               timed([PY, "-c", OUR_WINDOW, str(data)], args.repeat), empty, 4.0)
        figure("obecdesk stats --json vs python -c 'import sqlite3'",
               timed(obecdesk(data, "stats", "--json"), args.repeat),
               timed([PY, "-c", "import sqlite3"], args.repeat), 8.0)
        csv_file = tmp / "lide.csv"
        people_csv(csv_file, args.actors)
        subprocess.run(obecdesk(data, "import", "actors", str(csv_file), "--locality",
                                "Dolní Bránice"), env=ENV, check=True, stdout=subprocess.DEVNULL)
        figure(f"list actors --json over {args.actors} actors vs sqlite3 + json",
               timed(obecdesk(data, "list", "actors", "--json"), args.repeat),
               timed([PY, "-c", RAW_LIST, str(db)], args.repeat), 3.0)
        fresh = tmp / "fresh"
        template = tmp / "template.sqlite"
        subprocess.run(obecdesk(fresh, "demo"), env=ENV, check=True, stdout=subprocess.DEVNULL)
        template.write_bytes((fresh / "obecdesk.sqlite").read_bytes())

        def reset() -> None:
            for suffix in ("", "-wal", "-shm"):
                (fresh / f"obecdesk.sqlite{suffix}").unlink(missing_ok=True)
            (fresh / "obecdesk.sqlite").write_bytes(template.read_bytes())

        figure(f"import of a {args.actors}-row CSV vs csv + executemany",
               timed(obecdesk(fresh, "import", "actors", str(csv_file), "--locality",
                              "Dolní Bránice"), args.repeat, reset),
               timed([PY, "-c", RAW_IMPORT, str(template), str(csv_file)], args.repeat, reset),
               2.0)
    print(f"written to {figures.save(actors=args.actors).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
