"""Issue 4 journeys through the GUI: SPID (SMS code, app approval, lock-out, consent
refused), CNS (certificate and PIN, card blocked and unblocked with the PUK), what
each way of entering allows, and the session's inactivity warning and time-out."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QRadioButton

from app.services import auth, personas
from app.services import session as sessmod
from app.services.errors import ServiceError
from tests.helpers import click, find, login_as, make_window, page, texts, type_into, wait_url
from ui.browser.router import LOGIN_URL, build_url
from ui.urls import DOMANDE_URL, FASCICOLO_URL, MYINPS_URL, PIN_GATE_URL

MARIA = ("pensionata", "AquilaID", "maria.bianchi", "Girasole.48")  # SMS
GIULIA = ("gestione_separata", "FaroID", "giulia.romano", "Portici.2018")  # app
MARCO = ("omocodia", "ColleID", "marco.russo", "Colosseo.79")  # SMS; PIN ordinario TEVERE79


def citizen_id(persona_key: str) -> int:
    return auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(persona_key))).id


def play(window, persona_key: str) -> None:
    """The learner picks who they are in "Io sono" (the docks show that person's world)."""
    combo = window.person_combo
    combo.setCurrentIndex(combo.findData(citizen_id(persona_key)))


def open_provider(qtbot, window, who, uri: str = "") -> None:
    window.navigate(build_url(LOGIN_URL, tab="SPID", uri=uri or None))
    wait_url(qtbot, window, LOGIN_URL)
    click(qtbot, page(window), "Entra con SPID")
    click(qtbot, page(window), who[1])
    qtbot.waitUntil(lambda: "/login?flow=" in window.current_tab().url)
    assert "Servizio: INPS" in texts(page(window))
    assert "SPID · Livello 2" in texts(page(window))


def send_credentials(qtbot, window, username: str, password: str) -> None:
    type_into(qtbot, page(window), "Nome utente", username)
    type_into(qtbot, page(window), "Password", password)
    click(qtbot, page(window), "Invia")


def step(window) -> str:
    url = window.current_tab().url
    return url.split("://", 1)[1].split("/", 1)[1].split("?", 1)[0]


def wait_step(qtbot, window, name: str) -> None:
    qtbot.waitUntil(lambda: step(window) == name, timeout=3000)


def authorize_and_transfer(qtbot, window, target: str = MYINPS_URL) -> None:
    wait_step(qtbot, window, "consenso")
    shown = texts(page(window))
    assert "Autorizzi l'invio dei dati?" in shown
    for attribute in ("Codice identificativo", "Codice fiscale", "Cognome", "Nome", "Sesso",
                      "Data di nascita", "Luogo di nascita"):
        assert attribute in shown
    click(qtbot, page(window), "Autorizza l'invio dei dati")
    wait_step(qtbot, window, "trasferimento")
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, target)


def sms_code(qtbot, window) -> str:
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: bool(phone.messages()))
    text = phone.open_message(0)
    return re.search(r"\b(\d{6})\b", text).group(1)


# --- SPID --------------------------------------------------------------------------------


def test_spid_login_with_the_sms_code_read_on_the_phone(qtbot, journey_db):
    window = make_window(qtbot, journey_db)
    play(window, MARIA[0])
    window.navigate(FASCICOLO_URL)  # a page that needs a login: Autenticazione first, and back afterwards
    wait_url(qtbot, window, LOGIN_URL)
    assert "uri=" in window.current_tab().url
    page(window).select_tab("SPID")
    click(qtbot, page(window), "Entra con SPID")
    click(qtbot, page(window), MARIA[1])
    qtbot.waitUntil(lambda: "/login?flow=" in window.current_tab().url)
    assert "Servizio: INPS" in texts(page(window))
    send_credentials(qtbot, window, MARIA[2], MARIA[3])
    wait_step(qtbot, window, "otp")
    assert "codice temporaneo ricevuto via sms" in texts(page(window))
    code = sms_code(qtbot, window)
    type_into(qtbot, page(window), "Codice", code)
    click(qtbot, page(window), "Invia")
    authorize_and_transfer(qtbot, window, FASCICOLO_URL)
    session = window.session.current
    assert session.method == "spid" and session.spid_level == 2
    assert session.display_name == "Maria Bianchi"
    window.navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    assert "Accesso con SPID livello 2" in texts(page(window))


