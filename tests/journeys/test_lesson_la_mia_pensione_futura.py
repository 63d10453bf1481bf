"""Lesson la-mia-pensione-futura (data/lessons/25-la-mia-pensione-futura.toml), done
through the GUI as a learner would (seed 000): «la mia pensione» in the search bar of
MyINPS, the result's title, the informativa ticked and Accedi, another hypothesis."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from tests.helpers import make_window, page, start_lesson, texts, tutor_click, wait_url
from tests.journeys.lesson_kit import at_step, finished, press, press_in, understood
from ui.urls import PENSIONE_FUTURA_URL, SEARCH_URL

M = 6


def test_lesson_la_mia_pensione_futura(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "la-mia-pensione-futura")
    understood(qtbot, window, 1, M)
    box = at_step(qtbot, window, 2, M)
    assert isinstance(box, QLineEdit)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, "la mia pensione")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_url(qtbot, window, SEARCH_URL)
    press(qtbot, at_step(qtbot, window, 3, M))  # the title of the result
    wait_url(qtbot, window, PENSIONE_FUTURA_URL)
    tick = at_step(qtbot, window, 4, M)
    assert isinstance(tick, QCheckBox)
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    press_in(qtbot, page(window), "Accedi")
    at_step(qtbot, window, 5, M)
    assert "al mese" in texts(page(window)) and "moneta costante" in texts(page(window))
    tutor_click(qtbot, window, "Ho capito")
    combo = at_step(qtbot, window, 6, M)
    assert isinstance(combo, QComboBox)
    before = page(window).simulation.first.monthly_cents
    combo.setCurrentIndex(combo.findData("0.02"))
    press_in(qtbot, page(window), "Calcola")
    end = finished(qtbot, window, "La mia pensione futura")
    assert "Errori: 0" in end
    assert page(window).simulation.options.salary_growth == 0.02
    assert page(window).simulation.first.monthly_cents != before
