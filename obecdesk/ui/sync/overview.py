"""Přehled of the Synchronizace page: this replica, its peer(s) and the bundles between them.

On a field laptop the panel shows HQ's card, the exchange and the bundle for HQ
(:mod:`field_panel`); at HQ the field replicas and their bundles (:mod:`hq_panel`). A bundle
file dropped anywhere on the page is read like one chosen with "Načíst balíček".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.sync.bundle_import import ImportStatus
from obecdesk.sync.sync_desk import FolderResult, SyncDesk, SyncState
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.sync.bundle_reader import BundleReader
from obecdesk.ui.sync.field_panel import FieldPanel
from obecdesk.ui.sync.hq_panel import HqPanel
from obecdesk.ui.sync.widgets import BUNDLE_FILTER, CARD_FILTER, value_label


class SyncOverview(QWidget):
    """The exchanges of this replica; ``show_conflicts`` asks the page for the Konflikty tab."""

    show_conflicts = Signal()

    def __init__(self, ctx: AppContext, desk: SyncDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.desk = ctx, desk
        self.state: SyncState = desk.state()
        self.reader = BundleReader(desk, self)
        self.reader.finished.connect(self._read)
        self.setAcceptDrops(True)
        self.title = QLabel()
        self.title.setObjectName("sync-title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.panel = FieldPanel(ctx, desk) if self.is_field else HqPanel(desk, self.reader)
        self.panel.said.connect(self._say)
        self.panel.changed.connect(self.reload)
        self.panel.load_requested.connect(lambda: self.load_bundle())
        self.result = QLabel()
        self.result.setObjectName("sync-result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self._me_box(), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        if self.is_field:
            top.addWidget(self.panel, 1)
            layout.addLayout(top, 1)
        else:  # the table of field replicas takes the full width
            top.addWidget(self._hq_hint(), 1)
            layout.addLayout(top)
            layout.addWidget(self.panel, 1)
        layout.addWidget(self.result)
        self.reload()

    @property
    def is_field(self) -> bool:
        return self.state.me.role != "hq"

    def _me_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tato replika"))
        form = QFormLayout(box)
        self.me_name, self.me_role = value_label("me-name"), value_label("me-role")
        self.fingerprint = value_label("own-fingerprint", monospace=True)
        replica = value_label("replica-id")
        replica.setText(self.ctx.store.replica_id)
        self.change_seq, self.conflicts = value_label("change-seq"), value_label("conflicts")
        form.addRow(self.tr("Název"), self.me_name)
        form.addRow(self.tr("Role"), self.me_role)
        form.addRow(self.tr("Otisk"), self.fingerprint)
        form.addRow(self.tr("Identifikátor repliky"), replica)
        if self.ctx.store.identity.ancestor_id:
            form.addRow(self.tr("Kopie repliky"), QLabel(self.ctx.store.identity.ancestor_id))
        form.addRow(self.tr("Pořadové číslo poslední změny"), self.change_seq)
        conflicts = QHBoxLayout()
        conflicts.addWidget(self.conflicts)
        show = QPushButton(self.tr("Zobrazit konflikty"))
        show.setObjectName("show-conflicts")
        show.clicked.connect(self.show_conflicts)
        conflicts.addWidget(show)
        conflicts.addStretch(1)
        form.addRow(self.tr("Nevyřešené konflikty"), conflicts)
        save_card = QPushButton(self.tr("Uložit adresní kartu této repliky…"))
        save_card.setObjectName("export-card")
        save_card.clicked.connect(lambda: self.export_card())
        form.addRow(save_card)
        return box

    def _hq_hint(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jak centrála pracuje"))
        hint = QLabel(self.tr(
            "Terénní repliky posílají balíčky e-mailem. Uložte je do jedné složky a načtěte ji "
            "najednou; u nové repliky porovnejte otisk, který vám sdělí. Pak připravte každé "
            "replice zpáteční balíček. Adresní kartu centrály si terénní repliky načtou jednou."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(box).addWidget(hint)
        return box

    def reload(self) -> None:
        self.state = state = self.desk.state()
        me = state.me
        self.title.setText(self.tr("Synchronizace s centrálou") if self.is_field
                           else self.tr("Centrála: balíčky terénních replik"))
        self.me_name.setText(me.name or self.tr("(bez názvu)"))
        self.me_role.setText(self.tr("terénní replika") if self.is_field else self.tr("centrála"))
        self.fingerprint.setText(me.fingerprint)
        self.change_seq.setText(number_text(state.change_seq))
        self.conflicts.setText(number_text(self.ctx.store.conflict_count()))
        self.panel.reload(state)

    def _say(self, sentence: str) -> None:
        self.result.setText(sentence)

    # -- actions (a path argument skips the file dialog) ---------------------------------------

    def export_card(self, path: str | None = None) -> None:
        path = path or QFileDialog.getSaveFileName(
            self, self.tr("Uložit adresní kartu"), "adresni-karta.obeccard", CARD_FILTER)[0]
        if path and run_guarded(self, lambda: self.desk.export_card(Path(path))):
            self._say(self.tr("Adresní karta uložena do %1.").replace("%1", path))

    def load_bundle(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(
            self, self.tr("Načíst balíček"), "", BUNDLE_FILTER)[0]
        if path:
            self.reader.read([self.desk.envelope(Path(path))])

    def _read(self, result: FolderResult) -> None:
        if len(result.results) == 1:
            self._say(result.results[0].message)
        else:
            self._say(self.tr("Načteno balíčků: %1 z %2.").replace(
                "%1", number_text(result.count(ImportStatus.IMPORTED))).replace(
                "%2", number_text(len(result.results))))
        self.reload()

    # -- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dropped_bundles(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = self._dropped_bundles(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.reader.read([self.desk.envelope(p) for p in paths])

    @staticmethod
    def _dropped_bundles(mime) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().endswith(BUNDLE_FILTER[1:])]
