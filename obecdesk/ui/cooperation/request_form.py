"""The municipality's request: who asked and when, the themes, the mode asked for and the
situation in the municipality's words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWidget,
)

from obecdesk.core.vocabulary.localities import CooperationMode, Theme
from obecdesk.ui.i18n import vocab
from obecdesk.ui.meetings.widgets import OptionalDateEdit

CHECK = Qt.ItemDataRole.CheckStateRole


class RequestForm(QGroupBox):
    """Emits ``edited`` on every change the user makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Žádost obce"), parent)
        self.asker = QComboBox()
        self.asker.setObjectName("cooperation-asker")
        self.requested_on = OptionalDateEdit()
        self.requested_on.setObjectName("cooperation-requested-on")
        self.mode = QComboBox()
        self.mode.setObjectName("cooperation-requested-mode")
        self.mode.addItem("—", "")
        for value, label in CooperationMode.choices():
            self.mode.addItem(vocab(label), value)
        self.theme_model = QStandardItemModel(self)
        for value, label in Theme.choices():
            item = QStandardItem(vocab(label))
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.theme_model.appendRow(item)
        self.themes = QListView()
        self.themes.setObjectName("cooperation-themes")
        self.themes.setModel(self.theme_model)
        self.themes.setFlow(QListView.Flow.LeftToRight)
        self.themes.setWrapping(True)
        self.themes.setResizeMode(QListView.ResizeMode.Adjust)
        self.themes.setMaximumHeight(110)  # English labels take a row more
        self.own_themes = QLineEdit()
        self.own_themes.setObjectName("cooperation-own-themes")
        self.own_themes.setPlaceholderText(self.tr("další témata, oddělená čárkou"))
        self.situation = QPlainTextEdit()
        self.situation.setObjectName("cooperation-situation")
        self.situation.setPlaceholderText(self.tr("jak situaci popisuje obec"))
        form = QFormLayout(self)
        form.addRow(self.tr("Kdo požádal"), self.asker)
        form.addRow(self.tr("Datum žádosti"), self.requested_on)
        form.addRow(self.tr("Požadovaný režim"), self.mode)
        form.addRow(self.tr("Témata"), self.themes)
        form.addRow("", self.own_themes)
        form.addRow(self.tr("Situace slovy obce"), self.situation)
        for signal in (self.asker.currentIndexChanged, self.requested_on.dateChanged,
                       self.mode.currentIndexChanged, self.theme_model.itemChanged,
                       self.own_themes.textEdited, self.situation.textChanged):
            signal.connect(lambda *_: self.edited.emit())

    def set_askers(self, askers: list[tuple[str, str]]) -> None:
        self.asker.blockSignals(True)
        self.asker.clear()
        self.asker.addItem("—", "")
        for actor_id, label in askers:
            self.asker.addItem(label, actor_id)
        self.asker.blockSignals(False)

    def set_values(self, *, asker: str | None, requested_on: dt.date | None, mode: str,
                   themes: list[str], situation: str) -> None:
        self.asker.setCurrentIndex(max(self.asker.findData(asker or ""), 0))
        self.requested_on.set_value(requested_on)
        self.mode.setCurrentIndex(max(self.mode.findData(mode), 0))
        known = {c for c, _ in Theme.choices()}
        for row in range(self.theme_model.rowCount()):
            item = self.theme_model.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in themes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.own_themes.setText(", ".join(t for t in themes if t not in known))
        self.situation.setPlainText(situation)

    def themes_value(self) -> list[str]:
        chosen = [self.theme_model.item(r).data(Qt.ItemDataRole.UserRole)
                  for r in range(self.theme_model.rowCount())
                  if self.theme_model.item(r).checkState() == Qt.CheckState.Checked]
        return chosen + [t.strip() for t in self.own_themes.text().split(",") if t.strip()]
