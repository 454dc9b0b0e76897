"""In-app preview of a printout PDF with "save as" and "print" (the very PDF that was built)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.ui.errors import show_error


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Render each PDF page to the printer at its resolution, fitted to the printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Shows ``pdf_path`` page by page; the user saves a copy, prints it, or opens it outside."""

    def __init__(self, pdf_path: Path, title: str, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-preview")
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        pages = QLabel(self.tr("Stran: {0}").format(self.document.pageCount()))
        pages.setObjectName("page-count")
        save = QPushButton(self.tr("Uložit PDF…"))
        save.clicked.connect(self.save_copy)
        print_button = QPushButton(self.tr("Tisk…"))
        print_button.clicked.connect(self.print_document)
        open_outside = QPushButton(self.tr("Otevřít v prohlížeči PDF"))
        open_outside.clicked.connect(self.open_outside)
        close = QPushButton(self.tr("Zavřít"))
        close.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(pages)
        buttons.addStretch(1)
        for button in (save, print_button, open_outside, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Uložit PDF"), self.suggested_name, self.tr("Dokument PDF (*.pdf)")
        )
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            show_error(self, self.tr("PDF se nepodařilo uložit: {0}").format(exc.strerror))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)

    def open_outside(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))



