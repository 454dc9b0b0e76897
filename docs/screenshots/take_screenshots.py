"""Screenshots of every main screen over the demo data, as a coordinator's laptop shows them.

Run under an X server whose screen is the laptop's (1366×768), e.g.::

    Xvfb :92 -screen 0 1366x768x24 &
    DISPLAY=:92 QT_QPA_PLATFORM=xcb python docs/screenshots/take_screenshots.py docs/screenshots

Each picture is the whole screen (``import -window root``), so a window that does not fit shows.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from obecdesk.core.demo import load_demo
from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.store import open_store
from obecdesk.ui.app import build_window
from obecdesk.ui.i18n import install_translators
from obecdesk.ui.settings import Settings

IMPORT_SAMPLE = """Oblast;Cíl;Opatření;Stav;Odpovídá;Od;Rozpočet (Kč)
Zaměstnanost;Víc lidí v práci;Přechodné zaměstnávání;v přípravě;Město Lipová;1.1.2026;650 000
Bydlení;;Tréninkové bydlení;plánováno;;1.3.2026;1 200 000
Dluhy;;Finanční gramotnost;běží;Poradna;31.2.2026;
Zdraví;;Zdravotní gramotnost;;;;
"""


def main(out: Path, only: set[str]) -> int:
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "cs")  # noqa: F841 - must stay alive
    tmp = Path(tempfile.mkdtemp(prefix="obecdesk-shots-"))
    store = open_store(data_dir=tmp / "data")
    load_demo(store)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window, ctx = build_window(store, settings)
    window.show()
    # a bare X server has no window manager to maximize the window as a laptop's would
    window.setGeometry(window.screen().availableGeometry())

    def meetings(tab: int, focus: bool = False) -> Callable[[], None]:
        def step() -> None:
            view = window.show_capability("meetings")
            view.pages.setCurrentIndex(0)
            view.editor.tabs.setCurrentIndex(tab)
            view.focus.set(focus)
        return step

    def stakeholders(tab: int, body: str = "") -> Callable[[], None]:
        def step() -> None:
            view = window.show_capability("stakeholders")
            view.tabs.setCurrentIndex(tab)
            if body:  # a working group: what it has and the seats to fill first
                bodies = view.bodies
                bodies.select_body(next(b.id for b in bodies._bodies if b.name == body))
        return step

    def acute(key: str, tab: int = -1) -> Callable[[], None]:
        def step() -> None:  # the acute demo locality, whose countdown runs
            ctx.set_locality(acute_locality_id())
            view = window.show_capability(key)
            if tab >= 0:
                view.tabs.setCurrentIndex(tab)
        return step

    def process_mapping(tab: int) -> Callable[[], None]:
        def step() -> None:  # the acute demo locality has the mapping
            ctx.set_locality(acute_locality_id())
            view = window.show_capability("process_mapping")
            view.tabs.setCurrentIndex(tab)
            if tab == 1:
                view.points.table.selectRow(0)
            if tab == 2:
                view.recommendations.table.selectRow(0)
        return step

    def about() -> None:
        window.show_about()

    def communication(tab: str) -> Callable[[], None]:
        def step() -> None:  # the acute demo locality is the one with a situation to show
            from obecdesk.core.demo_acute import acute_locality_id

            ctx.set_locality(acute_locality_id())
            view = window.show_capability("communication")
            view.show_tab(getattr(view, tab))
            if tab == "situation":
                view.situation.table.selectRow(4)  # the petition, with its text attached
            if tab == "risks":
                view.risks.table.selectRow(0)
        return step

    home = ctx.locality_id  # the demo locality with the plan (acute shots switch away)

    def add_measure() -> None:  # the plan tab with a new measure's form over it
        ctx.set_locality(home)
        view = window.show_capability("indicators")
        view.tabs.setCurrentIndex(1)
        goal = next(g for a in view.data.tree if a.theme == "education" for g in a.goals
                    if g.id is not None)
        view.plan.select_id(goal.id)
        dialog = view.structure.new_measure_dialog()
        dialog.choose_catalog("tutoring")
        dialog.partners.setText("ZŠ Komenského, Charita")
        dialog.starts.setText("1.9.2025")
        dialog.budget.setText("480 000")
        dialog.mark_clean()  # closed after the shot without the discard question
        dialog.show()

    def import_preview() -> None:  # a cp1250 table of measures with one broken row
        from obecdesk.ui.indicators.plan_import_dialog import PlanImportDialog

        table = tmp / "opatreni.csv"
        table.write_bytes(IMPORT_SAMPLE.encode("cp1250"))
        ctx.set_locality(home)
        view = window.show_capability("indicators")
        view.tabs.setCurrentIndex(1)
        dialog = PlanImportDialog(view.services.plan_import, ctx.locality_id, parent=window)
        dialog.load_file(str(table))
        dialog.show()

    def hq_notes(row: int | None) -> Callable[[], None]:
        def step() -> None:  # HQ's notes, or the item a double click on note ``row`` opens
            ctx.set_locality(home)
            view = window.show_capability("indicators")
            view.tabs.setCurrentWidget(view.notes)
            view.notes.table.selectRow(row or 0)
            if row is not None:
                note = view.notes.current()
                view.open_item(note.review.kind, note.review.key, note.item_id)
        return step

    shots: list[tuple[str, Callable[[], None]]] = [
        ("localities", lambda: window.show_capability("localities")),
        ("hq-overview", lambda: window.show_capability("hq_overview")),
        ("stakeholders-list", stakeholders(0)),
        ("composition-check", stakeholders(1, "PS Zaměstnanost a dluhy")),
        ("relations-network", stakeholders(2)),
        ("power-map", stakeholders(3)),
        ("meetings-basics", meetings(0)),
        ("meetings-agenda", meetings(1)),
        ("meetings-attendance", meetings(3)),
        ("meetings-minutes", meetings(4)),
        ("meetings-minutes-focus", meetings(4, True)),
        ("methods", lambda: window.show_capability("methods")),
        ("indicators", lambda: window.show_capability("indicators")),
        ("communication-timeline", communication("situation")),
        ("risk-matrix", communication("risks")),
        ("communication-audiences", communication("audience")),
        ("communication-plan", communication("plan")),
        ("process-map-agendas", process_mapping(0)),
        ("process-map-critical-points", process_mapping(1)),
        ("process-map-recommendations", process_mapping(2)),
        ("sync-overview", lambda: window.show_capability("sync")),
        ("cooperation", acute("cooperation")),
        ("locality-countdown", acute("localities")),
        ("participation", acute("participation")),
        ("mediation", acute("mediation", 0)),
        ("mediation-notes", acute("mediation", 2)),
        ("about", about),
        ("indicators-add-measure", add_measure),
        ("indicators-import-preview", import_preview),
        ("hq-notes", hq_notes(None)),
        ("hq-notes-grid", hq_notes(0)),
        ("hq-notes-projects", hq_notes(1)),
        ("hq-notes-plan", hq_notes(2)),
    ]
    shots = [s for s in shots if not only or s[0] in only]
    out.mkdir(parents=True, exist_ok=True)

    def run(index: int) -> None:
        if index > 0:
            subprocess.run(["import", "-window", "root", str(out / f"{shots[index - 1][0]}.png")],
                           check=True)
            for widget in app.topLevelWidgets():
                if widget is not window and widget.isVisible():
                    widget.close()
        if index == len(shots):
            window.close()
            app.quit()
            return
        shots[index][1]()
        QTimer.singleShot(700, lambda: run(index + 1))

    QTimer.singleShot(1500, lambda: run(0))
    code = app.exec()
    store.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), set(sys.argv[2:])))
