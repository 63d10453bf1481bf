"""Lesson estratto-conto (data/lessons/24-estratto-conto.toml), done through the GUI as a
learner would: with the PIN ordinario (consulting is enough), Fascicolo, Posizione
assicurativa, Estratto conto (Parasubordinati first, by mistake), the table, the PDF."""
from __future__ import annotations

from tests.helpers import make_window, page, start_lesson, tutor_click, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press
from ui.pages.fascicolo_views import FullTable
from ui.urls import FASCICOLO_URL

M = 5


def _current(window) -> str:
    return getattr(page(window), "current", None) or ""


def test_lesson_estratto_conto(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "estratto-conto")
    assert window.session.current.method == "pin_ordinario"
    press(qtbot, at_step(qtbot, window, 1, M))  # Fascicolo previdenziale del cittadino
    wait_url(qtbot, window, FASCICOLO_URL)
    press(qtbot, at_step(qtbot, window, 2, M))  # Posizione assicurativa
    right = at_step(qtbot, window, 3, M)
    press(qtbot, page(window).menu.sub_buttons["posizione.parasubordinati"])  # the wrong one
    qtbot.waitUntil(lambda: "Parasubordinati" in feedback(window), timeout=3000)
    qtbot.waitUntil(lambda: _current(window) == "posizione.parasubordinati", timeout=3000)
    right = at_step(qtbot, window, 3, M)
    assert right is page(window).menu.sub_buttons["posizione.estratto_conto"]
    press(qtbot, right)
    qtbot.waitUntil(lambda: _current(window) == "posizione.estratto_conto", timeout=3000)
    table = at_step(qtbot, window, 4, M)
    assert isinstance(table, FullTable) and table.rowCount() > 3  # the periods and the total
    tutor_click(qtbot, window, "Ho capito")
    press(qtbot, at_step(qtbot, window, 5, M))  # Apri l'estratto conto in PDF
    qtbot.waitUntil(lambda: bool(window.pdf_viewers), timeout=3000)
    end = finished(qtbot, window, "L'estratto conto dei contributi")
    assert "Errori: 1" in end
