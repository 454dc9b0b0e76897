"""The main window's menus: Soubor, Nastavení, Nápověda.

The dialogs behind them are imported when chosen, not when the window starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from obecdesk.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from obecdesk.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _action(menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    return action


def _attendance_settings(window: MainWindow) -> None:
    from obecdesk.ui.meetings.print_settings_dialog import AttendanceSettingsDialog

    AttendanceSettingsDialog(window.ctx.settings, window).exec()


def build_menu(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&Soubor"))
    _action(file_menu, translate("MainWindow", "Nahrát &ukázková data"), window.load_demo)
    backups = _action(file_menu, translate("MainWindow", "&Zálohy…"), window.show_backups)
    backups.setEnabled(window.services.backups.available)
    file_menu.addSeparator()
    quit_ = _action(file_menu, translate("MainWindow", "&Konec"), window.close)
    quit_.setShortcut(QKeySequence.StandardKey.Quit)

    settings_menu = bar.addMenu(translate("MainWindow", "&Nastavení"))
    me = _action(settings_menu, translate("MainWindow", "&Já…"), window.open_profile)
    me.setObjectName("profile-action")
    languages = settings_menu.addMenu(translate("MainWindow", "&Jazyk"))
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True, checked=code == window.language)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: window.set_language(c))
        languages.addAction(action)
    _action(settings_menu, translate("MainWindow", "&Prezenční listina…"),
            lambda: _attendance_settings(window))

    help_menu = bar.addMenu(translate("MainWindow", "Nápo&věda"))
    _action(help_menu, translate("MainWindow", "&O aplikaci"), window.show_about)
