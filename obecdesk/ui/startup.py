"""Starting the GUI: a splash is painted before the store and the screens load.

Most of a cold start is importing the store, the services and the screens. The coordinator sees
the splash within a fraction of that, and the main window replaces it when it is ready, so a
slow laptop never looks as if the double-click did nothing. Only Qt and small modules are
imported here; :mod:`obecdesk.ui.app` is imported once the splash is on screen.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from obecdesk.resources import resource
from obecdesk.ui import import_scan

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


def keep_collector_off_long_lived_objects(app: QApplication) -> None:
    """Pause Python's cyclic garbage collector until the event loop first turns, and keep what
    was built out of its later walks.

    Starting creates several hundred thousand long-lived objects (modules, classes, ORM mappers)
    and no garbage worth collecting; the collector would walk them again and again, about a fifth
    of the start. Once the window is up they are frozen out of later collections, which also
    keeps full collections short while the coordinator works. On quitting they are frozen again:
    the interpreter's collections on the way out walked them for a quarter of a second after the
    window had closed (the store is disposed explicitly, nothing waits for those collections).
    """
    app.aboutToQuit.connect(gc.freeze)
    if not gc.isenabled():
        return
    gc.disable()

    def resume() -> None:
        gc.freeze()
        gc.enable()

    QTimer.singleShot(0, resume)


def start_application() -> QApplication:
    """The application object with its name, icon and a readable minimum font size."""
    app = QApplication.instance() or QApplication(sys.argv)
    keep_collector_off_long_lived_objects(app)
    import_scan.install()  # before the store and the screens are imported
    app.setApplicationName("obecdesk")
    app.setOrganizationName("obecdesk")
    icon = resource("icons", "obecdesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    font = QFont(app.font())
    if font.pointSize() < 10:
        font.setPointSize(10)
        app.setFont(font)
    return app


class Splash(QLabel):
    """The start-up picture: a frameless window, not ``QSplashScreen``, which waits up to a
    second for the window system to confirm the window is shown before painting it."""

    def finish(self, window: QWidget) -> None:
        """Give way to the main window."""
        self.close()
        window.raise_()


def show_splash(app: QApplication) -> Splash:
    """Paint the splash now (before the event loop runs) and return it for ``finish``."""
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(int(440 * ratio), int(180 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#f5f7fa"))
    painter = QPainter(pixmap)
    icon = app.windowIcon()
    if not icon.isNull():
        painter.drawPixmap(28, 46, icon.pixmap(72, 72))
    title = QFont(app.font())
    title.setPointSize(title.pointSize() + 8)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#1f3a5f"))
    painter.drawText(120, 88, "obecdesk")
    painter.setFont(app.font())
    painter.setPen(QColor("#4a5568"))
    painter.drawText(120, 118, QCoreApplication.translate(
        "Startup", "pracovní nástroj lokálního konzultanta"))
    painter.drawText(pixmap.rect().adjusted(0, 0, 0, -int(14 * ratio)),
                     Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                     QCoreApplication.translate("Startup", "Otevírám databázi…"))
    painter.end()
    splash = Splash()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.adjustSize()
    screen = app.primaryScreen()
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    app.processEvents()  # paint it before the heavy imports block the event loop
    return splash


def run_gui(*, data_dir: str | None, database_url: str | None, lang: str | None = None) -> int:
    if QApplication.instance() is None and not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = start_application()
    from obecdesk.ui.i18n import install_translators
    from obecdesk.ui.settings import LANGUAGE, Settings

    settings = Settings(QSettings("obecdesk", "obecdesk"))
    language = lang or settings.get(LANGUAGE)
    translators = install_translators(app, language)  # noqa: F841 - must stay alive
    splash = show_splash(app)
    from obecdesk.ui.app import open_and_run  # the store, the services and the screens

    return open_and_run(app, splash, settings, language,
                        data_dir=data_dir, database_url=database_url)
