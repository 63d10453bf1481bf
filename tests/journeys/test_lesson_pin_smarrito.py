"""Lesson pin-smarrito (data/lessons/09-pin-smarrito.toml) through the GUI as a learner would:
Hai smarrito il tuo PIN?, Ripristina il PIN (a wrong cellulare first: refused, a mistake the
tutor explains), the first half in the e-mail and the second in the SMS, the old PIN that no
longer works, the 16 characters, the new PIN, MyINPS; the end of the lesson names the revoca."""
from __future__ import annotations

import re

from app.services import pin_recovery
from tests.helpers import cf_of, click, make_window, page, start_lesson, texts, type_into, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, understood
from tests.journeys.pin_lesson_kit import half_in_sms, log_in, new_pin, open_first_message
from ui.browser.router import LOGIN_URL
from ui.urls import LOST_PIN_URL, MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_NOTICE_URL

M = 12
CF = cf_of("dipendente")


def test_lesson_pin_smarrito(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "pin-smarrito")
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # Hai smarrito il tuo PIN?
    wait_url(qtbot, window, LOST_PIN_URL)
    press(qtbot, at_step(qtbot, window, 3, M))  # Ripristina il PIN
    wait_url(qtbot, window, LOST_PIN_URL + "?azione=ripristino")

    at_step(qtbot, window, 4, M)
    type_into(qtbot, page(window), "Codice Fiscale", CF)
    type_into(qtbot, page(window), "Cellulare indicato nella richiesta del PIN", "3479876540")  # one digit wrong
    type_into(qtbot, page(window), "E-mail o PEC indicata nella richiesta del PIN", "luca.ferrari@posta.sim")
    click(qtbot, page(window), "Ripristina PIN")
    qtbot.waitUntil(lambda: "Li copi con attenzione dalla «Scheda personale»" in feedback(window), timeout=3000)
    at_step(qtbot, window, 4, M)
    type_into(qtbot, page(window), "Cellulare indicato nella richiesta del PIN", "3479876543")
    click(qtbot, page(window), "Ripristina PIN")
    qtbot.waitUntil(lambda: pin_recovery.RIPRISTINO_DONE in texts(page(window)), timeout=3000)

    mail = window.dock_panels["MailDock"]
    open_first_message(qtbot, at_step(qtbot, window, 5, M))
    qtbot.waitUntil(lambda: "prima parte del nuovo PIN" in mail.opened_text(), timeout=3000)
    first = re.search(r"è:\s+([0-9A-F]{8})", mail.opened_text()).group(1)
    phone = window.dock_panels["PhoneDock"]
    open_first_message(qtbot, at_step(qtbot, window, 6, M))
    qtbot.waitUntil(lambda: "seconda parte" in phone.opened_text(), timeout=3000)
    second = half_in_sms(phone.opened_text())

    press(qtbot, at_step(qtbot, window, 7, M))  # Vai all'Autenticazione
    wait_url(qtbot, window, LOGIN_URL)
    at_step(qtbot, window, 8, M)
    log_in(qtbot, window, CF, "LUCA1968")  # the old PIN: revoked by the ripristino
    qtbot.waitUntil(lambda: "Il vecchio PIN non vale più" in feedback(window), timeout=3000)
    log_in(qtbot, window, CF, first + second)
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    press(qtbot, at_step(qtbot, window, 9, M))  # Avanti
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL + "?passo=nuovo")
    at_step(qtbot, window, 10, M)
    new_pin(qtbot, window, "Milano68")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    press(qtbot, at_step(qtbot, window, 11, M))  # Prosegui
    wait_url(qtbot, window, MYINPS_URL)
    at_step(qtbot, window, 12, M)
    assert "Revoca PIN" in window.tutor.step.text and "tessera sanitaria" in window.tutor.step.text
    understood(qtbot, window, 12, M)
    end = finished(qtbot, window, "Ho smarrito il PIN")
    assert "Errori: 2" in end
