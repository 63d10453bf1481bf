"""The PDF viewer follows the program's one zoom (issue 10): at 200 % the letter grows with the
buttons (the viewer as wide as the screen allows, the page fitted to its width), and a zoom
changed while the letter is open reaches it too."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication

from app.pdf.base import make_document, para
from tests.helpers import make_window
from ui.widgets import responsive


def test_the_letter_grows_with_the_program_zoom_inside_the_screen(qtbot, db_path, monkeypatch):
    screen = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(responsive, "available_geometry", lambda widget=None: QRect(screen))
    window = make_window(qtbot, db_path)
    data = make_document("Lettera di prova", [para("Gentile signora, " * 40)])
    try:
        viewer = window.open_pdf("Lettera di prova", data)
        qtbot.waitExposed(viewer)
        QApplication.processEvents()
        at_100 = viewer.width()
        assert at_100 <= 900 and viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        viewer.close()
        window.set_zoom(200)
        viewer = window.open_pdf("Lettera di prova", data)
        qtbot.waitExposed(viewer)
        QApplication.processEvents()
        assert screen.contains(viewer.frameGeometry())
        assert viewer.width() >= 1.4 * at_100  # the letter fills a viewer as wide as the screen allows
        assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        window.set_zoom(100)  # changed while it is open: the viewer follows
        QApplication.processEvents()
        assert viewer.width() <= 900 and screen.contains(viewer.frameGeometry())
        viewer.close()
    finally:
        window.set_zoom(100)
