"""PIN pages one by one (pytest-qt): Modifica PIN, first access without a login, the
refusals of Richiedi PIN, the foreign residence form, the Contact Center call."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QRadioButton

from app.services import pin_request as request_service
from tests.helpers import cf_of, click, find, login_as, make_window, page, texts, type_into, visible, wait_url
from ui.browser.router import LOGIN_URL
from ui.urls import CHANGE_PIN_URL, PIN_FIRST_ACCESS_URL, PIN_REQUEST_URL






def test_modifica_pin(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    login_as(window, "dipendente", "pin_ordinario")
    window.navigate(CHANGE_PIN_URL)
    wait_url(qtbot, window, CHANGE_PIN_URL)
    visible(qtbot, window, "PIN attuale")
    type_into(qtbot, page(window), "PIN attuale", "SBAGLIAT")
    type_into(qtbot, page(window), "Nuovo PIN", "MILANO68")
    type_into(qtbot, page(window), "Conferma nuovo PIN", "MILANO68")
    click(qtbot, page(window), "Salva il nuovo PIN")
    qtbot.waitUntil(lambda: "Le restano 4 tentativi" in texts(page(window)), timeout=2000)
    type_into(qtbot, page(window), "PIN attuale", "luca1968")
    click(qtbot, page(window), "Salva il nuovo PIN")
    qtbot.waitUntil(lambda: "Il PIN è stato cambiato" in texts(page(window)), timeout=2000)
    assert "15/04/2019" in texts(page(window))
    assert find(page(window), "Nuovo PIN", QLineEdit).text() == ""


def test_first_access_page_without_a_login(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", PIN_FIRST_ACCESS_URL)
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    assert "entri prima con il codice fiscale" in texts(page(window))
    click(qtbot, page(window), "Vai all'Autenticazione")
    wait_url(qtbot, window, LOGIN_URL)


def test_pin_tab_field_errors(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    click(qtbot, page(window), "Accedi")
    qtbot.waitUntil(lambda: "Inserisca il codice fiscale." in texts(page(window)), timeout=2000)
    type_into(qtbot, page(window), "Codice Fiscale", "RSSMRA70A01Z112D")
    type_into(qtbot, page(window), "PIN", "ABCDEFGH")
    click(qtbot, page(window), "Accedi")
    qtbot.waitUntil(lambda: "non risulta un PIN" in texts(page(window)), timeout=2000)
    assert find(page(window), "PIN", QLineEdit).echoMode() == QLineEdit.EchoMode.Password
    find(page(window), "Mostra il PIN", QAbstractButton).setChecked(True)
    assert find(page(window), "PIN", QLineEdit).echoMode() == QLineEdit.EchoMode.Normal


def test_request_refused_when_a_pin_exists(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", PIN_REQUEST_URL)
    wait_url(qtbot, window, PIN_REQUEST_URL)
    visible(qtbot, window, "Codice Fiscale")
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("pensionata"))
    find(page(window), "Italiana", QRadioButton).setChecked(True)
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "esiste già un PIN INPS" in texts(page(window)), timeout=2000)
    visible(qtbot, window, "Hai smarrito il PIN?", QAbstractButton)
    assert "Passo 1 di 3" in texts(page(window))


def test_request_with_residence_abroad_and_the_call(qtbot, db_path, world):
    from app.services import pin as pin_service

    francesca = pin_service.citizen_by_cf(cf_of("estero"))
    pin_service.revoke(world, pin_service.active_pin(francesca), "test")
    window = make_window(qtbot, db_path, "--start", PIN_REQUEST_URL, "--persona", "estero")
    wait_url(qtbot, window, PIN_REQUEST_URL)
    visible(qtbot, window, "Codice Fiscale")
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("estero"))
    find(page(window), "Estera", QRadioButton).setChecked(True)
    click(qtbot, page(window), "Avanti")
    visible(qtbot, window, "Stato estero di residenza *")
    find(page(window), "Femmina", QRadioButton).setChecked(True)
    for name, value in {
        "Cognome *": "Colombo", "Nome *": "Francesca", "Data di nascita *": "14/07/1958",
        "Comune di nascita *": "Bergamo", "Stato estero di residenza *": "Austria", "Città *": "Wien",
        "Indirizzo (via, numero civico, codice postale) *": "Ringstraße 1, 1010",
        "Cellulare": "+491701234567", "E-mail": "francesca.colombo@posta.sim",
    }.items():
        type_into(qtbot, page(window), name, value)
    click(qtbot, page(window), "Avanti")
    visible(qtbot, window, "Conferma", QAbstractButton)
    assert "Ringstraße 1, 1010, Wien, Austria" in texts(page(window))
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: request_service.ADDRESS_CALL_NOTE in texts(page(window)), timeout=3000)
    clock = window.dock_panels["ClockDock"]
    phone = window.dock_panels["PhoneDock"]
    clock.advance("1 giorno")
    qtbot.waitUntil(lambda: any("Contact Center" in v.sender for v in phone.messages()), timeout=3000)
    call = next(i for i, v in enumerate(phone.messages()) if "Contact Center" in v.sender)
    assert "Wien" in phone.open_message(call)
