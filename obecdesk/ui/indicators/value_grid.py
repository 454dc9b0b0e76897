"""The grid for the end of a quarter: type a value and move on with Tab (next period) or Enter
(next indicator), keyboard only; a wrong value turns the cell red as it is typed and the reason
shows under the grid; Ctrl+V pastes a column copied from Excel downwards from the current cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.ui.indicators.review_style import review_colour, review_text
from obecdesk.ui.indicators.status_style import INVALID
from obecdesk.ui.indicators.value_grid_model import ValueGridModel


class CheckingDelegate(QStyledItemDelegate):
    """A line editor that asks the model about its text at every keystroke."""

    def __init__(self, grid: ValueGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("value-editor")
        editor.textChanged.connect(lambda text: self.grid.check_typing(editor, index, text))
        return editor


class ValueGridView(QTableView):
    """Enter saves and moves down; Tab saves and moves right (Qt's own)."""

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            if current.row() + 1 < self.model().rowCount():
                self.setCurrentIndex(current.siblingAtRow(current.row() + 1))
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self.parent().paste(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)


class ValueGrid(QWidget):
    def __init__(self, model: ValueGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = ValueGridView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(CheckingDelegate(self))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(True)
        self.view.horizontalHeader().setDefaultSectionSize(72)
        self.message = QLabel()
        self.message.setObjectName("grid-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        model.problem_found.connect(self.message.setText)
        #: HQ's review of the value in the current cell ("vráceno k opravě: …")
        self.review = QLabel()
        self.review.setObjectName("grid-review")
        self.review.setWordWrap(True)
        self.view.selectionModel().currentChanged.connect(self._show_review)
        model.modelReset.connect(self._after_reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Pište hodnoty; Tab = další období, Enter = další ukazatel, "
                              "Ctrl+V vloží sloupec zkopírovaný z Excelu."))
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addWidget(self.review)
        layout.addWidget(self.message)

    def _after_reset(self) -> None:
        self.view.verticalHeader().setMinimumWidth(260)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, self.model.columnCount() - 1))

    def _show_review(self, index: QModelIndex) -> None:
        review = self.model.review(index) if index.isValid() else None
        colour = review_colour(review)
        self.review.setStyleSheet(f"color: {colour.name()};" if colour else "")
        self.review.setText(self.tr("Centrála: {0}").format(review_text(review))
                            if review else "")

    def check_typing(self, editor: QLineEdit, index: QModelIndex, text: str) -> None:
        problem = self.model.problem(index, text)
        editor.setStyleSheet(f"background: {INVALID};" if problem else "")
        editor.setProperty("invalid", bool(problem))
        self.message.setText(problem or "")

    def paste(self, text: str) -> int:
        """Fill the current column downwards (and rightwards for several columns); the count saved."""
        start = self.view.currentIndex()
        if not start.isValid() or not text.strip():
            return 0
        saved, problems = 0, []
        lines = text.rstrip("\r\n").replace("\r\n", "\n").split("\n")
        for r, line in enumerate(lines):
            for c, cell in enumerate(line.split("\t")):
                index = self.model.index(start.row() + r, start.column() + c)
                if not index.isValid():
                    continue
                if self.model.setData(index, cell):
                    saved += 1
                else:
                    problems.append(f"{self.model.rows[index.row()].name}, "
                                    f"{self.model.periods[index.column()].short_label}: "
                                    f"{self.message.text()}")
        self.message.setText("\n".join(problems))
        return saved
