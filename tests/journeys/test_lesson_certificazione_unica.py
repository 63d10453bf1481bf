"""Lesson certificazione-unica (data/lessons/23-certificazione-unica.toml), done through
the GUI as a learner would: Fascicolo, Modelli, Certificazione Unica (dal 2015), the CU
2018 in the PDF viewer, where the pension and the ritenute are."""
from __future__ import annotations

import io

import pypdf

from tests.helpers import make_window, page, start_lesson, tutor_click, wait_url
from tests.journeys.lesson_kit import at_step, finished, press
from ui.urls import FASCICOLO_URL

M = 5


def test_lesson_certificazione_unica(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "certificazione-unica")
    press(qtbot, at_step(qtbot, window, 1, M))  # Fascicolo previdenziale del cittadino
    wait_url(qtbot, window, FASCICOLO_URL)
    title = at_step(qtbot, window, 2, M)
    assert title is page(window).menu.section_buttons["modelli"]
    press(qtbot, title)
    press(qtbot, at_step(qtbot, window, 3, M))  # Certificazione Unica (dal 2015)
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.cu", timeout=3000)
    press(qtbot, at_step(qtbot, window, 4, M))  # Apri la Certificazione Unica 2018
    qtbot.waitUntil(lambda: bool(window.pdf_viewers), timeout=3000)
    viewer = window.pdf_viewers[-1]
    pages = at_step(qtbot, window, 5, M)
    assert viewer.isAncestorOf(pages)  # the tutor points into the viewer's window
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(viewer.data)).pages)
    assert "CERTIFICAZIONE UNICA 2018" in text and "DATI FISCALI" in text
    assert "3 Redditi di pensione" in text and "21 Ritenute Irpef" in text  # what the step says
    tutor_click(qtbot, window, "Ho capito")
    end = finished(qtbot, window, "La Certificazione Unica")
    assert "Errori: 0" in end
