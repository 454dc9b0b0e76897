"""The form for creating and editing a locality."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.localities import LocalityData, LocalityInfo
from obecdesk.core.vocabulary.localities import REGIONS, CooperationMode, Theme
from obecdesk.ui.discard_guard import GuardedDialog
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab

THEME_ROLE = Qt.ItemDataRole.UserRole


class LocalityDialog(GuardedDialog):
    """Fields of a locality; Save calls ``save(data)`` and stays open when it is refused.

    Keeping the dialog open on a refusal (a locked store, a broken rule) means nothing typed is
    lost: the user reads the message, fixes or waits, and saves again.
    """

    def __init__(self, save: Callable[[LocalityData], LocalityInfo],
                 data: LocalityData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: LocalityInfo | None = None
        self.setWindowTitle(self.tr("Upravit lokalitu") if data else self.tr("Nová lokalita"))
        self.setMinimumWidth(520)
        data = data or LocalityData(name="", start_date=dt.date.today())

        self.name = QLineEdit(data.name)
        self.name.setObjectName("name")
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems([""] + REGIONS)
        self.region.setCurrentText(data.region)
        self.population = QSpinBox()
        self.population.setRange(0, 10_000_000)
        self.population.setGroupSeparatorShown(True)
        self.population.setSpecialValueText(self.tr("neuvedeno"))
        self.population.setValue(data.population or 0)
        self.mode = QComboBox()
        self.mode.setObjectName("mode")
        for mode in CooperationMode:
            self.mode.addItem(vocab(mode.label), mode.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(data.mode)))
        self.has_start = QCheckBox(self.tr("známé datum zahájení"))
        self.has_start.setChecked(data.start_date is not None)
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d. M. yyyy")
        start = data.start_date or dt.date.today()
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.start.setEnabled(self.has_start.isChecked())
        self.has_start.toggled.connect(self.start.setEnabled)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.has_start)
        self.coordinator = QLineEdit(data.coordinator)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setMaximumHeight(80)
        self.project_number = QLineEdit(data.project_number)
        self.project_number.setObjectName("project-number")
        self.project_number.setPlaceholderText(self.tr("např. CZ.03.02.02/00/22_005/0001234"))
        self.publicity_text = QLineEdit(data.publicity_text)
        self.publicity_text.setObjectName("publicity-text")
        self.publicity_text.setPlaceholderText(
            self.tr("např. Projekt je spolufinancován Evropskou unií."))
        self.publicity_text.setToolTip(self.tr("Tiskne se na prezenční listinu spolu s číslem "
                                               "projektu (povinná publicita projektů EU)."))

        self.themes = QListWidget()
        self.themes.setObjectName("themes")
        self.themes.setMaximumHeight(170)
        chosen = set(data.themes)
        for theme in Theme:
            self._add_theme_item(vocab(theme.label), theme.value, theme.value in chosen)
        for own in data.themes:
            if own not in Theme._value2member_map_:
                self._add_theme_item(own, own, True)
        self.own_theme = QLineEdit()
        self.own_theme.setObjectName("own-theme")
        self.own_theme.setPlaceholderText(self.tr("vlastní téma lokality"))
        add_theme = QPushButton(self.tr("Přidat téma"))
        add_theme.clicked.connect(self._add_own_theme)
        self.own_theme.installEventFilter(self)  # Enter adds the theme, it does not save
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.own_theme)
        theme_row.addWidget(add_theme)
        themes_box = QVBoxLayout()
        themes_box.addWidget(self.themes)
        themes_box.addLayout(theme_row)

        form = QFormLayout()
        form.addRow(self.tr("Název obce *"), self.name)
        form.addRow(self.tr("Kraj"), self.region)
        form.addRow(self.tr("Počet obyvatel"), self.population)
        form.addRow(self.tr("Režim spolupráce"), self.mode)
        form.addRow(self.tr("Zahájení spolupráce"), start_row)
        form.addRow(self.tr("Témata"), themes_box)
        form.addRow(self.tr("Lokální konzultant/ka"), self.coordinator)
        form.addRow(self.tr("Poznámky"), self.notes)
        form.addRow(self.tr("Číslo projektu"), self.project_number)
        form.addRow(self.tr("Publicita projektu"), self.publicity_text)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.mark_clean()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.own_theme and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._add_own_theme()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        saved = run_guarded(self, lambda: self._save(self.data()))
        if saved is not None:
            self.saved = saved
            super().accept()

    def _add_theme_item(self, label: str, value: str, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setData(THEME_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.themes.addItem(item)

    def _add_own_theme(self) -> None:
        text = self.own_theme.text().strip()
        if text:
            self._add_theme_item(text, text, True)
            self.own_theme.clear()

    def _update_ok(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name.text().strip()))

    def data(self) -> LocalityData:
        themes = [
            self.themes.item(i).data(THEME_ROLE)
            for i in range(self.themes.count())
            if self.themes.item(i).checkState() == Qt.CheckState.Checked
        ]
        return LocalityData(
            name=self.name.text(),
            region=self.region.currentText(),
            population=self.population.value() or None,
            mode=self.mode.currentData(),
            start_date=self.start.date().toPython() if self.has_start.isChecked() else None,
            themes=themes,
            coordinator=self.coordinator.text(),
            notes=self.notes.toPlainText(),
            project_number=self.project_number.text(),
            publicity_text=self.publicity_text.text(),
        )
