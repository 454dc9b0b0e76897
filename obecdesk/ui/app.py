"""Starting the application: translators, the store, the first-start demo offer, the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from obecdesk.errors import UserError
from obecdesk.resources import resource
from obecdesk.store import Store, open_store
from obecdesk.store.paths import instance_lock_path
from obecdesk.ui.context import AppContext
from obecdesk.ui.fault_dialog import install_fault_hook
from obecdesk.ui.i18n import install_translators
from obecdesk.ui.main_window import MainWindow
from obecdesk.ui.services import Services, build_services
from obecdesk.ui.settings import BACKUPS_KEPT, LANGUAGE, Settings, demo_offered
from obecdesk.ui.single_instance import already_running_text, claim_instance


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
    window = MainWindow(ctx, build_services(store), language=language)
    return window, ctx


NO_DISPLAY = ("obecdesk: aplikaci nelze otevřít, tento počítač nemá grafické prostředí "
              "(není nastaveno DISPLAY ani WAYLAND_DISPLAY); příkazy bez okna vypíše "
              "obecdesk --help.")


def has_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt can open a window; on Linux without X11 or Wayland it would abort the
    process with an English message of its own (a platform plugin chosen explicitly, such
    as offscreen, needs no display)."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM", "") not in (
            "", "xcb", "wayland"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def run_gui(*, data_dir: str | None, database_url: str | None, lang: str | None = None) -> int:
    if QApplication.instance() is None and not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("obecdesk")
    app.setOrganizationName("obecdesk")
    install_fault_hook()
    icon = resource("icons", "obecdesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = Settings(QSettings("obecdesk", "obecdesk"))
    language = lang or settings.get(LANGUAGE)
    translators = install_translators(app, language)  # noqa: F841 - must stay alive
    font = QFont(app.font())
    if font.pointSize() < 10:
        font.setPointSize(10)
        app.setFont(font)
    lock_path = instance_lock_path(database_url, data_dir)
    instance = claim_instance(lock_path)
    if instance is None:
        message = already_running_text(lock_path)
        QMessageBox.information(None, "obecdesk", message)
        print(f"obecdesk: {message}", file=sys.stderr)
        return 1
    try:
        store = open_store(database_url, data_dir=Path(data_dir) if data_dir else None)
    except UserError as exc:
        QMessageBox.critical(None, "obecdesk", str(exc))
        print(f"obecdesk: {exc}", file=sys.stderr)
        return 2
    window, ctx = build_window(store, settings, language)
    window.show()
    window.services.backups.start_daily(settings.get(BACKUPS_KEPT))
    first_start(window, ctx, window.services)
    code = app.exec()
    store.dispose()
    instance.unlock()
    return code
