"""Benchmark: the actor list as the user sees it, the Qt model with the view painting.

Fills one locality of a temporary store with 100,000 actors, shows the real actor table
(offscreen, 1366×768) and times what the user waits for: opening the list, sorting by a column,
a search for a common word, a rare term and one that finds nothing, and dragging the scrollbar to the middle.
Each step ends with the viewport painted. The baseline is the same view painting a model that
answers from a Python list already in memory (no database), timed the same way in the same run.
Prints each time beside its goal (≤ 100 ms each) and keeps it in ``bench/results/latest.json``;
asserts nothing. Last, a separate process opens the whole application window on that store, shows
Aktéři and jumps to the middle of the list: its peak resident memory is the figure "peak RSS, GUI
on the 100k actor list" (goal ≤ 400 MB).

    python bench/actor_view.py [--actors 100000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from actors_list import fill, median_ms  # noqa: E402
from figures import HEADER, Figures  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from obecdesk.core.localities import LocalityData, LocalityService  # noqa: E402
from obecdesk.core.stakeholders.actor_queries import ActorFilter  # noqa: E402
from obecdesk.core.stakeholders.actors import ActorService  # noqa: E402
from obecdesk.store import open_store  # noqa: E402
from obecdesk.store.actor_search import refresh_statistics  # noqa: E402
from obecdesk.ui.stakeholders.actor_columns import ActorColumn  # noqa: E402
from obecdesk.ui.stakeholders.actor_table_model import ActorTableModel  # noqa: E402
from obecdesk.ui.stakeholders.actor_table_view import ActorTableView  # noqa: E402

GOAL_MS = 100.0
GOAL_RSS_MB = 400

# the application's window on the store, Aktéři shown, a search and a jump; prints peak RSS (MB)
GUI_RSS = """
import resource, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from obecdesk.store import open_store
from obecdesk.ui.app import build_window
from obecdesk.ui.settings import Settings
app = QApplication(sys.argv)
store = open_store(data_dir=Path(sys.argv[1]))
settings = Settings(QSettings(str(Path(sys.argv[1]) / "rss.ini"), QSettings.Format.IniFormat))
window, _ctx = build_window(store, settings, "cs")
window.resize(1366, 768); window.show()
view = window.show_capability("stakeholders")
app.processEvents()
for table in window.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QTableView):
    bar = table.verticalScrollBar(); bar.setValue(bar.maximum() // 2); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


class ListModel(QAbstractTableModel):
    """The baseline: the same number of rows, answered from memory."""

    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return len(ActorColumn)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole \
            else None


def painted(view: ActorTableView, action) -> None:
    action()
    view.viewport().repaint()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as directory:
        store = open_store(data_dir=Path(directory))
        locality = LocalityService(store).create(LocalityData(name="Benchmarkov"))
        fill(store, locality.id, args.actors)
        refresh_statistics(store.engine)  # as an import of that many actors does
        model = ActorTableModel(ActorService(store))
        view = ActorTableView(model)
        view.resize(1366, 768)
        view.show()
        app.processEvents()
        everyone = ActorFilter(locality.id)
        bar = view.verticalScrollBar()
        toggle = iter(range(10**6))
        rows = [tuple(f"{c} {r}" for c in range(len(ActorColumn))) for r in range(args.actors)]
        base_view = ActorTableView(ListModel(rows))
        base_view.resize(1366, 768)
        base_view.show()
        app.processEvents()
        base_bar = base_view.verticalScrollBar()

        def jump(scroll) -> None:
            scroll.setValue(0)
            scroll.setValue(scroll.maximum() // 2)

        cases = [
            ("open the list", lambda: model.set_filter(everyone),
             lambda: base_view.setModel(base_view.model())),
            ("sort by influence", lambda: model.sort(
                ActorColumn.INFLUENCE, Qt.SortOrder(next(toggle) % 2)), lambda: None),
            ("search, common word ('novak')",
             lambda: model.set_filter(ActorFilter(locality.id, search="novak")), lambda: None),
            ("search, rare term ('12345')",
             lambda: model.set_filter(ActorFilter(locality.id, search="12345")), lambda: None),
            ("search, no hit ('xyzzy')",
             lambda: model.set_filter(ActorFilter(locality.id, search="xyzzy")), lambda: None),
        ]
        figures = Figures("actor_view")
        print(HEADER)
        for name, ours, theirs in cases:
            ours_ms = median_ms(lambda o=ours: painted(view, o), args.repeat)
            raw_ms = median_ms(lambda t=theirs: painted(base_view, t), args.repeat)
            figures.add(f"actor list, {args.actors:,} actors: {name}, painted", ours_ms / 1000,
                        raw_ms / 1000, goal_s=GOAL_MS / 1000)
        model.set_filter(everyone)
        painted(view, lambda: None)
        ours_ms = median_ms(lambda: painted(view, lambda: jump(bar)), args.repeat)
        raw_ms = median_ms(lambda: painted(base_view, lambda: jump(base_bar)), args.repeat)
        figures.add(f"actor list: scrollbar to row {args.actors // 2:,}, painted", ours_ms / 1000,
                    raw_ms / 1000, goal_s=GOAL_MS / 1000)
        print(f"rows shown: {model.rowCount()}, scrollbar range 0–{bar.maximum()}")
        store.dispose()
        peak = subprocess.run([sys.executable, "-c", GUI_RSS, directory], check=True,
                              capture_output=True, text=True).stdout.split()[-1]
        met = float(peak) <= GOAL_RSS_MB
        figures.rows.append({"figure": f"peak RSS, GUI on the {args.actors:,}-actor list",
                             "ours_mb": round(float(peak)), "goal": f"<= {GOAL_RSS_MB} MB",
                             "met": met})
        print(f"peak RSS, GUI on the {args.actors:,}-actor list: {float(peak):.0f} MB "
              f"(goal <= {GOAL_RSS_MB} MB) {'ok' if met else 'NOT MET'}")
        figures.save(actors=args.actors)


if __name__ == "__main__":
    main()
