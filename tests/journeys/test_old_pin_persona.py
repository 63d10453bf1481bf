"""Franco Galli still has an old PIN of 16 characters (seed 003, «NOVITA'»): he enters with it
as always until the periodic change; then the portal guides him to a PIN of 8 characters."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import pin as pin_service
from tests.helpers import cf_of, click, find, make_window, page, shot, texts, type_into, wait_url
from ui.browser.router import LOGIN_URL
from ui.urls import LOGOUT_URL, MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_NOTICE_URL

CF = cf_of("pin_16_caratteri")
OLD = "7A3F09C2E5B1D846"


def log_in(qtbot, window, pin: str) -> None:
    window.navigate(LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    type_into(qtbot, page(window), "Codice Fiscale", CF)
    type_into(qtbot, page(window), "PIN", pin)
    click(qtbot, page(window), "Accedi")


def test_old_16_character_pin_until_the_periodic_change_then_8(qtbot, db_path):
    window = make_window(qtbot, db_path)
    # Today the 16 characters still open MyINPS (with the notice of the PIN ordinario).
    log_in(qtbot, window, OLD)
    wait_url(qtbot, window, PIN_NOTICE_URL)
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.method == "pin_ordinario"
    window.navigate(LOGOUT_URL)
    qtbot.waitUntil(lambda: window.session.current is None)
    # Two weeks on the Orologio: the periodic change of the PIN is due.
    clock = window.dock_panels["ClockDock"]
    qtbot.mouseClick(find(clock, "2 settimane"), Qt.MouseButton.LeftButton)
    franco = pin_service.citizen_by_cf(CF)
    qtbot.waitUntil(lambda: pin_service.active_pin(franco).state == "expired")
    log_in(qtbot, window, OLD)
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    shown = texts(page(window))
    assert "modifica periodica del PIN" in shown and "Il suo PIN ha ancora 16 caratteri" in shown
    assert "Gli utenti già dotati di PIN attivo da 16 caratteri potranno continuare ad utilizzarlo" in shown
    assert "Dlgs 196/2003" in shown
    assert "È il momento di passare al PIN di 8 caratteri" in shown  # its own heading, as the expired PIN has
    assert window.session.current is None
    shot(window, "old_pin_periodic_change")
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Scelga il nuovo PIN" in texts(page(window)), timeout=2000)
    # 16 characters again: refused, the new PIN has 8.
    type_into(qtbot, page(window), "Nuovo PIN", "A1B2C3D4E5F60718")
    type_into(qtbot, page(window), "Conferma nuovo PIN", "A1B2C3D4E5F60718")
    click(qtbot, page(window), "Conferma il nuovo PIN")
    qtbot.waitUntil(lambda: "esattamente 8 caratteri" in texts(page(window)), timeout=2000)
    type_into(qtbot, page(window), "Nuovo PIN", "Mella555")
    type_into(qtbot, page(window), "Conferma nuovo PIN", "MELLA555")
    click(qtbot, page(window), "Conferma il nuovo PIN")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, MYINPS_URL)
    record = pin_service.active_pin(franco)
    assert record.state == "active" and not record.initial and not pin_service.is_legacy_16(record)
    # From now on, the 8 characters; the 16 no longer.
    window.navigate(LOGOUT_URL)
    qtbot.waitUntil(lambda: window.session.current is None)
    log_in(qtbot, window, OLD)
    qtbot.waitUntil(lambda: "Codice fiscale o PIN non corretti" in texts(page(window)), timeout=2000)
    log_in(qtbot, window, "mella555")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    assert window.session.current.codice_fiscale == CF
