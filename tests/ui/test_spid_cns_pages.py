"""SPID and CNS pages and windows: odd input gives a message, stale pages say what to
do, the providers come in random order, accessible names equal the labels."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from app.services import spid
from tests.helpers import click, find, make_window, page, texts, type_into, wait_url
from ui.browser.router import LOGIN_URL, build_url
from ui.pages.spid_common import STEP_ERROR, STEP_LOGIN, STEP_OTP, idp_url

ODD = ["", " ", "a" * 400, "'; DROP TABLE spid_identity; --", "\u202e\u200bмария", "💥🔥", "\t\n", "%1 %2"]


def start(qtbot, window, key="aquila"):
    flow = spid.start_login(window.world, key)
    window.navigate(idp_url(flow.provider, STEP_LOGIN, flow=flow.token))
    qtbot.waitUntil(lambda: "/login?flow=" in window.current_tab().url)
    return flow


@pytest.mark.parametrize("text", ODD)
def test_login_fields_with_odd_text_give_a_message(qtbot, db_path, text):
    window = make_window(qtbot, db_path)
    start(qtbot, window)
    find(page(window), "Nome utente", QLineEdit).setText(text)
    find(page(window), "Password", QLineEdit).setText(text)
    click(qtbot, page(window), "Invia")
    qtbot.waitUntil(lambda: any(word in texts(page(window)) for word in ("Inserisci", "errati", "errate")))
    assert "/login?flow=" in window.current_tab().url


@pytest.mark.parametrize("text", ODD + ["12 34 56", "１２３４５６"])
def test_code_field_with_odd_text_gives_a_message(qtbot, db_path, text):
    window = make_window(qtbot, db_path)
    start(qtbot, window)
    type_into(qtbot, page(window), "Nome utente", "maria.bianchi")
    type_into(qtbot, page(window), "Password", "Girasole.48")
    click(qtbot, page(window), "Invia")
    qtbot.waitUntil(lambda: "/otp" in window.current_tab().url)
    find(page(window), "Codice", QLineEdit).setText(text)
    click(qtbot, page(window), "Invia")
    qtbot.waitUntil(lambda: any(w in texts(page(window)) for w in ("6 cifre", "Codice errato", "Inserisci il codice")))


def test_going_back_to_a_finished_step_says_what_to_do(qtbot, db_path):
    window = make_window(qtbot, db_path)
    flow = start(qtbot, window)
    type_into(qtbot, page(window), "Nome utente", "maria.bianchi")
    type_into(qtbot, page(window), "Password", "Girasole.48")
    click(qtbot, page(window), "Invia")
    qtbot.waitUntil(lambda: "/otp" in window.current_tab().url)
    window.go_back()
    qtbot.waitUntil(lambda: "/login?flow=" in window.current_tab().url)
    assert "Questa pagina non è più attiva" in texts(page(window))
    click(qtbot, page(window), "Continua")
    qtbot.waitUntil(lambda: f"/{STEP_OTP}?flow={flow.token}" in window.current_tab().url)


def test_unknown_flow_and_unknown_error_code(qtbot, db_path):
    window = make_window(qtbot, db_path)
    provider = spid.provider("faro")
    window.navigate(idp_url(provider, STEP_LOGIN, flow="nessuno"))
    qtbot.waitUntil(lambda: "non è più valida" in texts(page(window)))
    window.navigate(idp_url(provider, STEP_ERROR, code="abc"))
    qtbot.waitUntil(lambda: "ErrorCode nr25" in texts(page(window)))
    click(qtbot, page(window), "Continua")
    wait_url(qtbot, window, LOGIN_URL)


def test_providers_are_shown_in_random_order(qtbot, db_path):
    window = make_window(qtbot, db_path)
    orders = set()
    for _ in range(6):
        window.navigate(build_url(LOGIN_URL, tab="SPID"))
        wait_url(qtbot, window, LOGIN_URL)
        qtbot.waitUntil(lambda: page(window).current_tab_name() == "SPID")
        orders.add(tuple(page(window).stack.currentWidget().order()))
        window.navigate("https://www.inps.it/")
        wait_url(qtbot, window, "https://www.inps.it/")
    assert len(orders) > 1


def test_accessible_names_are_the_labels(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.navigate(build_url(LOGIN_URL, tab="SPID"))
    wait_url(qtbot, window, LOGIN_URL)
    click(qtbot, page(window), "Entra con SPID")
    for name in ("AquilaID", "FaroID", "ColleID", "Maggiori informazioni", "Non hai SPID?", "Serve aiuto?"):
        widget = find(page(window), name, QAbstractButton)
        assert widget.text().strip() == name
    start(qtbot, window)
    for name in ("Invia", "Annulla", "Hai dimenticato le credenziali?", "Mostra password"):
        assert find(page(window), name, QAbstractButton).text() == name


def test_recovery_page_unlocks_a_locked_identity(qtbot, db_path):
    window = make_window(qtbot, db_path)
    from app.services import auth, personas

    citizen = auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona("estero")))
    window.set_person(citizen.id)
    flow = start(qtbot, window, "faro")
    click(qtbot, page(window), "Hai dimenticato le credenziali?")
    qtbot.waitUntil(lambda: "recupero-credenziali" in window.current_tab().url)
    assert "Passo 1 di 2" in texts(page(window))
    type_into(qtbot, page(window), "Nome utente", "francesca.colombo")
    type_into(qtbot, page(window), "Codice fiscale", citizen.codice_fiscale)
    click(qtbot, page(window), "Invia")
    qtbot.waitUntil(lambda: "Passo 2 di 2" in texts(page(window)))
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: bool(phone.messages()))
    import re

    code = re.search(r"\b(\d{6})\b", phone.last_text()).group(1)
    type_into(qtbot, page(window), "Codice", code)
    type_into(qtbot, page(window), "Nuova password", "Isar.2019")
    type_into(qtbot, page(window), "Conferma password", "Isar.2019")
    click(qtbot, page(window), "Conferma")
    qtbot.waitUntil(lambda: "sbloccata" in texts(page(window)))
    click(qtbot, page(window), "Torna all'accesso")
    qtbot.waitUntil(lambda: f"/login?flow={flow.token}" in window.current_tab().url)
    type_into(qtbot, page(window), "Nome utente", "francesca.colombo")
    type_into(qtbot, page(window), "Password", "Isar.2019")
    click(qtbot, page(window), "Invia")
    qtbot.waitUntil(lambda: "/otp" in window.current_tab().url)


@pytest.mark.parametrize("text", ["", "abc", "1" * 60, "１２３４５", "1234", "99999"])
def test_cns_pin_window_with_odd_text_gives_a_message(qtbot, db_path, text):
    from app.services import cns

    window = make_window(qtbot, db_path)
    cards = cns.wallet_cards(window.world)
    cns.connect_reader(window.world)
    cns.insert_card(window.world, cards[0].id)
    window.navigate(build_url(LOGIN_URL, tab="CNS"))
    wait_url(qtbot, window, LOGIN_URL)
    tab = page(window).stack.currentWidget()
    click(qtbot, page(window), "Accedi")
    tab.cert_dialog.choose("autenticazione")
    click(qtbot, tab.cert_dialog, "OK")
    pin = tab.pin_dialog
    qtbot.waitUntil(pin.isVisible)
    pin.pin.set_value(text)
    click(qtbot, pin, "OK")
    qtbot.waitUntil(lambda: bool(pin.pin.error.text()))
    assert window.session.current is None
