"""In-app preview of a printout PDF with "save as" and "print" (the very PDF that was built)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPainter
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

from obecdesk.os_errors import os_error_text
from obecdesk.ui.errors import show_error

#: rendering finer than this only costs memory (an A4 page at 1200 dpi is ~500 MB of pixels)
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72


def page_image(document: QPdfDocument, page: int, printer: QPrinter) -> tuple[QImage, QRectF]:
    """One page rendered at no more than 300 dpi (nor above the printer's resolution), and the
    rectangle in printer pixels it is drawn into, fitted to the printable area."""
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    points = document.pagePointSize(page)
    fit = min(area.width() / points.width(), area.height() / points.height())
    target = QRectF(0, 0, points.width() * fit, points.height() * fit)
    dpi = min(MAX_PRINT_DPI, printer.resolution())
    render_scale = min(fit, dpi / POINTS_PER_INCH)
    size = QSize(round(points.width() * render_scale), round(points.height() * render_scale))
    return document.render(page, size), target


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Render the PDF page by page (one page image in memory at a time) to the printer."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            image, target = page_image(document, page, printer)
            painter.drawImage(target, image)
    finally:
        painter.end()


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Resize to ``width`` × ``height`` or less, so the whole window with its frame and buttons
    fits the screen's available area (the frame is not known before showing: leave a margin)."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    dialog.resize(min(width, int(available.width() * 0.95)),
                  min(height, int(available.height() * 0.9)))


class PdfPreviewDialog(QDialog):
    """Shows ``pdf_path`` page by page; the user saves a copy, prints it, or opens it outside."""

    def __init__(self, pdf_path: Path, title: str, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-preview")
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 1000)
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
            show_error(self, self.tr("PDF se nepodařilo uložit: {0}").format(os_error_text(exc)))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)

    def open_outside(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))



