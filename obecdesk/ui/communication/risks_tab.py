"""Rizika: the likelihood × impact matrix beside the list of risk scenarios. Clicking a cell of
the matrix shows only its scenarios in the list; clicking it again shows all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.communication.risks import RiskInfo, RiskService
from obecdesk.ui.columns import fit_columns
from obecdesk.ui.communication.risk_dialog import RiskDialog
from obecdesk.ui.communication.risk_models import (
    RiskCol,
    RiskFilter,
    RiskListModel,
    RiskMatrixModel,
)
from obecdesk.ui.errors import run_guarded

CELL = 72


class RisksTab(QWidget):
    def __init__(self, risks: RiskService, actors: Callable[[str], list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risks = risks
        self.actors = actors
        self.locality_id = ""
        self.matrix_model = RiskMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("risk-matrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for header in (self.matrix.horizontalHeader(), self.matrix.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(CELL)
        self.matrix.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.clicked.connect(self.cell_clicked)
        self.show_all = QPushButton(self.tr("Zobrazit všechny scénáře"))
        self.show_all.clicked.connect(lambda: self.filter_place(None))
        self.hint = QLabel(self.tr("Svisle dopad, vodorovně pravděpodobnost (5 = nejvyšší). "
                                   "Čísla jsou scénáře ze seznamu vpravo; kliknutím na pole "
                                   "zobrazíte jen jeho scénáře."))
        self.hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Matice rizik</b> (pravděpodobnost × dopad)")))
        left.addWidget(self.matrix)
        left.addWidget(self.hint)
        left.addWidget(self.show_all)
        left.addStretch(1)
        self.model = RiskListModel(self)
        self.proxy = RiskFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("risk-list")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            RiskCol.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit_risk())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("risk-detail")
        self.add = QPushButton(self.tr("Nový scénář…"))
        self.edit = QPushButton(self.tr("Upravit…"))
        self.delete = QPushButton(self.tr("Smazat"))
        self.add.clicked.connect(lambda: self.new_risk())
        self.edit.clicked.connect(lambda: self.edit_risk())
        self.delete.clicked.connect(lambda: self.delete_risk())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add, self.edit, self.delete):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(self.table, 3)
        right.addWidget(self.detail, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._fit_matrix()

    def _fit_matrix(self) -> None:
        width = self.matrix.verticalHeader().sizeHint().width() + 5 * CELL + 4
        height = self.matrix.horizontalHeader().sizeHint().height() + 5 * CELL + 4
        self.matrix.setFixedSize(width, height)
        self.hint.setFixedWidth(width)

    def load(self, locality_id: str) -> None:
        self.locality_id = locality_id
        risks = self.risks.of_locality(locality_id) if locality_id else []
        self.model.names = dict(self.actors(locality_id)) if locality_id else {}
        self.model.set_rows(risks)
        self.matrix_model.set_risks(risks)
        fit_columns(self.table)
        self._show_selected()

    def cell_clicked(self, index: QModelIndex) -> None:
        place = RiskMatrixModel.place(index)
        self.filter_place(None if self.proxy.place == place else place)

    def filter_place(self, place: tuple[int, int] | None) -> None:
        self.proxy.set_place(place)
        if place is None:
            self.matrix.clearSelection()
        else:
            self.matrix.setCurrentIndex(self.matrix_model.index_of(*place))
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_selected()

    def current(self) -> RiskInfo | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _show_selected(self) -> None:
        risk = self.current()
        if risk is None:
            self.detail.setPlainText(self.tr("Vyberte scénář."))
            return
        from html import escape

        parts = [f"<h3>{escape(risk.data.title)}</h3>"]
        for title, text in ((self.tr("Varovné signály"), risk.data.warning_signals),
                            (self.tr("Připravená reakce"), risk.data.prepared_response)):
            if text:
                parts.append(f"<p><b>{title}:</b> {escape(text)}</p>")
        self.detail.setHtml("".join(parts))

    def new_risk(self) -> None:
        if self.locality_id:
            locality_id = self.locality_id
            RiskDialog(lambda d: self.risks.add(locality_id, d), self.actors(locality_id),
                       parent=self).exec()

    def edit_risk(self) -> None:
        risk = self.current()
        if risk is not None:
            RiskDialog(lambda d: self.risks.update(risk.id, d), self.actors(self.locality_id),
                       risk.data, parent=self).exec()

    def delete_risk(self) -> None:
        risk = self.current()
        if risk is None:
            return
        answer = QMessageBox.question(self, self.tr("Smazat scénář"),
                                      self.tr("Smazat scénář „%1“?").replace("%1", risk.data.title))
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self, lambda: self.risks.remove(risk.id))
