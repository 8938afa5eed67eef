"""Show a generated PDF inside the program: pages, zoom, print, save a copy, open elsewhere.

QtPdf (``PySide6.QtPdf`` / ``QtPdfWidgets``, part of the PySide6 wheel) renders the file
with the same engine as Chrome's viewer, so what the principal sees is what ReportLab
wrote — the shipped Chinese font is embedded in every file. When QtPdf cannot be
imported (a trimmed installation), :func:`show_pdf` opens the file in the system's
PDF viewer instead.

Printing draws each page with :meth:`QPdfDocument.render` at the printer's resolution
(capped at 300 dpi, enough for text and the pledge barcodes) onto a ``QPrinter`` chosen
with the system print dialog; A4 pages are scaled to the printable area keeping their
proportions.

Nothing here knows about pledges or forms: the documents page hands a path and a title.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.messages import formatted
from app.ui.widgets import ErrorLabel, error_text, fit_to_screen, save_path

try:  # QtPdf ships with PySide6, but a trimmed build may lack it
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = QPdfView = None  # type: ignore[assignment, misc]
    HAVE_QTPDF = False

#: zoom steps offered (1.0 = 100 %)
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
MAX_PRINT_DPI = 300


def open_in_system_viewer(path: str | Path) -> bool:
    """Hand the file to the desktop's PDF viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))


class PdfPreview(QWidget):
    """A page-by-page view of one PDF with its toolbar (navigation, zoom, print, save, open)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PdfPreview")
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.prev_button = QPushButton(self.tr("\u25c0 Previous"))
        self.prev_button.setObjectName("prevPage")
        self.prev_button.setShortcut(Qt.Key.Key_PageUp)
        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button = QPushButton(self.tr("Next \u25b6"))
        self.next_button.setObjectName("nextPage")
        self.next_button.setShortcut(Qt.Key.Key_PageDown)
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.pages_label = QLabel()
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("zoomCombo")
        self.zoom_combo.addItem(self.tr("Fit width"), "width")
        self.zoom_combo.addItem(self.tr("Whole page"), "page")
        for z in ZOOMS:
            self.zoom_combo.addItem(f"{round(z * 100)} %", z)
        self.zoom_combo.currentIndexChanged.connect(self._apply_zoom)

        self.print_button = QPushButton(self.tr("Print\u2026"))
        self.print_button.setObjectName("printPdf")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button = QPushButton(self.tr("Save as\u2026"))
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(lambda: self.save_as())
        self.open_button = QPushButton(self.tr("Open in the system viewer"))
        self.open_button.setObjectName("openPdf")
        self.open_button.clicked.connect(self.open_external)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setStyleSheet("color: #2e7d32;")
        self.error = ErrorLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Zoom")))
        bar.addWidget(self.zoom_combo)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._update_controls()

    # --- loading and navigation -------------------------------------------------------------------

    def load(self, path: str | Path) -> bool:
        """Show ``path``; False (and a message) when it cannot be read."""
        self.path = Path(path)
        self.error.clear_error()
        self.message.clear()
        err = self.document.load(str(self.path))
        ok = err == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        if not ok:
            self.error.set_error(self.tr("Cannot show {path}. Try Open in the system viewer.").format(
                path=str(self.path)))
        self._update_controls()
        if ok:
            self.go_to(0)
        return ok

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(page)

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    def _update_controls(self) -> None:
        n = self.page_count()
        page = self.current_page() if n else 0
        self.page_spin.setMaximum(max(1, n))
        self.pages_label.setText(self.tr("of {n}").format(n=n))
        self.prev_button.setEnabled(n > 0 and page > 0)
        self.next_button.setEnabled(n > 0 and page < n - 1)
        for b in (self.print_button, self.save_button, self.open_button, self.page_spin, self.zoom_combo):
            b.setEnabled(n > 0 or (b is self.open_button and self.path is not None))

    @Slot()
    def _apply_zoom(self) -> None:
        value = self.zoom_combo.currentData()
        if value == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def set_zoom(self, factor: float) -> None:
        idx = self.zoom_combo.findData(factor)
        if idx >= 0:
            self.zoom_combo.setCurrentIndex(idx)

    # --- print, save, open ------------------------------------------------------------------------

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print every page; without ``printer`` the system print dialog chooses one."""
        if self.page_count() == 0:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.path.name if self.path else "baoxue.pdf")
            printer.setFromTo(1, self.page_count())
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print"))
            dialog.setMinMax(1, self.page_count())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, self.page_count()
        pages = list(range(first - 1, min(last, self.page_count())))
        painter = QPainter()
        if not painter.begin(printer):
            self.error.set_error(self.tr("The printer could not be started. Check that it is switched on "
                                         "and connected, or save the file and print it from another computer."))
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            area = painter.viewport()  # the printable area, in device pixels
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                size_pt = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(max(1, round(size_pt.width() / 72 * dpi)),
                                                         max(1, round(size_pt.height() / 72 * dpi))))
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = (area.width() - target.width()) // 2
                painter.drawImage(QRect(x, 0, target.width(), target.height()), image)
        finally:
            painter.end()
        self.message.setText(formatted(self.tr("{n} {n:page|pages} sent to the printer."), n=len(pages)))
        return True

    def save_as(self, dest: str | Path | None = None) -> Path | None:
        """Copy the PDF to a place the user chooses (e.g. a USB stick)."""
        if self.path is None:
            return None
        dest = save_path(self, dest, title=self.tr("Save PDF as"), suggested=Path.home() / self.path.name,
                         file_filter=self.tr("PDF file (*.pdf)"), suffix=".pdf")
        if dest is None:
            return None
        try:
            shutil.copyfile(self.path, dest)
        except OSError as exc:
            self.error.set_error(self.tr("Cannot write {path}: {reason}. Check that the folder exists and the "
                                         "USB stick is not write-protected.").format(path=str(dest),
                                                                                     reason=exc.strerror or error_text(exc)))
            return None
        self.error.clear_error()
        self.message.setText(self.tr("Saved to {path}").format(path=str(dest)))
        return dest

    @Slot()
    def open_external(self) -> bool:
        if self.path is None:
            return False
        ok = open_in_system_viewer(self.path)
        if not ok:
            self.error.set_error(self.tr("No program to show PDF files was found on this computer. The file is "
                                         "at {path}").format(path=str(self.path)))
        return ok


class PdfPreviewDialog(QDialog):
    """A window around :class:`PdfPreview` (not modal: the user may keep working beside it)."""

    guide_topic = "printing"  # the user guide's part that F1 opens here

    def __init__(self, path: str | Path, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PdfPreviewDialog")
        self.setWindowTitle(title or Path(path).name)
        self.setSizeGripEnabled(True)
        fit_to_screen(self, 900, 1000)
        self.preview = PdfPreview(self)
        self.path_label = QLabel(str(path))
        self.path_label.setStyleSheet("color: #666666;")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.path_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.preview.load(path)


def show_pdf(parent: QWidget | None, path: str | Path, title: str = "") -> PdfPreviewDialog | None:
    """Show ``path`` in a preview window, or in the system viewer when QtPdf is missing."""
    if not HAVE_QTPDF:
        open_in_system_viewer(path)
        return None
    dialog = PdfPreviewDialog(path, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["HAVE_QTPDF", "PdfPreview", "PdfPreviewDialog", "open_in_system_viewer", "show_pdf"]
