"""Run in a subprocess by test_laptop_screen.py on a simulated laptop screen (offscreen QPA with
a screen configuration): builds the window over the demo data, opens every screen and tab, and
prints as JSON where the window ended up, what each screen needs at least and how big the
larger dialogs open."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

from obecdesk.store import open_store
from obecdesk.ui.app import build_window
from obecdesk.ui.settings import Settings


def _dialogs(view, window) -> list[tuple[str, QDialog]]:
    """The bigger dialogs, as they open (size on opening, or at least their minimum)."""
    from obecdesk.ui.indicators.measure_dialog import MeasureDialog
    from obecdesk.ui.indicators.plan_import_dialog import PlanImportDialog

    services, locality = view.services, view.ctx.locality_id
    return [("measure", MeasureDialog(lambda *_: None, services.actors, locality, goals=[],
                                      parent=window)),
            ("plan-import", PlanImportDialog(services.plan_import, locality, parent=window))]


def main(folder: Path, data: Path) -> None:
    app = QApplication(sys.argv[:1])
    store = open_store(data_dir=data)  # a copy of the demo store (the ``demo_dir`` fixture)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window, _ctx = build_window(store, settings)
    window.show()
    app.processEvents()
    screens = {}
    for key in window.capability_keys():
        view = window.show_capability(key)
        for tabs in view.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                app.processEvents()
                hint = tabs.widget(i).minimumSizeHint()
                screens[f"{key}/{tabs.tabText(i)}"] = [hint.width(), hint.height()]
        hint = view.minimumSizeHint()
        screens[key] = [hint.width(), hint.height()]
    dialogs = {}
    for name, dialog in _dialogs(window.show_capability("indicators"), window):
        dialog.show()
        app.processEvents()
        hint = dialog.minimumSizeHint()
        dialogs[name] = [max(dialog.width(), hint.width()), max(dialog.height(), hint.height())]
        dialog.close()
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    print(json.dumps({
        "available": [area.x(), area.y(), area.width(), area.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": list(window.minimumSizeHint().toTuple()),
        "screens": screens,
        "dialogs": dialogs,
    }))
    window.close()
    store.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