def test_spid_invia_di_nuovo_then_the_newest_code(qtbot, db_path):
    window = make_window(qtbot, db_path)
    play(window, MARIA[0])
    open_provider(qtbot, window, MARIA)
    send_credentials(qtbot, window, MARIA[2], MARIA[3])
    wait_step(qtbot, window, "otp")
    type_into(qtbot, page(window), "Codice", "12ab")
    click(qtbot, page(window), "Invia")
    assert "6 cifre" in texts(page(window))
    click(qtbot, page(window), "Invia di nuovo")
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: len(phone.messages()) == 2)
    code = sms_code(qtbot, window)
    type_into(qtbot, page(window), "Codice", code)
    click(qtbot, page(window), "Invia")
    wait_step(qtbot, window, "consenso")


def test_spid_login_approved_in_the_providers_app(qtbot, db_path):
    window = make_window(qtbot, db_path)
    play(window, GIULIA[0])
    open_provider(qtbot, window, GIULIA)
    send_credentials(qtbot, window, GIULIA[2], GIULIA[3])
    wait_step(qtbot, window, "otp")
    assert "Come vuoi ricevere il codice temporaneo (otp)?" in texts(page(window))
    click(qtbot, page(window), "Utilizza l'App")
    qtbot.waitUntil(lambda: "metodo=app" in window.current_tab().url)
    click(qtbot, page(window), "Continua")  # too early: not approved yet
    assert "non è ancora stata approvata" in texts(page(window))
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: bool(phone.messages()))
    assert "INPS" in phone.open_message(0)
    assert "approvato" in phone.press_action("Approva")
    authorize_and_transfer(qtbot, window)  # the page went on by itself after the approval
    assert window.session.current.method == "spid"


def test_spid_refused_in_the_app_is_error_25(qtbot, db_path):
    window = make_window(qtbot, db_path)
    play(window, GIULIA[0])
    open_provider(qtbot, window, GIULIA)
    send_credentials(qtbot, window, GIULIA[2], GIULIA[3])
    wait_step(qtbot, window, "otp")
    click(qtbot, page(window), "Utilizza l'App")
    qtbot.waitUntil(lambda: "metodo=app" in window.current_tab().url)
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: bool(phone.messages()))
    phone.open_message(0)
    phone.press_action("Rifiuta")
    wait_step(qtbot, window, "errore")
    assert "ErrorCode nr25" in texts(page(window))
    assert window.session.current is None


def test_spid_wrong_password_until_locked(qtbot, db_path):
    window = make_window(qtbot, db_path)
    play(window, MARIA[0])
    open_provider(qtbot, window, MARIA)
    for left in (4, 3, 2, 1):
        send_credentials(qtbot, window, MARIA[2], "Tulipano.1")
        expected = "Ti resta ancora 1 tentativo" if left == 1 else f"Ti restano ancora {left} tentativi"
        qtbot.waitUntil(lambda e=expected: e in texts(page(window)))
        assert find(page(window), "Nome utente", QLineEdit).text() == MARIA[2]  # typed text is kept
    send_credentials(qtbot, window, MARIA[2], "Tulipano.1")
    wait_step(qtbot, window, "errore")
    shown = texts(page(window))
    assert "Ops!" in shown and "ErrorCode nr19" in shown and "bloccata" in shown
    click(qtbot, page(window), "Continua")
    wait_url(qtbot, window, LOGIN_URL)
    # the right password now meets the locked identity
    open_provider(qtbot, window, MARIA)
    send_credentials(qtbot, window, MARIA[2], MARIA[3])
    wait_step(qtbot, window, "errore")
    assert "ErrorCode nr23" in texts(page(window))


def test_spid_consent_refused(qtbot, db_path):
    window = make_window(qtbot, db_path)
    play(window, MARCO[0])
    open_provider(qtbot, window, MARCO)
    send_credentials(qtbot, window, MARCO[2], MARCO[3])
    wait_step(qtbot, window, "otp")
    type_into(qtbot, page(window), "Codice", sms_code(qtbot, window))
    click(qtbot, page(window), "Invia")
    wait_step(qtbot, window, "consenso")
    click(qtbot, page(window), "Annulla")
    wait_step(qtbot, window, "errore")
    shown = texts(page(window))
    assert "Consenso negato" in shown and "ErrorCode nr22" in shown
    assert window.session.current is None
    click(qtbot, page(window), "Continua")
    wait_url(qtbot, window, LOGIN_URL)
    assert page(window).current_tab_name() == "SPID"


