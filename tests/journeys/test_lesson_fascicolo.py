"""Lesson fascicolo (data/lessons/22-fascicolo.toml), done through the GUI as a learner
would: from MyINPS into the Fascicolo, then each of the five titles of the left menu
(seed 000) and its first subsection; "Mostra dove" points at the menu itself."""
from __future__ import annotations

from tests.helpers import make_window, page, start_lesson, texts, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press
from ui.urls import FASCICOLO_URL

M = 11

# (section, its first subsection) in the order of the menu and of the lesson.
TOUR = (("domande", "domande.pensione"), ("posizione", "posizione.estratto_conto"),
        ("prestazioni", "prestazioni.pensione"), ("invalidita", "invalidita.certificati"),
        ("modelli", "modelli.cu"))


def _current(window) -> str:
    return getattr(page(window), "current", None) or ""


def test_lesson_fascicolo(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "fascicolo")
    press(qtbot, at_step(qtbot, window, 1, M))  # Fascicolo previdenziale del cittadino
    wait_url(qtbot, window, FASCICOLO_URL)
    n = 2
    for section, first in TOUR:
        title = at_step(qtbot, window, n, M)
        assert title is page(window).menu.section_buttons[section]  # the menu, not the overview's cards
        press(qtbot, title)
        assert page(window).menu.is_open(section)
        sub = at_step(qtbot, window, n + 1, M)
        assert sub is page(window).menu.sub_buttons[first]
        if section == "domande":  # a plausible slip first: the pension received, not the domande
            page(window).show_section("prestazioni.pensione")
            qtbot.waitUntil(lambda: _current(window) == "prestazioni.pensione", timeout=3000)
            qtbot.waitUntil(lambda: "«Pensione titolare»" in feedback(window), timeout=3000)
            assert window.tutor.position == (3, M)
            press(qtbot, page(window).menu.section_buttons["domande"])  # open the title again
            sub = at_step(qtbot, window, n + 1, M)
        press(qtbot, sub)
        qtbot.waitUntil(lambda f=first: _current(window) == f, timeout=3000)
        n += 2
    assert "Certificazione Unica 2018" in texts(page(window))
    end = finished(qtbot, window, "Il Fascicolo previdenziale del cittadino")
    assert "Errori: 1" in end
