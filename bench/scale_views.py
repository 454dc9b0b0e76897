"""Benchmark: the meeting and indicator screens over the big store, as the user sees them.

Opens the real main window (offscreen, 1366×768) over a copy of the generated store
(``big_store``: 10 localities, 100,000 actors, 20,000 meetings, 1,000,000 indicator values)
and times, each until the screen has painted, in one locality (2,000 meetings, 100,000 values):

- the meetings list of the locality (its first page and count);
- opening a meeting in the editor, and its agenda, attendance and minutes (decisions) tabs;
- the indicators screen of the locality (overview, plan, projects, value grid), and the value
  grid's tab.

Goal: ≤ 100 ms each ("instant", DESIGN.md §5). The raw column is the same rows read with
``sqlite3`` (no Qt), for how much of the time the database takes. Asserts nothing.

    python bench/scale_views.py [--size full|small] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_store import SIZES, copy_of  # noqa: E402
from figures import HEADER, Figures, median_s  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from obecdesk.store import open_store  # noqa: E402
from obecdesk.ui.app import build_window  # noqa: E402
from obecdesk.ui.meetings.meeting_tabs import AGENDA, ATTENDANCE, BASICS, MINUTES  # noqa: E402
from obecdesk.ui.settings import Settings  # noqa: E402

GOAL_S = 0.1
GRID_TAB = 2


def painted(app: QApplication, widget: QWidget, action) -> None:
    action()
    app.processEvents()  # queued layout and signal work the user waits for too
    widget.repaint()


def raw_reader(db: Path):
    conn = sqlite3.connect(db)

    def meetings_page(loc: str) -> None:
        conn.execute("SELECT count(*) FROM meetings WHERE locality_id = ? AND deleted = 0",
                     (loc,)).fetchone()
        conn.execute("SELECT * FROM meetings WHERE locality_id = ? AND deleted = 0 "
                     "ORDER BY date DESC LIMIT 100", (loc,)).fetchall()

    def meeting(mid: str) -> None:
        conn.execute("SELECT * FROM meetings WHERE id = ?", (mid,)).fetchall()
        for table in ("agenda_items", "attendance", "decisions", "action_items"):
            conn.execute(f"SELECT * FROM {table} WHERE meeting_id = ? AND deleted = 0",
                         (mid,)).fetchall()
        conn.execute("SELECT a.* FROM actors a JOIN attendance t ON t.actor_id = a.id "
                     "WHERE t.meeting_id = ?", (mid,)).fetchall()

    def indicators(loc: str) -> None:
        conn.execute("SELECT * FROM indicators WHERE locality_id = ? AND deleted = 0",
                     (loc,)).fetchall()
        conn.execute("SELECT indicator_id, period, value FROM indicator_values "
                     "WHERE locality_id = ? AND deleted = 0", (loc,)).fetchall()

    return conn, meetings_page, meeting, indicators


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    size = SIZES[args.size]
    app = QApplication.instance() or QApplication(sys.argv)
    figures = Figures("scale_views")
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")
        data = copy_of(size, root / "store")
        store = open_store(data_dir=data)
        settings = Settings(QSettings(str(root / "bench.ini"), QSettings.Format.IniFormat))
        window, ctx = build_window(store, settings, "cs")
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        conn, raw_page, raw_meeting, raw_indicators = raw_reader(data / "obecdesk.sqlite")
        locs = [r[0] for r in conn.execute("SELECT id FROM localities ORDER BY name LIMIT 2")]
        loc, other = locs[0], locs[-1]
        ctx.set_locality(loc)
        app.processEvents()
        print(HEADER)
        indicators = window.show_capability("indicators")
        app.processEvents()
        values = conn.execute("SELECT count(*) FROM indicator_values WHERE locality_id = ?",
                              (loc,)).fetchone()[0]
        places = iter(range(10**6))

        def switch_locality() -> None:
            ctx.set_locality(loc if next(places) % 2 else other)

        figures.add(f"indicators screen: switch locality ({values:,} values), painted",
                    median_s(lambda: painted(app, window, switch_locality), args.repeat),
                    median_s(lambda: raw_indicators(loc), args.repeat), goal_s=GOAL_S)

        def grid() -> None:
            indicators.tabs.setCurrentIndex(0)
            app.processEvents()
            painted(app, window, lambda: indicators.tabs.setCurrentIndex(GRID_TAB))
        figures.add("value grid tab of the locality, painted", median_s(grid, args.repeat),
                    goal_s=GOAL_S)
        figures.add("value grid reloaded (model over the locality's indicators), painted",
                    median_s(lambda: painted(app, window, indicators._load_grid), args.repeat),
                    goal_s=GOAL_S)
        ctx.set_locality(loc)
        view = window.show_capability("meetings")
        app.processEvents()
        per_locality = size.meetings // size.localities
        bodies = view.bodies.list(loc)
        figures.add(f"meetings list of a locality ({per_locality:,} meetings), painted",
                    median_s(lambda: painted(app, window, lambda: view.list_panel.set_locality(
                        loc, bodies)), args.repeat),
                    median_s(lambda: raw_page(loc), args.repeat), goal_s=GOAL_S)
        held = [r[0] for r in conn.execute(
            "SELECT id FROM meetings WHERE locality_id = ? AND status = 'minutes_published' "
            "ORDER BY date DESC LIMIT 2", (loc,))]
        view.list_panel.select(held[1])
        app.processEvents()
        turn = iter(range(10**6))
        tabs = view.editor.tabs

        def open_meeting() -> None:
            view.list_panel.select(held[next(turn) % 2])

        tabs.setCurrentIndex(BASICS)
        figures.add("open a meeting in the editor (basics tab), painted",
                    median_s(lambda: painted(app, window, open_meeting), args.repeat),
                    median_s(lambda: raw_meeting(held[0]), args.repeat), goal_s=GOAL_S)
        for tab, name in ((AGENDA, "agenda"), (ATTENDANCE, "attendance"),
                          (MINUTES, "minutes and decisions")):
            tabs.setCurrentIndex(tab)
            app.processEvents()
            figures.add(f"open a meeting on its {name} tab, painted",
                        median_s(lambda: painted(app, window, open_meeting), args.repeat),
                        goal_s=GOAL_S)

            def switch(tab: int = tab) -> None:
                tabs.setCurrentIndex(BASICS)
                app.processEvents()
                painted(app, window, lambda: tabs.setCurrentIndex(tab))
            figures.add(f"switch to the {name} tab of an open meeting, painted",
                        median_s(switch, args.repeat), goal_s=GOAL_S)
        window.show_capability("indicators")
        figures.add("switch locality with the meetings and indicators screens open, painted",
                    median_s(lambda: painted(app, window, switch_locality), args.repeat),
                    goal_s=GOAL_S)
        conn.close()
        window.close()
        store.dispose()
    figures.save(size=size.key)


if __name__ == "__main__":
    main()
