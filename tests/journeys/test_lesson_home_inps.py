"""Lesson home-inps (data/lessons/02-home-inps.toml) through the GUI as a learner would:
the four functions of the INPS home page (seed 000): a news item of «In evidenza», the
site's search bar, the Utente profile «Pensionato» (another profile first: the tutor says
so kindly), «Entra in MyINPS»."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import click, make_window, page, start_lesson, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, understood
from ui.browser.router import HOME_URL, LOGIN_URL
from ui.urls import NEWS_URL, SEARCH_URL, UTENTE_URL

M = 9


def test_lesson_home_inps(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "home-inps")
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # the first news of «In evidenza»
    wait_url(qtbot, window, NEWS_URL)
    press(qtbot, at_step(qtbot, window, 3, M))  # Home INPS
    wait_url(qtbot, window, HOME_URL)
    box = at_step(qtbot, window, 4, M)  # Cerca nel sito
    qtbot.keyClicks(box, "la mia pensione")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_url(qtbot, window, SEARCH_URL)
    press(qtbot, at_step(qtbot, window, 5, M))
    wait_url(qtbot, window, HOME_URL)
    pensionato = at_step(qtbot, window, 6, M)
    # Another profile first: not what the step asks, and the tutor says how to go on.
    click(qtbot, page(window), "Lavoratore")
    wait_url(qtbot, window, UTENTE_URL + "?gruppo=lavoratore")
    qtbot.waitUntil(lambda: "scelga il riquadro «Pensionato»" in feedback(window), timeout=3000)
    window.go_back()
    wait_url(qtbot, window, HOME_URL)
    pensionato = at_step(qtbot, window, 6, M)
    press(qtbot, pensionato)
    wait_url(qtbot, window, UTENTE_URL + "?gruppo=pensionato")
    press(qtbot, at_step(qtbot, window, 7, M))
    wait_url(qtbot, window, HOME_URL)
    press(qtbot, at_step(qtbot, window, 8, M))  # Entra in MyINPS
    wait_url(qtbot, window, LOGIN_URL)
    understood(qtbot, window, 9, M)
    end = finished(qtbot, window, "La pagina iniziale dell'INPS")
    assert "Errori: 1" in end
