"""Vybrat metodu…: the assistant opened from an agenda item, prefilled from the meeting.

The meeting gives the expected participants (the invited, or the head count of a public meeting),
the item's minutes, and whether the group is the public or target-group members are invited
(then low literacy and little trust are ticked); the coordinator adds the purpose and the conflict
level. The ranking shows why each method fits and what fails; excluded methods give their reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from obecdesk.catalog.method_schema import Method
from obecdesk.core.methods.ranking import Need, Suggestion
from obecdesk.core.methods.service import MethodsService
from obecdesk.core.vocabulary.methods import ConflictLevel, Purpose


@dataclass(frozen=True)
class MeetingContext:
    """What the agenda item's meeting tells the assistant."""

    locality_id: str | None
    participants: int
    minutes: int
    public: bool = False
    target_group: bool = False
    item_title: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


class MethodAssistant(QDialog):
    """Ranks the catalog for one agenda item; ``chosen`` is the method the user inserts."""

    def __init__(self, methods: MethodsService, context: MeetingContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("method-assistant")
        self.setWindowTitle(self.tr("Vybrat metodu"))
        self.resize(1000, 640)
        self.methods = methods
        self.context = context
        self.chosen: Method | None = None
        self.result: Suggestion | None = None

        self.purpose = QComboBox()
        for purpose in Purpose:
            self.purpose.addItem(_tr(purpose.label), purpose.value)
        self.purpose.setCurrentIndex(self.purpose.findData("views" if context.public
                                                           else "decide"))
        self.conflict = QComboBox()
        for level in ConflictLevel:
            self.conflict.addItem(_tr(level.label), level.value)
        self.participants = QSpinBox()
        self.participants.setRange(1, 5000)
        self.participants.setValue(max(1, context.participants))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(max(1, context.minutes))
        self.low_literacy = QCheckBox(self.tr("nízká gramotnost"))
        self.low_trust = QCheckBox(self.tr("malá důvěra"))
        self.language = QCheckBox(self.tr("jazyková bariéra"))
        self.low_literacy.setChecked(context.target_group or context.public)
        self.low_trust.setChecked(context.target_group)

        form = QFormLayout()
        form.addRow(self.tr("Účel bodu"), self.purpose)
        form.addRow(self.tr("Konflikt"), self.conflict)
        form.addRow(self.tr("Účastníků"), self.participants)
        form.addRow(self.tr("Čas na bod"), self.minutes)
        flags = QHBoxLayout()
        for box in (self.low_literacy, self.low_trust, self.language):
            flags.addWidget(box)
        flags.addStretch(1)
        form.addRow(self.tr("Účastníci"), flags)
        source = QLabel(self.tr("Předvyplněno z jednání: pozvaní, čas bodu, veřejnost či "
                                "zástupci cílové skupiny. Doplňte účel a úroveň konfliktu."))
        source.setWordWrap(True)
        source.setStyleSheet("color: palette(mid);")

        self.ranked = QTableWidget(0, 4)
        self.ranked.setObjectName("ranked-methods")
        self.ranked.setHorizontalHeaderLabels(
            [self.tr("Metoda"), self.tr("Body"), self.tr("Proč se hodí"), self.tr("Co nesedí")])
        self.ranked.verticalHeader().hide()
        self.ranked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranked.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranked.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranked.setWordWrap(True)
        header = self.ranked.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 190)
        header.resizeSection(1, 50)
        self.ranked.doubleClicked.connect(self.accept)
        self.excluded = QListWidget()
        self.excluded.setObjectName("excluded-methods")
        excluded_box = QWidget()
        excluded_layout = QVBoxLayout(excluded_box)
        excluded_layout.setContentsMargins(0, 0, 0, 0)
        excluded_layout.addWidget(QLabel(self.tr("Vyřazené metody a proč")))
        excluded_layout.addWidget(self.excluded)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.ranked)
        split.addWidget(excluded_box)
        split.setSizes([430, 150])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.insert_button = self.buttons.addButton(
            self.tr("Vložit jako blok programu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.insert_button.setObjectName("insert-method")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if context.item_title:
            layout.addWidget(QLabel(self.tr("Bod programu: {0}").format(context.item_title)))
        layout.addLayout(form)
        layout.addWidget(source)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

        for combo in (self.purpose, self.conflict):
            combo.currentIndexChanged.connect(self.refresh)
        for spin in (self.participants, self.minutes):
            spin.valueChanged.connect(self.refresh)
        for box in (self.low_literacy, self.low_trust, self.language):
            box.toggled.connect(self.refresh)
        self.ranked.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def need(self) -> Need:
        return Need(purpose=self.purpose.currentData(), participants=self.participants.value(),
                    minutes=self.minutes.value(), conflict=self.conflict.currentData(),
                    low_literacy=self.low_literacy.isChecked(),
                    low_trust=self.low_trust.isChecked(),
                    language_barriers=self.language.isChecked())

    def refresh(self, *_args) -> None:
        self.result = self.methods.suggest(self.need(), self.context.locality_id)
        self.ranked.setRowCount(len(self.result.ranked))
        for row, ranked in enumerate(self.result.ranked):
            cells = [ranked.method.name, str(ranked.score), "\n".join(ranked.why),
                     "\n".join(ranked.fails)]
            for column, value in enumerate(cells):
                self.ranked.setItem(row, column, QTableWidgetItem(value))
        self.ranked.resizeRowsToContents()
        self.excluded.clear()
        for excluded in self.result.excluded:
            self.excluded.addItem(f"{excluded.method.name}: {excluded.reason}")
        if self.result.ranked:
            self.ranked.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.insert_button.setEnabled(self.selected() is not None)

    def selected(self) -> Method | None:
        rows = self.ranked.selectionModel().selectedRows()
        if not rows or self.result is None:
            return None
        return self.result.ranked[rows[0].row()].method

    def accept(self) -> None:
        self.chosen = self.selected()
        if self.chosen is not None:
            super().accept()

