"""Journeys through the GUI: lockout after repeated failures, expired PIN renewal, the
ordinario notice and the dispositivo gate (issue 3, items 4, 5, 6)."""
from __future__ import annotations


from PySide6.QtWidgets import QLineEdit

from app.services import pin as pin_service
from app.services import session as sessmod
from app.services import settings
from tests.helpers import cf_of, click, find, make_window, page, shot, texts, type_into, wait_url
from ui.browser.router import LOGIN_URL, build_url
from ui.urls import LOST_PIN_URL, MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_GATE_URL, PIN_LOCKED_URL, PIN_NOTICE_URL







def _login(qtbot, window, cf: str, pin: str) -> None:
    type_into(qtbot, page(window), "Codice Fiscale", cf)
    type_into(qtbot, page(window), "PIN", pin)
    click(qtbot, page(window), "Accedi")


def test_lockout_after_repeated_failures(qtbot, journey_db):
    window = make_window(qtbot, journey_db, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    limit = settings.get_int("pin.max_failures")
    for attempt in range(1, limit):
        _login(qtbot, window, cf_of("dipendente"), "SBAGLIO1")
        left = limit - attempt
        expected = f"Le restano {left} tentativi" if left > 1 else "Le resta 1 tentativo"
        qtbot.waitUntil(lambda: expected in texts(page(window)), timeout=2000)
        # the typed codice fiscale is kept
        assert find(page(window), "Codice Fiscale", QLineEdit).text() == cf_of("dipendente")
    shot(window, "pin_login_attempts")
    _login(qtbot, window, cf_of("dipendente"), "SBAGLIO1")
    wait_url(qtbot, window, PIN_LOCKED_URL)
    shown = texts(page(window))
    assert "Il suo PIN è bloccato" in shown and "803 164" in shown and "06 164 164" in shown
    find(page(window), "Ripristina il PIN")
    find(page(window), "Revoca il PIN")
    shot(window, "pin_locked")
    # The right PIN is refused now too.
    window.navigate(LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    _login(qtbot, window, cf_of("dipendente"), "LUCA1968")
    wait_url(qtbot, window, PIN_LOCKED_URL)
    assert window.session.current is None
    # A way out: ripristino from the lock page.
    click(qtbot, page(window), "Ripristina il PIN")
    wait_url(qtbot, window, LOST_PIN_URL)
    assert "Ripristina il PIN" in texts(page(window))


def test_expired_pin_renewal(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    _login(qtbot, window, cf_of("estero").lower(), "monaco58")
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    shown = texts(page(window))
    assert "Il suo PIN è scaduto" in shown and "Dlgs 196/2003" in shown
    shot(window, "pin_expired")
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Scelga il nuovo PIN" in texts(page(window)), timeout=2000)
    type_into(qtbot, page(window), "Nuovo PIN", "MONACO58")
    type_into(qtbot, page(window), "Conferma nuovo PIN", "MONACO58")
    click(qtbot, page(window), "Conferma il nuovo PIN")
    qtbot.waitUntil(lambda: "diverso da quello precedente" in texts(page(window)), timeout=2000)
    type_into(qtbot, page(window), "Nuovo PIN", "ISAR2018")
    type_into(qtbot, page(window), "Conferma nuovo PIN", "isar2018")
    click(qtbot, page(window), "Conferma il nuovo PIN")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    assert pin_service.NOT_DISPOSITIVO_NOTICE in texts(page(window))
    shot(window, "pin_notice")
    assert window.session.current.method == "pin_ordinario"
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, MYINPS_URL)


def test_ordinario_meets_the_gate(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    _login(qtbot, window, cf_of("dipendente"), "luca1968")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, MYINPS_URL)
    window.navigate(build_url(PIN_GATE_URL, uri=MYINPS_URL))
    wait_url(qtbot, window, PIN_GATE_URL)
    assert sessmod.dispositivo_required_text(window.session.current) in texts(page(window))
    shot(window, "pin_gate")
    click(qtbot, page(window), "Vuoi il PIN dispositivo?")
    qtbot.waitUntil(lambda: "dispositivo" in window.current_tab().url, timeout=2000)


def test_dispositivo_goes_straight_in(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    _login(qtbot, window, cf_of("pensionata"), "ROSA2018")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.method == "pin_dispositivo"
