"""The built-in PDF viewer (QtPdf): read, save, print."""
from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget

from .common import button, label
from .responsive import FlowLayout, clamp_to_screen, fit_window


def safe_filename(title: str) -> str:
    name = re.sub(r"[^\w\-. ]+", "", title, flags=re.UNICODE).strip().replace(" ", "_")
    return (name or "documento") + ".pdf"


class PdfViewer(QDialog):
    """A window showing one PDF with Salva / Stampa / Chiudi."""

    def __init__(self, title: str, data: bytes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documento: %1").replace("%1", title))
        self.setObjectName("PdfViewer")
        self.title = title
        self.data = bytes(data)
        self.view = None
        self._fit_to_zoom()
        self.apply_zoom()
        lay = QVBoxLayout(self)
        lay.addWidget(label(title, "h3"))
        buttons = QWidget()
        bar = FlowLayout(buttons)  # the buttons wrap onto a second line at 200 % or on a narrow screen
        self.save_button = button(self.tr("Salva"), self.save)
        self.print_button = button(self.tr("Stampa"), self.print_)
        self.zoom_in_button = button(self.tr("Ingrandisci"), self.zoom_in, role="secondary")
        self.zoom_out_button = button(self.tr("Riduci"), self.zoom_out, role="secondary")
        self.close_button = button(self.tr("Chiudi"), self.close, role="secondary")
        self.read_button = button(self.tr("Leggi ad alta voce"), self.read_aloud, role="secondary")
        for b in (self.zoom_out_button, self.zoom_in_button, self.read_button, self.save_button, self.print_button,
                  self.close_button):
            bar.addWidget(b)
        lay.addWidget(buttons)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.hide()  # shown with its message (saved, printed, no voice): no empty band
        lay.addWidget(self.status)
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pagine del documento"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        lay.addWidget(self.view, 1)

    BASE_SIZE = (900, 1000)  # at 100 %: the letter fitted to 900 px

    def _scale(self) -> float:
        from .. import theme

        return theme.factor(bool(getattr(self.parentWidget(), "large_text", False)))

    def _fit_to_zoom(self) -> None:
        """The window grows with the program's zoom (900 px wide at 100 %, 1800 at 200 %), never
        past the screen (ui/widgets/responsive.py); the letter fills its width, so it grows
        with the zoom too (at 200 % on 1366×768: the whole width of the screen)."""
        w, h = self.BASE_SIZE
        s = self._scale()
        fit_window(self, round(w * s), round(h * s))
        if self.view is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def apply_zoom(self) -> None:
        """The look of the page at the program's zoom (ui/theme.py); the window follows when
        the zoom changes (MainWindow.set_zoom) and stays inside the screen."""
        from .. import theme
        from .. import tokens as T

        large = bool(getattr(self.parentWidget(), "large_text", False))
        self.setStyleSheet(theme.base_qss(None, large) + theme.page_qss(None, large)
                           + f"QDialog#PdfViewer {{ background: {T.WHITE}; }}")
        if self.view is not None and abs(self._scale() - getattr(self, "_fitted", 0.0)) > 1e-6:
            self._fit_to_zoom()  # the zoom changed while the letter is open: it follows
        self._fitted = self._scale()
        if self.isVisible():
            clamp_to_screen(self)

    def page_count(self) -> int:
        return self.document.pageCount()

    def read_aloud(self) -> str:
        """«Leggi ad alta voce»: the document's text in Italian (ui/tutor/speech.py); without
        a voice, the status line says why. Returns what was given to the reader."""
        from ..accessibility import pdf_text, read_aloud

        text = pdf_text(self.data)
        if text:
            read_aloud(self, text, self._cannot_read)
        return text

    def _cannot_read(self, message: str) -> None:
        self._say(message)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)
        self.status.setVisible(bool(message))

    def zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(4.0, self.view.zoomFactor() * 1.25))

    def zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, self.view.zoomFactor() / 1.25))

    def save(self, path: str | None = None) -> str:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Salva il documento"), safe_filename(self.title), self.tr("Documenti PDF (*.pdf)")
            )
        if not path:
            return ""
        try:
            with open(path, "wb") as fh:
                fh.write(self.data)
        except OSError as exc:
            self._say(self.tr("Non è stato possibile salvare il file: %1").replace("%1", str(exc)))
            return ""
        self._say(self.tr("Documento salvato in %1").replace("%1", path))
        return path

    def print_(self) -> None:
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                rect = painter.viewport()
                image = self.document.render(index, rect.size())
                painter.drawImage(rect, image)
        finally:
            painter.end()
        self._say(self.tr("Documento inviato alla stampante."))
