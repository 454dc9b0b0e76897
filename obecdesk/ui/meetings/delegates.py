"""Cell editors for the minutes tables: closed lists, actors, dates and vote counts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from obecdesk.ui.meetings.widgets import OptionalDateEdit


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over ``[(value, label), ...]``; the model's EditRole holds the value."""

    def __init__(self, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A Czech date field; the minimum ("—") clears the date."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        return OptionalDateEdit(parent)

    def setEditorData(self, editor: OptionalDateEdit, index: QModelIndex) -> None:  # noqa: N802
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: OptionalDateEdit, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class CountDelegate(QStyledItemDelegate):
    """A vote count that may be left empty (shown "—")."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(-1, 9999)
        spin.setSpecialValueText("—")
        return spin

    def setEditorData(self, editor: QSpinBox, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(-1 if value is None else int(value))

    def setModelData(self, editor: QSpinBox, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        value = editor.value()
        model.setData(index, None if value < 0 else value, Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    """Planned minutes of an agenda item: 0 to 8 hours in minutes."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 480)
        spin.setSingleStep(5)
        spin.setSuffix(" min")
        return spin

    def setEditorData(self, editor: QSpinBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QSpinBox, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
