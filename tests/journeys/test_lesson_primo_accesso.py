"""Lesson primo-accesso (data/lessons/04-primo-accesso.toml) through the GUI as a learner
would, from the starting state «PIN richiesto online»: the SMS, 2 settimane on the
Orologio, the letter, the 16 characters (only the SMS's 8 first: the failed login is a
mistake the tutor explains), Avanti, the new PIN (part of the codice fiscale first),
Prosegui, MyINPS."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.services import pin as pin_service
from tests.helpers import cf_of, make_window, page, start_lesson, texts, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, understood
from tests.journeys.pin_lesson_kit import half_in_letter, half_in_sms, log_in, new_pin, open_first_message
from ui.urls import MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_NOTICE_URL

M = 10
CF = cf_of("senza_credenziali")


def test_lesson_primo_accesso(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "primo-accesso")
    understood(qtbot, window, 1, M)
    phone = window.dock_panels["PhoneDock"]
    open_first_message(qtbot, at_step(qtbot, window, 2, M))
    qtbot.waitUntil(lambda: "prima parte" in phone.opened_text(), timeout=3000)
    first = half_in_sms(phone.opened_text())

    clock_button = at_step(qtbot, window, 3, M)  # Orologio: 2 settimane
    assert window.dock_panels["ClockDock"].isAncestorOf(clock_button)
    press(qtbot, clock_button)
    letterbox = window.dock_panels["LetterboxDock"]
    open_button = at_step(qtbot, window, 4, M)  # Apri la lettera
    assert letterbox.isAncestorOf(open_button)
    press(qtbot, open_button)
    qtbot.waitUntil(lambda: bool(window.pdf_viewers), timeout=3000)
    second = half_in_letter(window.pdf_viewers[-1].data)
    window.pdf_viewers[-1].close()
    understood(qtbot, window, 5, M)

    assert isinstance(at_step(qtbot, window, 6, M), QLineEdit)  # the Codice Fiscale field
    log_in(qtbot, window, CF, first)  # only the SMS's half
    qtbot.waitUntil(lambda: "gli 8 della lettera" in feedback(window), timeout=3000)
    at_step(qtbot, window, 6, M)
    log_in(qtbot, window, CF, first + second)
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    assert pin_service.FIRST_ACCESS_TEXT in texts(page(window))

    press(qtbot, at_step(qtbot, window, 7, M))  # Avanti
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL + "?passo=nuovo")
    at_step(qtbot, window, 8, M)  # Nuovo PIN
    new_pin(qtbot, window, CF[:8])  # a part of his codice fiscale: refused
    qtbot.waitUntil(lambda: "non presi dal codice fiscale" in feedback(window), timeout=3000)
    new_pin(qtbot, window, "Oltrepo7")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    assert pin_service.NOT_DISPOSITIVO_NOTICE in texts(page(window))
    press(qtbot, at_step(qtbot, window, 9, M))  # Prosegui
    wait_url(qtbot, window, MYINPS_URL)
    understood(qtbot, window, 10, M)
    end = finished(qtbot, window, "Il primo accesso con il PIN")
    assert "Errori: 2" in end
    assert window.session.current.method == "pin_ordinario"
