"""A field laptop's side of the Synchronizace page: HQ's card, the exchange, the bundle for HQ."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import number_text
from obecdesk.sync.peers import PeerInfo
from obecdesk.sync.sync_desk import SyncDesk, SyncState
from obecdesk.ui.context import AppContext
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.settings import HQ_EMAIL
from obecdesk.ui.sync.sync_models import PendingModel, moment_text
from obecdesk.ui.sync.widgets import CARD_FILTER, table, value_label


class FieldPanel(QWidget):
    """``said`` carries the one-sentence outcome of an action, ``changed`` asks for a reload,
    ``load_requested`` for the file dialog of "Načíst balíček"."""

    said = Signal(str)
    changed = Signal()
    load_requested = Signal()

    def __init__(self, ctx: AppContext, desk: SyncDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.desk = ctx, desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hq_box())
        layout.addWidget(self._exchange_box(), 1)

    def _hq_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Centrála"))
        form = QFormLayout(box)
        self.hq_name = value_label("hq-name")
        self.hq_fingerprint = value_label("hq-fingerprint", monospace=True)
        self.hq_email = QLineEdit(self.ctx.settings.get(HQ_EMAIL))
        self.hq_email.setObjectName("hq-email")
        self.hq_email.setPlaceholderText(self.tr("adresa, na kterou posíláte balíčky"))
        self.hq_email.editingFinished.connect(
            lambda: self.ctx.settings.set(HQ_EMAIL, self.hq_email.text().strip()))
        load_card = QPushButton(self.tr("Načíst adresní kartu centrály…"))
        load_card.setObjectName("import-card")
        load_card.clicked.connect(lambda: self.import_card())
        form.addRow(self.tr("Název"), self.hq_name)
        form.addRow(self.tr("Otisk"), self.hq_fingerprint)
        form.addRow(self.tr("E-mail centrály"), self.hq_email)
        form.addRow(load_card)
        return box

    def _exchange_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Výměna balíčků s centrálou"))
        form = QFormLayout()
        self.last_sent, self.acked = value_label("last-sent"), value_label("acknowledged")
        self.last_received = value_label("last-received")
        form.addRow(self.tr("Poslední odeslaný balíček"), self.last_sent)
        form.addRow(self.tr("Centrála potvrdila"), self.acked)
        form.addRow(self.tr("Poslední přijatý balíček"), self.last_received)
        self.pending = PendingModel(self)
        self.prepare_button = QPushButton(self.tr("Připravit balíček pro centrálu"))
        self.prepare_button.setObjectName("prepare-bundle")
        self.prepare_button.clicked.connect(lambda: self.prepare())
        load = QPushButton(self.tr("Načíst balíček…"))
        load.setObjectName("load-bundle")
        load.clicked.connect(self.load_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prepare_button)
        buttons.addWidget(load)
        buttons.addStretch(1)
        drop = QLabel(self.tr("Balíček od centrály sem můžete také přetáhnout myší."))
        drop.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(drop)
        layout.addWidget(QLabel(self.tr("Co čeká na odeslání centrále:")))
        layout.addWidget(table("pending-table", self.pending), 1)
        return box

    def reload(self, state: SyncState) -> None:
        hq = state.hq
        self.hq_name.setText(hq.peer.name if hq else self.tr("adresní karta zatím nenačtena"))
        self.hq_fingerprint.setText(hq.peer.fingerprint if hq else "—")
        self.prepare_button.setEnabled(hq is not None)
        self.last_sent.setText(moment_text(hq.peer.last_sent_at if hq else ""))
        self.last_received.setText(moment_text(hq.peer.last_received_at if hq else ""))
        self.acked.setText(self._acknowledged(hq.peer if hq else None, state.change_seq))
        self.pending.set_rows(sorted((hq.pending if hq else {}).items()))

    def _acknowledged(self, peer: PeerInfo | None, change_seq: int) -> str:
        """What HQ confirmed having, as dates: the newest change it covers and when it came."""
        if peer is None or peer.acked_seq == 0:
            return self.tr("zatím nic")
        text = (self.tr("všechny změny do %1 (potvrzeno %2)") if peer.acked_seq >= change_seq
                else self.tr("změny do %1 (potvrzeno %2); novější čekají na další balíček"))
        return (text.replace("%1", moment_text(peer.acked_through_at))
                .replace("%2", moment_text(peer.acked_at)))

    # -- actions (a path argument skips the file dialog) ---------------------------------------

    def import_card(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(
            self, self.tr("Adresní karta centrály"), "", CARD_FILTER)[0]
        peer = path and run_guarded(self, lambda: self.desk.import_card(Path(path)))
        if peer:
            self.said.emit(self.tr("Načtena adresní karta „%1“ s otiskem %2. Porovnejte otisk "
                                   "s centrálou.").replace("%1", peer.name)
                           .replace("%2", peer.fingerprint))
            self.changed.emit()

    def prepare(self, folder: str | None = None) -> None:
        folder = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Kam uložit balíček a e-mail"))
        if not folder:
            return
        email = self.hq_email.text().strip()
        self.ctx.settings.set(HQ_EMAIL, email)
        prepared = run_guarded(self, lambda: self.desk.prepare_for_hq(Path(folder),
                                                                      hq_email=email))
        if prepared:
            self.said.emit(
                self.tr("Balíček %1 (%2 záznamů) a e-mail %3 jsou připraveny; otevřete e-mail "
                        "v poštovním programu a odešlete ho.")
                .replace("%1", prepared.summary.path.name)
                .replace("%2", number_text(sum(prepared.summary.counts.values())))
                .replace("%3", prepared.eml.name))
            self.changed.emit()
