"""A small rich-text editor for minutes: bold, italic, bulleted and numbered lists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget


class RichTextEditor(QWidget):
    """``QTextEdit`` with formatting buttons; ``edited`` fires on user changes, not on loading."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextEdit()
        self.text.setAcceptRichText(True)
        self.text.setObjectName("minutes-text")
        self._loading = False
        self.text.textChanged.connect(self._on_text_changed)

        self.bold = self._button(self.tr("T"), self.tr("Tučně (Ctrl+B)"), "bold",
                                 QKeySequence.StandardKey.Bold)
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        self.bold.toggled.connect(self._set_bold)
        self.italic = self._button(self.tr("K"), self.tr("Kurzíva (Ctrl+I)"), "italic",
                                   QKeySequence.StandardKey.Italic)
        font = self.italic.font()
        font.setItalic(True)
        self.italic.setFont(font)
        self.italic.toggled.connect(self._set_italic)
        self.bullets = self._button(self.tr("• seznam"), self.tr("Odrážky"), "bullets")
        self.bullets.setCheckable(False)
        self.bullets.clicked.connect(lambda: self._make_list(QTextListFormat.Style.ListDisc))
        self.numbers = self._button(self.tr("1. seznam"), self.tr("Číslovaný seznam"), "numbers")
        self.numbers.setCheckable(False)
        self.numbers.clicked.connect(lambda: self._make_list(QTextListFormat.Style.ListDecimal))
        self.text.currentCharFormatChanged.connect(self._sync_buttons)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.bold, self.italic, self.bullets, self.numbers):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)

    def _button(self, text: str, tip: str, name: str,
                shortcut: QKeySequence.StandardKey | None = None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName(f"format-{name}")
        button.setCheckable(True)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        return button

    def set_read_only(self, read_only: bool) -> None:
        """Locked minutes stay readable (and selectable) but take no typing or formatting."""
        self.text.setReadOnly(read_only)
        for button in (self.bold, self.italic, self.bullets, self.numbers):
            button.setEnabled(not read_only)

    # -- content ---------------------------------------------------------------------------------

    def html(self) -> str:
        """The minutes as HTML, or "" when nothing visible was typed."""
        return self.text.toHtml() if self.text.toPlainText().strip() else ""

    def set_html(self, html: str) -> None:
        self._loading = True
        try:
            self.text.setHtml(html)
        finally:
            self._loading = False

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    # -- formatting ------------------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.text.textCursor()
        cursor.mergeCharFormat(fmt)
        self.text.mergeCurrentCharFormat(fmt)
        self.text.setFocus()

    def _set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    def _set_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    def _make_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.text.textCursor()
        cursor.createList(style)
        self.text.setFocus()

    def _sync_buttons(self, fmt: QTextCharFormat) -> None:
        for button, state in ((self.bold, fmt.fontWeight() >= QFont.Weight.Bold),
                              (self.italic, fmt.fontItalic())):
            button.blockSignals(True)
            button.setChecked(state)
            button.blockSignals(False)
