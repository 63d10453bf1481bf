"""CNS on a digital-signature USB token (seed 002: «se siete in possesso della firma digitale,
token usb di Aruba, vi basterà inserire il token»): no reader, the token's own certificate
and PIN; and SPID/CNS count as a PIN dispositivo only from 21 July 2017 (seed 001), on the
simulated clock."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QRadioButton

from app.services import auth, cns
from tests.helpers import cf_of, click, find, make_window, page, shot, texts, type_into, wait_url
from ui.browser.router import LOGIN_URL, build_url
from ui.urls import DOMANDE_URL, LOGOUT_URL, MYINPS_URL, PIN_GATE_URL

GIULIA = "gestione_separata"


def play(window, persona_key: str) -> int:
    """The learner picks who they are in «Io sono» (the panels show that person's world)."""
    combo = window.person_combo
    citizen_id = auth.citizen_by_cf(cf_of(persona_key)).id
    combo.setCurrentIndex(combo.findData(citizen_id))
    return citizen_id


def button_soon(qtbot, parent, name: str):
    """A button that a refresh is about to show (widgets appear on the next turn)."""
    def shown():
        try:
            return find(parent, name, QAbstractButton)
        except LookupError:
            return None

    qtbot.waitUntil(lambda: shown() is not None)
    return shown()


def click_soon(qtbot, parent, name: str) -> None:
    button_soon(qtbot, parent, name)
    click(qtbot, parent, name)


def open_wallet(qtbot, window):
    """The learner presses «Portafoglio» in «Il mio mondo»."""
    click(qtbot, window.docks["WorldDock"], "Portafoglio")
    wallet = window.dock_panels["WalletDock"]
    qtbot.waitUntil(wallet.isVisible)
    return wallet


def insert_token(qtbot, window, citizen_id: int):
    """The learner opens the Portafoglio, takes the token out of the wallet and puts it in a USB
    port: «Inserisci il token nel computer». Returns the token and the PIN read on its envelope
    («Mostra PIN e PUK»)."""
    wallet = open_wallet(qtbot, window)
    qtbot.waitUntil(lambda: wallet.token_text() == "Il token è nel portafoglio.")
    qtbot.waitUntil(lambda: "Token USB di firma digitale" in texts(wallet))
    assert "Titolare: Giulia Romano" in texts(wallet)
    click_soon(qtbot, wallet, "Inserisci il token nel computer")
    qtbot.waitUntil(lambda: wallet.token_text() == "Il token è nel computer.")
    (token,) = cns.wallet_tokens(window.world, citizen_id)
    assert cns.reader_state(window.world).token.id == token.id
    assert button_soon(qtbot, wallet, "Togli il token dal computer").height() >= 44
    with pytest.raises(LookupError):  # only the one that applies is there
        find(wallet, "Inserisci il token nel computer", QAbstractButton)
    click_soon(qtbot, wallet, "Mostra PIN e PUK")
    qtbot.waitUntil(lambda: any(t.startswith("Busta del token: PIN ") for t in texts(wallet).split("\n")))
    line = next(t for t in texts(wallet).split("\n") if t.startswith("Busta del token: PIN "))
    pin = line.split("PIN ", 1)[1].split(" ", 1)[0]
    assert pin == token.pin == "61820976" and "PUK 40917735" in line
    return token, pin


def cns_tab(qtbot, window):
    window.navigate(build_url(LOGIN_URL, tab="CNS"))
    wait_url(qtbot, window, LOGIN_URL)
    return page(window).stack.currentWidget()


def login_with_token(qtbot, window):
    tab = cns_tab(qtbot, window)
    qtbot.waitUntil(lambda: "il token di firma digitale di Giulia Romano" in tab.status.text())
    assert "nessun lettore collegato" in tab.status.text()
    click(qtbot, page(window), "Accedi")
    dialog = tab.cert_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert cns.TOKEN_CA_NAME in texts(dialog)
    qtbot.mouseClick(find(dialog, cf_of(GIULIA), QRadioButton), Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "OK")
    pin_dialog = tab.pin_dialog
    qtbot.waitUntil(pin_dialog.isVisible)
    assert pin_dialog.windowTitle() == "Inserimento PIN del token"
    assert "PIN del token USB" in texts(pin_dialog)
    return tab, pin_dialog


def test_cns_with_the_usb_token_without_a_reader(qtbot, db_path):
    window = make_window(qtbot, db_path)
    giulia = play(window, GIULIA)
    tab = cns_tab(qtbot, window)
    shown = texts(page(window))
    assert "Autenticazione con CNS" in shown
    assert "token usb di Aruba, vi basterà inserire il token" in shown
    assert "è attivo dal 21 luglio 2017 e la loro valenza è pari a quello di un accesso tramite PIN dispositivo" in shown
    click(qtbot, page(window), "Accedi")  # nothing in the computer yet
    qtbot.waitUntil(lambda: "token USB" in texts(page(window)) and "Nessun lettore" in texts(page(window)))
    _token, pin = insert_token(qtbot, window, giulia)
    shot(window, "cns_token_wallet")
    tab, pin_dialog = login_with_token(qtbot, window)
    shot(window, "cns_token_pin")
    type_into(qtbot, pin_dialog, "PIN", "11112222")
    click(qtbot, pin_dialog, "OK")
    assert "prima del blocco del token" in pin_dialog.pin.error.text()
    type_into(qtbot, pin_dialog, "PIN", pin)
    click(qtbot, pin_dialog, "OK")
    wait_url(qtbot, window, MYINPS_URL)
    session = window.session.current
    assert session.method == "cns" and session.codice_fiscale == cf_of(GIULIA)
    assert session.can_submit_requests  # the world is in October 2018
    assert not cns.reader_state(window.world).connected  # no reader was ever needed


def test_before_21_july_2017_the_token_only_lets_her_consult(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.world.clock.reset(dt.datetime(2017, 7, 20, 10, 0))  # the day before (a new world's clock)
    giulia = play(window, GIULIA)
    _token, pin = insert_token(qtbot, window, giulia)
    _tab, pin_dialog = login_with_token(qtbot, window)
    type_into(qtbot, pin_dialog, "PIN", pin)
    click(qtbot, pin_dialog, "OK")
    wait_url(qtbot, window, MYINPS_URL)
    domanda = build_url(DOMANDE_URL, servizio="variazione_anagrafica")
    window.navigate(domanda)
    wait_url(qtbot, window, PIN_GATE_URL)
    shown = texts(page(window))
    assert "vale quanto un PIN dispositivo solo dal 21 luglio 2017, e oggi è il 20/07/2017" in shown
    assert "SPID e CNS non bastano ancora" in shown
    shot(window, "cns_gate_before_2017")
    # The next day: a new login with the token counts as a PIN dispositivo.
    window.world.clock.set(dt.datetime(2017, 7, 21, 9, 0))
    window.navigate(LOGOUT_URL)
    qtbot.waitUntil(lambda: window.session.current is None)
    _tab, pin_dialog = login_with_token(qtbot, window)
    type_into(qtbot, pin_dialog, "PIN", pin)
    click(qtbot, pin_dialog, "OK")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.can_submit_requests
    window.navigate(domanda)
    qtbot.waitUntil(lambda: "Modifica dati anagrafici" in texts(page(window)))
    assert window.current_tab().url.startswith(domanda)


def test_token_blocked_then_unblocked_from_the_portafoglio(qtbot, db_path):
    """Three wrong PINs block the token; in the Portafoglio «Sblocca con il PUK» (the token in
    the computer) sets a new PIN, and the next login uses it."""
    window = make_window(qtbot, db_path)
    giulia = play(window, GIULIA)
    _token, _pin = insert_token(qtbot, window, giulia)
    tab, pin_dialog = login_with_token(qtbot, window)
    for _ in range(3):
        type_into(qtbot, pin_dialog, "PIN", "11112222")
        click(qtbot, pin_dialog, "OK")
    assert "Il token è bloccato" in pin_dialog.message_text()
    click(qtbot, pin_dialog, "Annulla")
    wallet = open_wallet(qtbot, window)
    qtbot.waitUntil(lambda: wallet.token_text().startswith("Token bloccato: PIN sbagliato 3 volte"))
    click_soon(qtbot, wallet, "Sblocca con il PUK")
    puk = wallet.puk_dialog
    qtbot.waitUntil(puk.isVisible)
    assert puk.windowTitle() == "Sblocco del token con il PUK"
    assert "busta ricevuta con il token" in texts(puk)
    type_into(qtbot, puk, "PUK", "00000000")
    type_into(qtbot, puk, "Nuovo PIN", "24680")
    type_into(qtbot, puk, "Conferma nuovo PIN", "24680")
    click(qtbot, puk, "Sblocca")
    assert "PUK errato" in puk.puk.error.text() and "il token non si potrà più usare" in puk.puk.error.text()
    type_into(qtbot, puk, "PUK", wallet.token_envelope()["puk"])
    click(qtbot, puk, "Sblocca")
    qtbot.waitUntil(lambda: not puk.isVisible())
    qtbot.waitUntil(lambda: "Il token è sbloccato e il nuovo PIN è attivo" in texts(wallet))
    assert wallet.token_text() == "Il token è nel computer."
    _tab, pin_dialog = login_with_token(qtbot, window)
    type_into(qtbot, pin_dialog, "PIN", "24680")
    click(qtbot, pin_dialog, "OK")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.codice_fiscale == cf_of(GIULIA)
