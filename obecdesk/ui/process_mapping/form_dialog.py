"""One form dialog for the small records of process mapping, assembled from a list of fields.

Agendas, steps, documents, interviews, critical points, recommendations and follow-ups are each a
handful of plain fields, so one dialog built from data serves them all (STYLE.md point 10: a
dynamic form is code). It guards unsaved changes like every editor (``GuardedDialog``) and saves
through a service call: a refused save shows the Czech reason and keeps the dialog open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from obecdesk.ui.discard_guard import GuardedDialog
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.layout import scrolled

#: the empty date of an optional date field (shown blank)
NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class Field:
    """One row of the form; ``label`` is already translated."""

    key: str
    label: str
    #: line | text | combo | date | checks
    kind: str = "line"
    choices: tuple[tuple[Any, str], ...] = ()
    placeholder: str = ""
    height: int = 72


def _editor(field: Field) -> QWidget:
    if field.kind == "text":
        widget = QPlainTextEdit()
        widget.setFixedHeight(field.height)
        widget.setTabChangesFocus(True)
    elif field.kind == "combo":
        widget = QComboBox()
        for value, label in field.choices:
            widget.addItem(label, value)
    elif field.kind == "date":
        widget = QDateEdit()
        widget.setCalendarPopup(True)
        widget.setDisplayFormat("d. M. yyyy")
        widget.setMinimumDate(NO_DATE)
        widget.setSpecialValueText(" ")
    elif field.kind == "checks":
        widget = QListWidget()
        widget.setFixedHeight(field.height)
        for value, label in field.choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
    else:
        widget = QLineEdit()
    if field.placeholder and hasattr(widget, "setPlaceholderText"):
        widget.setPlaceholderText(field.placeholder)
    widget.setObjectName(f"field-{field.key}")
    return widget


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(value) if value else NO_DATE)
    elif isinstance(widget, QListWidget):
        wanted = set(value or ())
        for row in range(widget.count()):
            item = widget.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    else:
        widget.setText(value or "")


def _get(widget: QWidget) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        day: dt.date = widget.date().toPython()
        return None if widget.date() == NO_DATE else day
    if isinstance(widget, QListWidget):
        return [widget.item(r).data(Qt.ItemDataRole.UserRole) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]
    return widget.text()


class FormDialog(GuardedDialog):
    """Edits ``values`` (field key → value); OK calls ``save(values)`` and closes on success."""

    def __init__(self, title: str, fields: list[Field], values: dict[str, Any],
                 save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None, *,
                 name: str = "process-form") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._save = save
        self.saved: Any = None
        self.editors: dict[str, QWidget] = {}
        body = QWidget()
        form = QFormLayout(body)
        for field in fields:
            self.editors[field.key] = _editor(field)
            form.addRow(field.label, self.editors[field.key])
            _set(self.editors[field.key], values.get(field.key))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        area = scrolled(body)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        hint = body.sizeHint()  # the whole form when the screen has room, else it scrolls
        self.resize(max(620, min(900, hint.width() + 40)), min(660, hint.height() + 90))
        self.mark_clean()

    def data(self) -> dict[str, Any]:
        return {key: _get(widget) for key, widget in self.editors.items()}

    def set_value(self, key: str, value: Any) -> None:
        """Fill one field as the user would (tests, and typing Czech text in offscreen Qt)."""
        _set(self.editors[key], value)

    def accept(self) -> None:
        values = self.data()
        done = run_guarded(self, lambda: (self._save(values),))
        if done is not None:
            self.saved = done[0]
            super().accept()


def choices(vocabulary) -> tuple[tuple[str, str], ...]:
    """A vocabulary's (value, translated label) pairs for a combo field."""
    from obecdesk.ui.i18n import vocab

    return tuple((value, vocab(label)) for value, label in vocabulary.choices())


class EditorsBase(QObject):
    """Opens one :class:`FormDialog` at a time; ``dialog`` is the last one (tests fill it)."""

    def __init__(self, desk: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.parent_widget = parent
        self.dialog: FormDialog | None = None

    def _run(self, title: str, fields: list[Field], values: dict[str, Any], save,
             name: str) -> bool:
        self.dialog = FormDialog(title, fields, values, save, self.parent_widget, name=name)
        return self.dialog.exec() == QDialog.DialogCode.Accepted
