"""Lesson richiedi-pin-online (data/lessons/03-richiedi-pin-online.toml) through the GUI as
a learner would: Entra in MyINPS, Richiedi e gestisci il tuo PIN, RICHIEDI PIN, the
codice fiscale (a typo first: the refused field is a mistake the tutor explains), the
form (the e-mail forgotten first), the riepilogo, the outcome message, the SMS."""
from __future__ import annotations

from PySide6.QtWidgets import QRadioButton

from app.services import pin_request
from tests.helpers import cf_of, click, find, make_window, page, start_lesson, texts, type_into, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, understood
from tests.journeys.pin_lesson_kit import open_first_message
from ui.browser.router import LOGIN_URL, PIN_MENU_URL
from ui.urls import PIN_REQUEST_URL

M = 10
CF = cf_of("senza_credenziali")
FORM = {
    "Cognome *": "Conti", "Nome *": "Giovanni", "Data di nascita *": "08/05/1957",
    "Comune di nascita *": "Voghera", "Provincia di nascita (sigla)": "PV",
    "Indirizzo (via o piazza) *": "Via Emilia", "Numero civico *": "17", "CAP *": "27058",
    "Comune *": "Voghera", "Provincia (sigla) *": "PV", "Cellulare": "3401239876",
}


def test_lesson_richiedi_pin_online(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "richiedi-pin-online")
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # Entra in MyINPS
    wait_url(qtbot, window, LOGIN_URL)
    press(qtbot, at_step(qtbot, window, 3, M))  # Richiedi e gestisci il tuo PIN
    wait_url(qtbot, window, PIN_MENU_URL)
    press(qtbot, at_step(qtbot, window, 4, M))  # RICHIEDI PIN
    wait_url(qtbot, window, PIN_REQUEST_URL)

    cf_box = at_step(qtbot, window, 5, M)
    qtbot.keyClicks(cf_box, CF[:-1] + ("A" if CF[-1] != "A" else "B"))  # a typo in the last character
    find(page(window), "Italiana", QRadioButton).setChecked(True)
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Copi il codice fiscale dalla «Scheda personale»" in feedback(window), timeout=3000)
    assert "carattere di controllo" in texts(page(window))
    cf_box = at_step(qtbot, window, 5, M)
    cf_box.clear()
    qtbot.keyClicks(cf_box, CF)
    click(qtbot, page(window), "Avanti")

    at_step(qtbot, window, 6, M)  # Cognome *
    find(page(window), "Maschio", QRadioButton).setChecked(True)
    for name, value in FORM.items():
        type_into(qtbot, page(window), name, value)
    click(qtbot, page(window), "Avanti")  # no e-mail: refused
    qtbot.waitUntil(lambda: "Alcuni dati vanno corretti" in feedback(window), timeout=3000)
    type_into(qtbot, page(window), "E-mail", "giovanni.conti@posta.sim")
    click(qtbot, page(window), "Avanti")

    avanti = at_step(qtbot, window, 7, M)  # the riepilogo's Avanti
    assert "VIA EMILIA" in texts(page(window)).upper()
    press(qtbot, avanti)
    qtbot.waitUntil(lambda: pin_request.OUTCOME_MESSAGE in texts(page(window)), timeout=3000)
    understood(qtbot, window, 8, M)

    messages_list = at_step(qtbot, window, 9, M)  # the phone's list of messages
    phone = window.dock_panels["PhoneDock"]
    assert phone.isAncestorOf(messages_list)
    open_first_message(qtbot, messages_list)
    qtbot.waitUntil(lambda: "la prima parte del suo PIN è" in phone.opened_text(), timeout=3000)
    understood(qtbot, window, 10, M)
    end = finished(qtbot, window, "Richiedere il PIN online")
    assert "Errori: 2" in end
