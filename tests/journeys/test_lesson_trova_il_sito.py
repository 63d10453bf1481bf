"""Lesson trova-il-sito (seed 000, "Come trovare il sito"), done as a learner does it: from
the welcome page, reading the Lezione panel, typing inps and Invio, clicking the first
result; "Passo N di M" advances by itself. And the same lesson left half-way, the program
closed and opened again on the same database: the welcome page offers to continue."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.helpers import (
    click,
    find,
    lesson_finished,
    lesson_panel,
    lesson_position,
    lesson_target,
    make_window,
    page,
    shot,
    texts,
    tutor_click,
    wait_finished,
    wait_step,
    wait_url,
)
from ui.browser.router import HOME_URL, START_URL
from ui.urls import WELCOME_URL


def test_trova_il_sito_from_the_welcome_page_to_the_end_screen(qtbot, db_path):
    window = make_window(qtbot, db_path, welcome=True)
    assert window.current_tab().url == WELCOME_URL
    click(qtbot, page(window).cards["trova-il-sito"], "Allenamento")
    qtbot.waitUntil(lambda: window.tutor.session is not None)
    wait_url(qtbot, window, START_URL)
    panel = lesson_panel(window)
    assert lesson_position(window) == (1, 3)
    assert find(panel, "Passo 1 di 3").text() == "Passo 1 di 3"
    assert "Trovare il sito dell'INPS" in texts(panel)
    assert "La guida dice:" in panel.instruction_text()
    assert lesson_target(window) is find(panel, "Ho capito")
    shot(window, "lesson-trova-1")
    tutor_click(qtbot, window, "Ho capito")
    wait_step(qtbot, window, 2)
    assert find(panel, "Passo 2 di 3")
    box = lesson_target(window)
    assert isinstance(box, QLineEdit) and box is find(page(window), "Cerca nel web", QLineEdit)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_step(qtbot, window, 3)
    assert find(panel, "Passo 3 di 3")
    first = lesson_target(window)
    assert first is not None and first.accessibleName() == page(window).results[0].title
    shot(window, "lesson-trova-3")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    wait_url(qtbot, window, HOME_URL)
    wait_finished(qtbot, window)
    end = panel.end_text()
    assert "Complimenti! Ha completato la lezione «Trovare il sito dell'INPS»." in end
    assert "Che cosa ha fatto:" in end and "Scriva inps nella casella di ricerca" in end
    assert "Tempo impiegato: meno di un minuto" in end
    assert "Suggerimenti usati: 0" in end and "Errori: 0" in end
    shot(window, "lesson-trova-end")
    window.navigate(WELCOME_URL)
    wait_url(qtbot, window, WELCOME_URL)
    assert page(window).cards["trova-il-sito"].state_label.text() == "Stato: Completata"


def test_trova_il_sito_resumes_after_closing_and_reopening_the_same_database(qtbot, db_path):
    first = make_window(qtbot, db_path, welcome=True)
    click(qtbot, page(first).cards["trova-il-sito"], "Allenamento")
    qtbot.waitUntil(lambda: first.tutor.session is not None)
    tutor_click(qtbot, first, "Ho capito")
    wait_step(qtbot, first, 2)
    first.dock_panels["ClockDock"].advance("1 giorno")  # the world moves on: it must stay so
    moved = first.world.clock.now()
    first.close()  # the program is closed half-way

    second = make_window(qtbot, db_path, welcome=True)
    assert second.current_tab().url == WELCOME_URL  # a lesson left open: the welcome page offers it
    shown = texts(page(second))
    assert "Ha una lezione in corso: «Trovare il sito dell'INPS» (Allenamento), al passo 2 di 3." in shown
    assert page(second).cards["trova-il-sito"].state_label.text() == "Stato: In corso, al passo 2 di 3"
    click(qtbot, page(second), "Continua la lezione")
    qtbot.waitUntil(lambda: second.tutor.session is not None)
    wait_url(qtbot, second, START_URL)  # back to the page where the learner was
    assert lesson_position(second) == (2, 3)
    assert second.world.clock.now() == moved  # with the world as it was: no reset
    assert second.person_combo.currentText() == "Giovanni Conti"
    box = lesson_target(second)
    qtbot.keyClicks(box, "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_step(qtbot, second, 3)
    qtbot.mouseClick(lesson_target(second), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lesson_finished(second))
