"""Columns that fit a laptop screen: sized from a sample of rows, elided, with full-text tooltips.

``ResizeToContents`` reads every row through Python ``data()`` on each layout, which freezes over
100,000 actors; a sample of rows gives the same widths for typical data at a fixed cost.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolTip,
    QWidget,
)

#: rows read to size a column: enough to see typical names, cheap over any table size
SAMPLE_ROWS = 40
#: no fitted column grows past this; the rest of its text is elided and shown in a tooltip
MAX_COLUMN = 320
#: room for the cell's margins and a sort indicator
_PADDING = 24


def _text(model: QAbstractItemModel, row: int, column: int) -> str:
    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def fit_columns(view: QTableView, *, sample: int = SAMPLE_ROWS,
                max_width: int = MAX_COLUMN, caps: dict[int, int] | None = None) -> None:
    """Size the interactive columns of ``view`` to their header and the first ``sample`` rows.

    Reading a sample instead of every row (what ``ResizeToContents`` does) keeps this instant
    over 100,000 actors; a longer text is elided and its tooltip shows it whole (see
    :func:`show_full_text`); ``caps`` gives some columns another limit. Stretched columns
    keep stretching; the last one takes what is left.
    """
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    header_metrics = header.fontMetrics()
    rows = min(model.rowCount(), sample)
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole) or "")
        width = header_metrics.horizontalAdvance(title)
        for row in range(rows):
            width = max(width, metrics.horizontalAdvance(_text(model, row, column)))
        cap = (caps or {}).get(column, max_width)
        header.resizeSection(column, min(width + _PADDING, cap))
    stretched = any(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
                    for c in range(model.columnCount()))
    header.setStretchLastSection(not stretched)


class _FullTextTips(QObject):
    """Shows a cell's whole text as its tooltip when the view had to elide it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip wins
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or not is_elided(self.view, index):
            return False
        QToolTip.showText(event.globalPos(), str(text), self.view.viewport(),
                          self.view.visualRect(index))
        return True


def is_elided(view: QAbstractItemView, index) -> bool:
    """Whether the cell at ``index`` is too narrow for its text (single line)."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return False
    lines = str(text).splitlines() or [""]
    widest = max(view.fontMetrics().horizontalAdvance(line) for line in lines)
    return widest + 8 > view.visualRect(index).width()


def full_text_tip(view: QAbstractItemView, index) -> str:
    """The tooltip :func:`show_full_text` gives the cell at ``index`` ("" when none)."""
    if index.data(Qt.ItemDataRole.ToolTipRole) or not is_elided(view, index):
        return ""
    return str(index.data(Qt.ItemDataRole.DisplayRole))


def show_full_text(view: QAbstractItemView) -> None:
    """Elided cells of ``view`` show their full text in a tooltip."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if view.findChild(_FullTextTips) is None:
        view.viewport().installEventFilter(_FullTextTips(view))


class _ColumnFitter(QObject):
    """Lives with its view, so the model's resets stop reaching it when the view goes away."""

    def __init__(self, view: QTableView, sample: int, max_width: int,
                 caps: dict[int, int] | None) -> None:
        super().__init__(view)
        self.view = view
        self.sample = sample
        self.max_width = max_width
        self.caps = caps

    def fit(self) -> None:
        fit_columns(self.view, sample=self.sample, max_width=self.max_width, caps=self.caps)


def fitting_table(view: QTableView, *, sample: int = SAMPLE_ROWS,
                  max_width: int = MAX_COLUMN, caps: dict[int, int] | None = None) -> None:
    """Fit ``view``'s columns now and whenever its model is reset; elided cells get tooltips."""
    show_full_text(view)
    fitter = _ColumnFitter(view, sample, max_width, caps)
    fitter.fit()
    if view.model() is not None:
        view.model().modelReset.connect(fitter.fit)


class ElidedLabel(QLabel):
    """A one-line label that may shrink below its text: it elides, and its tooltip says it all."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.setToolTip(self.text() if text != self.text() else "")
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)


def rows_follow_columns(view: QTableView) -> None:
    """Rows of wrapped text take the height their text needs at the columns' current widths,
    also after the model resets and whenever a column is resized (once per event-loop turn)."""
    from PySide6.QtCore import QTimer

    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(view.resizeRowsToContents)
    view.setWordWrap(True)
    view.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
    if view.model() is not None:
        view.model().modelReset.connect(timer.start)
    timer.start()
