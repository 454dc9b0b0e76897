"""Bodies of the partnership: the list, the chosen body's members, and its composition check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.bodies import BodyInfo
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.body_dialog import BodyDialog
from obecdesk.ui.stakeholders.composition_panel import CompositionPanel
from obecdesk.ui.stakeholders.members_panel import MembersPanel


def _column(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        if isinstance(widget, (QHBoxLayout, QGridLayout)):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget, 1 if (stretch_first and index == 1) else 0)
    return holder


class BodiesPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.locality_id = ""
        self.dialog: BodyDialog | None = None
        self._bodies: list[BodyInfo] = []

        self.body_list = QListWidget()
        self.body_list.setObjectName("bodies-list")
        self.body_list.setSpacing(3)
        self.body_list.setWordWrap(True)
        self.body_list.currentRowChanged.connect(lambda _row: self._show_body())
        self.new_body = QPushButton(self.tr("Nový orgán…"))
        self.new_body.setObjectName("new-body")
        self.new_body.clicked.connect(lambda: self._open_body_dialog(None))
        self.edit_body = QPushButton(self.tr("Upravit…"))
        self.edit_body.clicked.connect(lambda: self._open_body_dialog(self.selected_body()))
        self.delete_body = QPushButton(self.tr("Smazat"))
        self.delete_body.clicked.connect(self._delete_body)
        body_buttons = QGridLayout()  # two rows keep the list column narrow
        body_buttons.addWidget(self.new_body, 0, 0, 1, 2)
        body_buttons.addWidget(self.edit_body, 1, 0)
        body_buttons.addWidget(self.delete_body, 1, 1)

        self.members = MembersPanel(services, self)

        self.composition = CompositionPanel(services.composition, self)

        splitter = QSplitter()
        splitter.setObjectName("bodies-splitter")
        splitter.addWidget(_column(QLabel(self.tr("Orgány partnerství")), self.body_list,
                                   body_buttons, stretch_first=True))
        splitter.addWidget(self.members)
        splitter.addWidget(self.composition)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # the first real width is known only now
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([int(width * 0.19), int(width * 0.5), int(width * 0.31)])

    # -- data --------------------------------------------------------------------------------

    def set_locality(self, locality_id: str) -> None:
        self.locality_id = locality_id
        self.reload()

    def reload(self) -> None:
        selected = self.selected_body()
        self._bodies = self.services.bodies.list(self.locality_id) if self.locality_id else []
        self.body_list.blockSignals(True)
        self.body_list.clear()
        lacking = set(self.services.composition.bodies_without_target_group(self.locality_id)
                      if self.locality_id else [])
        for body in self._bodies:
            text = self.tr("{0}\n{1} · členů: {2}").format(
                body.name, vocab(BodyKind.label_of(body.kind)), body.member_count)
            if body.id in lacking:
                text += "\n⚠ " + self.tr("chybí zástupce cílové skupiny")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, body.id)
            self.body_list.addItem(item)
        ids = [b.id for b in self._bodies]
        row = ids.index(selected.id) if selected and selected.id in ids else (0 if ids else -1)
        self.body_list.setCurrentRow(row)
        self.body_list.blockSignals(False)
        self.new_body.setEnabled(bool(self.locality_id))
        self._show_body()

    def selected_body(self) -> BodyInfo | None:
        row = self.body_list.currentRow()
        return self._bodies[row] if 0 <= row < len(self._bodies) else None

    def select_body(self, body_id: str) -> None:
        ids = [b.id for b in self._bodies]
        if body_id in ids:
            self.body_list.setCurrentRow(ids.index(body_id))

    def _show_body(self) -> None:
        body = self.selected_body()
        for button in (self.edit_body, self.delete_body):
            button.setEnabled(body is not None)
        self.members.show_body(body)
        self.composition.show_body(body.id if body else None)

    # -- actions -----------------------------------------------------------------------------

    def _open_body_dialog(self, body: BodyInfo | None) -> None:
        if not self.locality_id:
            return
        self.dialog = BodyDialog(self.services, self.locality_id, body, self)
        self.dialog.accepted.connect(self._body_saved)
        self.dialog.open()

    def _body_saved(self) -> None:
        if isinstance(self.dialog, BodyDialog) and self.dialog.saved is not None:
            self.reload()
            self.select_body(self.dialog.saved.id)

    def _delete_body(self) -> None:
        body = self.selected_body()
        if body is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat orgán"), self.tr(
            "Smazat orgán {0} i se záznamy o členství?").format(body.name))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.services.bodies.delete(body.id))
