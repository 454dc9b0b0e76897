"""The actor list: search and filters above a lazily fetched table, the chosen actor beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.actors import ActorFilter, ActorInfo
from obecdesk.core.formatting import number_text
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.actor_detail import ActorDetail
from obecdesk.ui.stakeholders.actor_dialog import ActorDialog
from obecdesk.ui.stakeholders.actor_table_model import ActorColumn, ActorTableModel, attitude_text
from obecdesk.ui.stakeholders.services import StakeholderServices


class ActorListPanel(QWidget):
    """Search (diacritics-insensitive, done by the service), filters, the table, actions."""

    import_requested = Signal()

    def __init__(self, services: StakeholderServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.locality_id = ""
        self.dialog: ActorDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("actor-search")
        self.search.setPlaceholderText(self.tr("Hledat jméno, organizaci, roli, e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.sector_filter = QComboBox()
        self.sector_filter.setObjectName("sector-filter")
        self.sector_filter.addItem(self.tr("Všechny sektory"), None)
        for value, label in Sector.choices():
            self.sector_filter.addItem(vocab(label), value)
        self.body_filter = QComboBox()
        self.body_filter.setObjectName("body-filter")
        self.body_filter.setMinimumWidth(180)
        self.attitude_filter = QComboBox()
        self.attitude_filter.setObjectName("attitude-filter")
        self.attitude_filter.addItem(self.tr("Jakýkoli postoj"), None)
        for value in range(-2, 3):
            self.attitude_filter.addItem(self.tr("postoj {0}").format(attitude_text(value)), value)
        for combo in (self.sector_filter, self.body_filter, self.attitude_filter):
            combo.currentIndexChanged.connect(self.apply_filter)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.sector_filter, 1)
        filters.addWidget(self.body_filter, 1)
        filters.addWidget(self.attitude_filter)

        self.new_button = QPushButton(self.tr("Nový aktér…"))
        self.new_button.setObjectName("new-actor")
        self.new_button.clicked.connect(self.new_actor)
        self.edit_button = QPushButton(self.tr("Upravit…"))
        self.edit_button.setObjectName("edit-actor")
        self.edit_button.clicked.connect(self.edit_actor)
        self.delete_button = QPushButton(self.tr("Smazat"))
        self.delete_button.setObjectName("delete-actor")
        self.delete_button.clicked.connect(self.delete_actor)
        self.import_button = QPushButton(self.tr("Import z tabulky…"))
        self.import_button.setObjectName("import-actors")
        self.import_button.clicked.connect(self.import_requested)
        self.count_label = QLabel()
        self.count_label.setObjectName("actor-count")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.model = ActorTableModel(services.actors, self)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.table = QTableView()
        self.table.setObjectName("actors-table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActorColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((ActorColumn.NAME, 200), (ActorColumn.ORGANISATION, 180),
                              (ActorColumn.SECTOR, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ActorColumn.ROLE, QHeaderView.ResizeMode.Stretch)
        for column in (ActorColumn.INFLUENCE, ActorColumn.ATTITUDE, ActorColumn.INTEREST,
                       ActorColumn.DECISION_POWER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_actor())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = ActorDetail(services, self)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 280])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------

    def set_bodies(self, bodies: list[tuple[str, str]]) -> None:
        current = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Všechny orgány"), None)
        for body_id, name in bodies:
            self.body_filter.addItem(name, body_id)
        self.body_filter.setCurrentIndex(max(self.body_filter.findData(current), 0))
        self.body_filter.blockSignals(False)

    def set_locality(self, locality_id: str) -> None:
        self.locality_id = locality_id
        self.apply_filter()

    def current_filter(self) -> ActorFilter | None:
        if not self.locality_id:
            return None
        return ActorFilter(
            self.locality_id, search=self.search.text(), sector=self.sector_filter.currentData(),
            body_id=self.body_filter.currentData(), attitude=self.attitude_filter.currentData(),
        )

    def apply_filter(self, *_args) -> None:
        self.model.set_filter(self.current_filter())
        self._show_detail()

    def reload(self) -> None:
        """Re-read after a change elsewhere, keeping the selected actor selected."""
        selected = self.selected_actor()
        self.model.refresh()
        if selected is not None:
            self.select_actor(selected.id)
        self._show_detail()

    def selected_actor(self) -> ActorInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.actor_at(index.row())

    def select_actor(self, actor_id: str) -> bool:
        row = self.model.row_of(actor_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _show_detail(self) -> None:
        self.detail.show_actor(self.selected_actor())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_locality = bool(self.locality_id)
        for button in (self.new_button, self.import_button):
            button.setEnabled(has_locality)
        selected = self.selected_actor() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _update_count(self, *_args) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        if total == shown:
            text = self.tr("Aktérů: {0}").format(number_text(total))
        else:
            text = self.tr("Načteno {0} z {1} aktérů").format(number_text(shown),
                                                               number_text(total))
        self.count_label.setText(text)

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
        self.dialog = ActorDialog(self.services.actors, self.locality_id, actor, self)
        self.dialog.accepted.connect(self._dialog_saved)
        self.dialog.open()

    def _dialog_saved(self) -> None:
        if self.dialog is not None and self.dialog.saved is not None:
            self.model.refresh()
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
