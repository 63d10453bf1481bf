"""Lesson pin-scaduto (data/lessons/10-pin-scaduto.toml) through the GUI as a learner would:
6 mesi on the Orologio, the login with the PIN of always, «Il suo PIN è scaduto», Avanti,
the new PIN (the old one again first: refused, a mistake the tutor explains), Prosegui,
MyINPS."""
from __future__ import annotations

from app.services import pin as pin_service
from tests.helpers import cf_of, make_window, page, start_lesson, texts, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, understood
from tests.journeys.pin_lesson_kit import log_in, new_pin
from ui.urls import MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_NOTICE_URL

M = 7
CF = cf_of("dipendente")


def test_lesson_pin_scaduto(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "pin-scaduto")
    understood(qtbot, window, 1, M)
    six_months = at_step(qtbot, window, 2, M)
    assert window.dock_panels["ClockDock"].isAncestorOf(six_months)
    press(qtbot, six_months)
    luca = pin_service.citizen_by_cf(CF)
    assert pin_service.active_pin(luca).state == "expired"
    at_step(qtbot, window, 3, M)
    log_in(qtbot, window, CF, "LUCA1968")
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    assert "Il suo PIN è scaduto" in texts(page(window))
    press(qtbot, at_step(qtbot, window, 4, M))  # Avanti
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL + "?passo=nuovo")
    at_step(qtbot, window, 5, M)
    new_pin(qtbot, window, "LUCA1968")  # the same PIN again: refused
    qtbot.waitUntil(lambda: "essere diverso da LUCA1968" in feedback(window), timeout=3000)
    assert "diverso da quello precedente" in texts(page(window))
    new_pin(qtbot, window, "Navigli9")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    press(qtbot, at_step(qtbot, window, 6, M))  # Prosegui
    wait_url(qtbot, window, MYINPS_URL)
    understood(qtbot, window, 7, M)
    end = finished(qtbot, window, "Il PIN scaduto")
    assert "Errori: 1" in end
    assert pin_service.active_pin(luca).state == "active"
