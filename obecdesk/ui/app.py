"""The main window over the opened store, and the first-start questions (role, demo).

Imported by :mod:`obecdesk.ui.startup` once the splash is painted."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from obecdesk.errors import UserError
from obecdesk.store import Store, open_store
from obecdesk.store.paths import instance_lock_path
from obecdesk.ui.context import AppContext
from obecdesk.ui.cooperation.end_warning import EndWarning
from obecdesk.ui.fault_dialog import install_fault_hook
from obecdesk.ui.main_window import MainWindow
from obecdesk.ui.services import Services, build_services
from obecdesk.ui.settings import BACKUPS_KEPT, Settings, demo_offered
from obecdesk.ui.single_instance import already_running_text, claim_instance
from obecdesk.ui.startup import Splash


def offer_demo(window: MainWindow, ctx: AppContext, services: Services) -> None:
    """On a store with no locality, ask once whether to load the demo locality."""
    offered = demo_offered(ctx.store.location)
    if ctx.settings.get(offered) or services.localities.list(include_archived=True):
        return
    ctx.settings.set(offered, True)
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("App", "Vítejte v obecdesk"),
        QCoreApplication.translate(
            "App", "Databáze je prázdná. Chcete nahrát ukázkovou lokalitu s partnerstvím, "
            "aby bylo na každé obrazovce co vidět?"),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.load_demo()


def first_start(window: MainWindow, ctx: AppContext, services: Services) -> None:
    """Ask a new store's role (field laptop or HQ), then offer a field laptop the demo."""
    from obecdesk.ui.sync.role_dialog import ask_role

    ask_role(window, services.sync, ctx.settings, ctx.store.location)
    if services.sync.state().me.role != "hq":
        offer_demo(window, ctx, services)


def build_window(store: Store, settings: Settings,
                 language: str | None = None) -> tuple[MainWindow, AppContext]:
    """The window over ``store``: its services are built here, once, and handed down."""
    ctx = AppContext(store, settings)
    services = build_services(store)
    window = MainWindow(ctx, services, language=language)
    window.end_warning = EndWarning(window, ctx, services.cooperation)  # cooperation ending soon
    return window, ctx


def open_and_run(app: QApplication, splash: Splash, settings: Settings,
                 language: str | None, *, data_dir: str | None, database_url: str | None) -> int:
    """Open the store, show the main window in place of the splash and run the event loop."""
    install_fault_hook()
    lock_path = instance_lock_path(database_url, data_dir)
    instance = claim_instance(lock_path)
    if instance is None:
        splash.close()
        message = already_running_text(lock_path)
        QMessageBox.information(None, "obecdesk", message)
        print(f"obecdesk: {message}", file=sys.stderr)
        return 1
    try:
        store = open_store(database_url, data_dir=Path(data_dir) if data_dir else None)
    except UserError as exc:
        splash.close()
        QMessageBox.critical(None, "obecdesk", str(exc))
        print(f"obecdesk: {exc}", file=sys.stderr)
        return 2
    window, ctx = build_window(store, settings, language)
    window.show()
    splash.finish(window)

    def after_first_paint() -> None:  # the day's backup and a new store's questions
        window.services.backups.start_daily(settings.get(BACKUPS_KEPT))
        first_start(window, ctx, window.services)

    QTimer.singleShot(0, after_first_paint)
    code = app.exec()
    store.dispose()
    instance.unlock()
    return code
