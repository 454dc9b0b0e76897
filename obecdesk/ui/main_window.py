"""The main window: capability navigation on the left, the locality switcher, what was saved."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from obecdesk.store.changes import ChangeSet
from obecdesk.ui.about_dialog import AboutDialog, app_icon
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.capabilities import CAPABILITIES, Capability, NavigationWatch
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import LANGUAGES, tr_context
from obecdesk.ui.layout import clamp_to_screen, fit_window, remember_splitters, save_splitters
from obecdesk.ui.main_menu import build_menu
from obecdesk.ui.saved_state import SavedState
from obecdesk.ui.services import Services
from obecdesk.ui.settings import LANGUAGE, WINDOW_GEOMETRY


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, services: Services, parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: handed to each capability view as it opens
        self.services = services
        self._store_replaced = False
        #: this run's language (``--lang`` may differ from the setting)
        self.language = language or ctx.settings.get(LANGUAGE)
        self.setWindowTitle(self.tr("obecdesk – lokální partnerství"))
        self.setWindowIcon(app_icon())
        self._views: dict[str, CapabilityView] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(240)
        self.nav.setMinimumWidth(150)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for cap in CAPABILITIES:
            item = QListWidgetItem(
                self.style().standardIcon(cap.icon), tr_context("Navigation", cap.label)
            )
            item.setData(Qt.ItemDataRole.UserRole, cap.key)
            item.setSizeHint(QSize(180, 36))
            self.nav.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder-{cap.key}")
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._show_capability)

        splitter = QSplitter()
        splitter.setObjectName("main-splitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1080])
        splitter.setCollapsible(0, False)
        self.setCentralWidget(splitter)

        self._build_toolbar()
        build_menu(self)
        self.saved_label = SavedState(ctx.hub)
        self.statusBar().addPermanentWidget(self.saved_label)
        remember_splitters(splitter, ctx.settings)

        ctx.hub.changed.connect(self._on_changes)
        ctx.locality_changed.connect(self._follow_locality)
        NavigationWatch(self)
        self._reload_localities()
        geometry = ctx.settings.get(WINDOW_GEOMETRY)
        clamp_to_screen(self) if geometry and self.restoreGeometry(geometry) else fit_window(self)
        self.nav.setCurrentRow(0)

    # -- building

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Lokalita"))
        bar.setObjectName("locality-toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Lokalita: ")))
        self.locality_switcher = QComboBox()
        self.locality_switcher.setObjectName("locality-switcher")
        self.locality_switcher.setMinimumWidth(260)
        self.locality_switcher.currentIndexChanged.connect(self._on_switch)
        bar.addWidget(self.locality_switcher)
        self.addToolBar(bar)

    def show_backups(self) -> None:
        from obecdesk.ui.backups.dialog import open_backups

        open_backups(self, self.services.backups, self._views_may_close, self._after_restore)

    def _views_may_close(self) -> bool:  # views with unsaved edits ask to save or drop them
        return all(v.confirm_close() for v in self._views.values() if hasattr(v, "confirm_close"))

    def _after_restore(self) -> None:
        self._store_replaced = True  # the store is closed: closing must not save into it
        self.close()

    # -- navigation

    def capability_keys(self) -> list[str]:
        return [cap.key for cap in CAPABILITIES]

    def show_capability(self, key: str) -> CapabilityView:
        self.nav.setCurrentRow(self.capability_keys().index(key))
        return self._views[key]

    def _show_capability(self, row: int) -> None:
        if row < 0:
            return
        cap: Capability = CAPABILITIES[row]
        if cap.key not in self._views:
            view = cap.factory(self.ctx, self.services)
            view.setObjectName(f"view-{cap.key}")
            placeholder = self.stack.widget(row)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(row, view)
            remember_splitters(view, self.ctx.settings)
            self._views[cap.key] = view
        self.stack.setCurrentIndex(row)

    # -- localities

    def _reload_localities(self) -> None:
        localities = self.services.localities.list()
        switcher = self.locality_switcher
        switcher.blockSignals(True)
        switcher.clear()
        for info in localities:
            switcher.addItem(info.name, info.id)
        index = switcher.findData(self.ctx.locality_id)
        if index < 0 and localities:
            index = 0
        switcher.setCurrentIndex(index)
        switcher.blockSignals(False)
        self.ctx.set_locality(switcher.currentData() or "")

    def _follow_locality(self, locality_id: str) -> None:
        """A view chose another locality (e.g. one just created): move the switcher with it."""
        index = self.locality_switcher.findData(locality_id)
        if index >= 0 and index != self.locality_switcher.currentIndex():
            self.locality_switcher.blockSignals(True)
            self.locality_switcher.setCurrentIndex(index)
            self.locality_switcher.blockSignals(False)

    def _on_switch(self, _index: int) -> None:
        self.ctx.set_locality(self.locality_switcher.currentData() or "")

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("localities"):
            self._reload_localities()

    # -- actions

    def load_demo(self) -> None:
        result = run_guarded(self, self.services.load_demo)
        if result is None:
            return
        if result.created:
            self.ctx.set_locality(result.locality_id)
            self._reload_localities()
            self.statusBar().showMessage(
                self.tr("Ukázková lokalita {0} nahrána.").format(result.locality_name), 5000
            )
        else:
            self.statusBar().showMessage(self.tr("Ukázková data už v databázi jsou."), 5000)

    def open_profile(self) -> None:
        """Nastavení → Já: who I am in the current locality."""
        from obecdesk.ui.profile.profile_dialog import ProfileDialog

        self.profile_dialog = ProfileDialog(self.services, self.ctx, self)
        self.profile_dialog.open()

    def set_language(self, code: str) -> None:
        self.ctx.settings.set(LANGUAGE, code)
        for action in self.findChildren(QAction):
            if action.data() in LANGUAGES:
                action.setChecked(action.data() == code)
        QMessageBox.information(
            self, self.tr("Jazyk"),
            self.tr("Jazyk rozhraní se změní při příštím spuštění aplikace."),
        )

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.services.installation(), self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.ctx.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry()), sync=False)
        save_splitters(self, sync=False)
        self.ctx.settings.sync()
        if not self._store_replaced and not self._views_may_close():
            event.ignore()
            return
        event.accept()

