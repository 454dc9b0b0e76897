"""The actor list: search and filters above a lazily fetched table, the chosen actor beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from obecdesk.core.stakeholders.actor_fields import ActorInfo
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.actor_detail import ActorDetail
from obecdesk.ui.stakeholders.actor_dialog import ActorDialog
from obecdesk.ui.stakeholders.actor_filter_bar import ActorFilterBar
from obecdesk.ui.stakeholders.actor_table_model import ActorTableModel
from obecdesk.ui.stakeholders.actor_table_view import ActorTableView
from obecdesk.ui.stakeholders.actor_toolbar import ActorToolbar


class ActorListPanel(QWidget):
    """Search (diacritics-insensitive, done by the service), filters, the table, actions."""

    import_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.locality_id = ""
        self.dialog: ActorDialog | None = None
        #: actors changed since the last reload; None when a full first-page reload is due
        self._changed_ids: set[str] | None = set()

        self.filters = ActorFilterBar()
        self.filters.changed.connect(self.apply_filter)
        # the names tests and callers use for the parts of the filter row
        self.search = self.filters.search
        self.sector_filter = self.filters.sector
        self.body_filter = self.filters.body
        self.attitude_filter = self.filters.attitude

        self.toolbar = ActorToolbar()
        # the buttons tests and callers reach for, named once here
        self.new_button = self.toolbar.new_button
        self.edit_button = self.toolbar.edit_button
        self.delete_button = self.toolbar.delete_button
        self.import_button = self.toolbar.import_button
        self.count_label = self.toolbar.count_label
        self.new_button.clicked.connect(self.new_actor)
        self.edit_button.clicked.connect(self.edit_actor)
        self.delete_button.clicked.connect(self.delete_actor)
        self.import_button.clicked.connect(self.import_requested)

        self.model = ActorTableModel(services.actors, self)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.table = ActorTableView(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_actor())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = ActorDetail(services, self)

        splitter = QSplitter()
        splitter.setObjectName("actors-splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 280])

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self._add_shortcuts()
        self._update_buttons()

    def _add_shortcuts(self) -> None:
        """Ctrl+F search, Ctrl+N new actor, Enter edit, Delete delete – within this panel."""
        table_only = Qt.ShortcutContext.WidgetShortcut
        for keys, slot, widget, context in (
            (QKeySequence.StandardKey.Find, self._focus_search, self, None),
            (QKeySequence.StandardKey.New, self.new_actor, self, None),
            (QKeySequence(Qt.Key.Key_Return), self.edit_actor, self.table, table_only),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_actor, self.table, table_only),
            (QKeySequence.StandardKey.Delete, self.delete_actor, self.table, table_only),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(context or Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- data --------------------------------------------------------------------------------

    def set_bodies(self, bodies: list[tuple[str, str]]) -> None:
        self.filters.set_bodies(bodies)

    def set_locality(self, locality_id: str) -> None:
        self.locality_id = locality_id
        self.apply_filter()

    def current_filter(self) -> ActorFilter | None:
        return self.filters.filter_for(self.locality_id)

    def apply_filter(self, *_args) -> None:
        self._changed_ids = set()  # the whole first page is read anyway
        self.model.set_filter(self.current_filter())
        self._show_detail()

    def note_changes(self, changes: ChangeSet) -> None:
        """Remember which actors changed, so ``reload`` can re-read just them.

        A change of bodies, memberships or relations may move actors in or out of the body
        filter, so it asks for the first page again instead.
        """
        if changes.touches("bodies", "memberships", "relations") or self._changed_ids is None:
            self._changed_ids = None
        else:
            self._changed_ids |= changes.ids.get("actors", set())

    def reload(self) -> None:
        """Re-read after a change elsewhere, keeping the selected actor selected.

        Only the changed rows are re-read when that is enough; otherwise the first page.
        """
        selected = self.selected_actor()
        changed, self._changed_ids = self._changed_ids, set()
        if changed:
            self.model.update_actors(changed)  # falls back to the first page by itself
        else:
            self.model.refresh()
        if selected is not None:
            self.select_actor(selected.id)
        self._show_detail()

    def selected_actor(self) -> ActorInfo | None:
        return self.table.selected_actor()

    def select_actor(self, actor_id: str) -> bool:
        return self.table.select_actor(actor_id)

    def _show_detail(self) -> None:
        self.detail.show_actor(self.selected_actor())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.toolbar.enable_for(has_locality=bool(self.locality_id),
                                has_selection=self.selected_actor() is not None)

    def _update_count(self, *_args) -> None:
        self.toolbar.show_count(self.model.rowCount(), self.model.total)

    # -- actions -----------------------------------------------------------------------------

    def new_actor(self) -> None:
        self._open_dialog(None)

    def edit_actor(self) -> None:
        actor = self.selected_actor()
        if actor is not None:
            self._open_dialog(actor)

    def _open_dialog(self, actor: ActorInfo | None) -> None:
        if not self.locality_id:
            return
        self.dialog = ActorDialog(self.services.actors, self.services.gdpr, self.locality_id,
                                  actor, self)
        self.dialog.accepted.connect(self._dialog_saved)
        self.dialog.saved_one.connect(lambda saved: self.select_actor(saved.id))
        self.dialog.open()

    def _dialog_saved(self) -> None:
        """The store's change notice has already refreshed the list; select what was saved."""
        if self.dialog is not None and self.dialog.saved is not None:
            self.select_actor(self.dialog.saved.id)
            self._show_detail()

    def delete_actor(self) -> None:
        actor = self.selected_actor()
        if actor is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Smazat aktéra"),
            self.tr("Smazat aktéra {0} včetně jeho členství a vztahů? Osoby patřící k "
                    "organizaci zůstanou.").format(actor.name))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.services.actors.delete(actor.id))
