"""Lesson pin-dispositivo-fax (data/lessons/06-pin-dispositivo-fax.toml) through the GUI as a
learner would, from the starting state «Modulo del PIN dispositivo scaricato» (Giulia
Romano): at the Scrivania the form printed, dated and signed, the passport on the glass,
the fax (the Contact Center's number first: the fax does not leave, a mistake the tutor
explains), 1 giorno, the e-mail, CONVERTI PIN and «già di tipo dispositivo»."""
from __future__ import annotations

from app.services import pin as pin_service
from app.services import pin_conversion
from tests.helpers import cf_of, make_window, page, start_lesson, texts, type_into, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, press_in, understood
from tests.journeys.pin_lesson_kit import log_in, open_first_message
from ui.urls import PIN_CONVERT_URL

M = 10
CF = cf_of("gestione_separata")


def test_lesson_pin_dispositivo_fax(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "pin-dispositivo-fax")
    understood(qtbot, window, 1, M)
    desk = window.dock_panels["DeskDock"]
    printer = at_step(qtbot, window, 2, M)  # the tutor brings the hidden Scrivania forward
    assert desk.isAncestorOf(printer) and desk.isVisible()
    press(qtbot, printer)
    assert desk.sheets()[0].signable
    press(qtbot, at_step(qtbot, window, 3, M))  # Data e firma
    press(qtbot, at_step(qtbot, window, 4, M))  # Metti sul vetro dello scanner
    assert [s.kind for s in desk.sheets()] == ["printed", "id_copy"]

    number = at_step(qtbot, window, 5, M)  # Numero di fax
    qtbot.keyClicks(number, "803 164")  # the Contact Center's number, not the fax
    press_in(qtbot, desk, "Invia via fax i fogli scelti")
    qtbot.waitUntil(lambda: "Scriva 800 803 164" in feedback(window), timeout=3000)
    assert "non risponde un fax" in desk.message()
    number = at_step(qtbot, window, 5, M)
    type_into(qtbot, desk, "Numero di fax", "800 803 164")
    press_in(qtbot, desk, "Invia via fax i fogli scelti")
    qtbot.waitUntil(lambda: "Trasmissione completata" in desk.message(), timeout=3000)

    press(qtbot, at_step(qtbot, window, 6, M))  # Orologio: 1 giorno
    assert pin_service.active_pin(pin_service.citizen_by_cf(CF)).kind == "dispositivo"
    mail = window.dock_panels["MailDock"]
    open_first_message(qtbot, at_step(qtbot, window, 7, M))
    qtbot.waitUntil(lambda: "dispositivo" in mail.opened_text(), timeout=3000)
    press(qtbot, at_step(qtbot, window, 8, M))  # CONVERTI PIN
    wait_url(qtbot, window, PIN_CONVERT_URL)
    at_step(qtbot, window, 9, M)
    log_in(qtbot, window, CF, "BOLOGNA7")
    qtbot.waitUntil(lambda: pin_conversion.ALREADY_DISPOSITIVO in texts(page(window)), timeout=3000)
    understood(qtbot, window, 10, M)
    end = finished(qtbot, window, "Il PIN dispositivo via fax")
    assert "Errori: 1" in end