def test_spid_help_pages_are_real_pages(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.navigate(build_url(LOGIN_URL, tab="SPID"))
    wait_url(qtbot, window, LOGIN_URL)
    click(qtbot, page(window), "Entra con SPID")
    for link, words in (("Maggiori informazioni", "livelli di sicurezza"), ("Non hai SPID?", "Cosa ti serve"),
                        ("Serve aiuto?", "AquilaID")):
        click(qtbot, page(window), link)
        qtbot.waitUntil(lambda: "spid.gov.it" in window.current_tab().url)
        assert words in texts(page(window))
        window.go_back()
        wait_url(qtbot, window, LOGIN_URL)
        if not find(page(window), "Entra con SPID").isChecked():
            click(qtbot, page(window), "Entra con SPID")


# --- CNS -----------------------------------------------------------------------------------


def click_soon(qtbot, parent, name: str) -> None:
    """Click a button that a refresh is about to show (widgets appear on the next turn)."""
    def shown() -> bool:
        try:
            find(parent, name, QAbstractButton)
        except LookupError:
            return False
        return True

    qtbot.waitUntil(shown)
    click(qtbot, parent, name)


def cns_ready(qtbot, window, persona_key: str = "pensionata"):
    play(window, persona_key)
    window.show_dock("WalletDock")
    wallet = window.dock_panels["WalletDock"]
    click_soon(qtbot, wallet, "Collega il lettore")
    qtbot.waitUntil(lambda: "collegato al computer e" in wallet.reader_text())
    click_soon(qtbot, wallet, "Inserisci nel lettore")
    qtbot.waitUntil(lambda: "Nel lettore c'è la tessera" in wallet.reader_text())
    return wallet


def cns_tab(qtbot, window):
    window.navigate(build_url(LOGIN_URL, tab="CNS"))
    wait_url(qtbot, window, LOGIN_URL)
    return page(window).stack.currentWidget()


def test_cns_with_the_right_certificate_and_pin(qtbot, journey_db):
    window = make_window(qtbot, journey_db)
    tab = cns_tab(qtbot, window)
    click(qtbot, page(window), "Accedi")
    qtbot.waitUntil(lambda: "Nessun lettore di smart card" in texts(page(window)))
    cns_ready(qtbot, window)
    tab = cns_tab(qtbot, window)
    click(qtbot, page(window), "Accedi")
    dialog = tab.cert_dialog
    qtbot.waitUntil(dialog.isVisible)
    cf = personas.codice_fiscale_of(personas.persona("pensionata"))
    qtbot.mouseClick(find(dialog, "MARIA BIANCHI", QRadioButton), Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "OK")
    qtbot.waitUntil(lambda: "certificato di firma" in texts(dialog))
    assert dialog.isVisible()
    qtbot.mouseClick(find(dialog, cf, QRadioButton), Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "OK")
    pin = tab.pin_dialog
    qtbot.waitUntil(pin.isVisible)
    type_into(qtbot, pin, "PIN", "12345")
    click(qtbot, pin, "OK")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.method == "cns"
    assert "Accesso con CNS" in texts(page(window))


def test_cns_card_blocked_then_unblocked_with_the_puk(qtbot, db_path):
    window = make_window(qtbot, db_path)
    wallet = cns_ready(qtbot, window)
    tab = cns_tab(qtbot, window)
    click(qtbot, page(window), "Accedi")
    dialog = tab.cert_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.choose("autenticazione")
    click(qtbot, dialog, "OK")
    pin = tab.pin_dialog
    qtbot.waitUntil(pin.isVisible)
    for expected in ("Ti restano ancora 2 tentativi", "Ti resta ancora 1 tentativo"):
        type_into(qtbot, pin, "PIN", "99999")
        click(qtbot, pin, "OK")
        assert expected in pin.pin.error.text()
    type_into(qtbot, pin, "PIN", "99999")
    click(qtbot, pin, "OK")
    assert "La carta è bloccata" in pin.message_text()
    qtbot.waitUntil(lambda: "bloccata" in texts(wallet))
    envelope = wallet.envelope()
    click(qtbot, pin, "Sblocca con il PUK")
    puk = pin.puk_dialog
    qtbot.waitUntil(puk.isVisible)
    type_into(qtbot, puk, "PUK", "00000000")
    type_into(qtbot, puk, "Nuovo PIN", "54321")
    type_into(qtbot, puk, "Conferma nuovo PIN", "54321")
    click(qtbot, puk, "Sblocca")
    assert "PUK errato" in puk.puk.error.text()
    type_into(qtbot, puk, "PUK", envelope["puk"])
    click(qtbot, puk, "Sblocca")
    qtbot.waitUntil(lambda: not puk.isVisible())
    assert "sbloccata" in pin.message_text()
    type_into(qtbot, pin, "PIN", "54321")
    click(qtbot, pin, "OK")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.method == "cns"


# --- What each way of entering allows ----------------------------------------------------------


def test_pin_ordinario_refused_at_a_domanda_then_spid_allows_it(qtbot, db_path):
    """The domanda page (ui/pages/domande.py) sends a PIN ordinario to the gate page
    (ui/pages/pin_gate.py); from there SPID logs in again and comes back to the domanda."""
    window = make_window(qtbot, db_path)
    play(window, MARCO[0])
    window.navigate(LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    type_into(qtbot, page(window), "Codice Fiscale", personas.codice_fiscale_of(personas.persona(MARCO[0])))
    type_into(qtbot, page(window), "PIN", "TEVERE79")
    click(qtbot, page(window), "Accedi")
    qtbot.waitUntil(lambda: window.session.current is not None)
    assert window.session.current.method == "pin_ordinario"
    with pytest.raises(ServiceError, match="PIN ordinario"):
        sessmod.require_dispositivo(window.session.current)
    domanda = build_url(DOMANDE_URL, servizio="variazione_anagrafica")
    window.navigate(domanda)
    wait_url(qtbot, window, PIN_GATE_URL)
    assert "Per questa domanda serve il PIN dispositivo" in texts(page(window))
    click(qtbot, page(window), "Entra con SPID o CNS")
    wait_url(qtbot, window, LOGIN_URL)
    assert page(window).current_tab_name() == "SPID"
    click(qtbot, page(window), "Entra con SPID")
    click(qtbot, page(window), MARCO[1])
    qtbot.waitUntil(lambda: "/login?flow=" in window.current_tab().url)
    send_credentials(qtbot, window, MARCO[2], MARCO[3])
    wait_step(qtbot, window, "otp")
    type_into(qtbot, page(window), "Codice", sms_code(qtbot, window))
    click(qtbot, page(window), "Invia")
    authorize_and_transfer(qtbot, window, domanda)  # back to the domanda, now allowed
    assert window.session.current.method_label == "SPID livello 2"
    assert sessmod.require_dispositivo(window.session.current)
    qtbot.waitUntil(lambda: "Modifica dati anagrafici" in texts(page(window)))
    assert window.current_tab().url.startswith(domanda)


# --- Inactivity ------------------------------------------------------------------------------


class FakeTime:
    def __init__(self):
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_inactivity_warning_extend_then_time_out(qtbot, db_path):
    window = make_window(qtbot, db_path)
    login_as(window, "pensionata", "spid", spid_level=2)
    window.navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    watcher = window.session_timeout
    clock = FakeTime()
    watcher.now = clock
    watcher.policy = sessmod.InactivityPolicy(idle_seconds=120, warning_seconds=30)
    watcher.activity()
    clock.t += 60
    assert watcher.tick() == "active" and not watcher.dialog.isVisible()
    clock.t += 35  # 95 s idle: 25 s left
    assert watcher.tick() == "warning"
    dialog = watcher.dialog
    assert dialog.isVisible() and "tra 25 secondi" in texts(dialog)
    click(qtbot, dialog, "Continua la sessione")  # one click extends
    assert not dialog.isVisible() and window.session.current is not None
    clock.t += 100
    assert watcher.tick() == "warning"
    clock.t += 25
    assert watcher.tick() == "expired"
    assert window.session.current is None
    assert dialog.isVisible() and "Sessione scaduta" in texts(dialog)
    wait_url(qtbot, window, LOGIN_URL)  # MyINPS needs a login: Autenticazione, and back afterwards
    assert "uri=" in window.current_tab().url
    kinds = [e.kind for e in window.world.events.recent(40)]
    assert "session.extended" in kinds and "session.closed" in kinds
    click(qtbot, dialog, "Entra di nuovo")
    assert not dialog.isVisible()
    wait_url(qtbot, window, LOGIN_URL)
