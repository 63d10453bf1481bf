"""Lesson pin-al-contact-center (data/lessons/07-pin-al-contact-center.toml) through the GUI
as a learner would: the Contatti page, the «Chiamate» panel (the numero verde from the
mobile first: the call does not start, a mistake the tutor explains), key 1, the data given
to the operator one by one, the first half said on the phone and the SMS."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.services import pin as pin_service
from tests.helpers import cf_of, click, find, make_window, page, start_lesson, texts
from tests.journeys.lesson_kit import at_step, feedback, finished, press, press_in, understood
from tests.journeys.pin_lesson_kit import open_first_message

M = 7
CF = cf_of("senza_credenziali")


def answer(qtbot, calls, text: str) -> None:
    from tests.helpers import type_into

    qtbot.waitUntil(lambda: _has(calls, "La sua risposta"), timeout=3000)
    type_into(qtbot, calls, "La sua risposta", text)
    press_in(qtbot, calls, "Rispondi")


def _has(parent, name: str) -> bool:
    try:
        find(parent, name)
        return True
    except LookupError:
        return False


def test_lesson_pin_al_contact_center(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "pin-al-contact-center")
    assert "803 164" in texts(page(window))
    understood(qtbot, window, 1, M)
    click(qtbot, page(window), "Apri il pannello Chiamate")  # the Contatti page's button
    calls = window.dock_panels["CallDock"]
    qtbot.waitUntil(calls.isVisible, timeout=3000)
    number = at_step(qtbot, window, 2, M)  # Numero da chiamare
    assert calls.isAncestorOf(number)
    line = find(calls, "Da quale telefono chiama?", QComboBox)
    line.setCurrentIndex(line.findData("cellulare"))  # the numero verde from the mobile
    qtbot.keyClicks(number, "803 164")
    press_in(qtbot, calls, "Chiama")
    qtbot.waitUntil(lambda: "si chiama solo dal telefono fisso" in feedback(window), timeout=3000)
    assert "solo da rete fissa" in calls.error_text()
    line = find(calls, "Da quale telefono chiama?", QComboBox)
    line.setCurrentIndex(line.findData("fisso"))
    number = at_step(qtbot, window, 2, M)
    number.clear()
    qtbot.keyClicks(number, "803 164")
    press_in(qtbot, calls, "Chiama")
    qtbot.waitUntil(calls.in_call, timeout=3000)

    press(qtbot, at_step(qtbot, window, 3, M))  # key 1
    at_step(qtbot, window, 4, M)  # La sua risposta
    for text in ("Giovanni", "Conti", CF):
        answer(qtbot, calls, text)
    press_in(qtbot, calls, "Sì")  # the birth data read from the codice fiscale
    press_in(qtbot, calls, "Sì")  # resident in Italy
    for text in ("Via Emilia", "17", "27058", "Voghera", "PV", "3401239876"):
        answer(qtbot, calls, text)
    press_in(qtbot, calls, "Nessuno")  # the landline is not given
    answer(qtbot, calls, "giovanni.conti@posta.sim")
    press_in(qtbot, calls, "Nessuno")  # no PEC
    qtbot.waitUntil(lambda: "Sono corretti?" in calls.transcript().splitlines()[-1], timeout=3000)
    press_in(qtbot, calls, "Sì")
    qtbot.waitUntil(lambda: not calls.in_call(), timeout=3000)
    first_half = calls.call.first_half
    assert " - ".join(first_half) in calls.transcript()

    understood(qtbot, window, 5, M)
    phone = window.dock_panels["PhoneDock"]
    open_first_message(qtbot, at_step(qtbot, window, 6, M))
    qtbot.waitUntil(lambda: first_half in phone.opened_text(), timeout=3000)
    understood(qtbot, window, 7, M)
    end = finished(qtbot, window, "Il PIN per telefono (Contact Center)")
    assert "Errori: 1" in end
    record = pin_service.active_pin(pin_service.citizen_by_cf(CF))
    assert (record.kind, record.channel) == ("ordinario", "contact_center")
