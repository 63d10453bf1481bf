"""Journeys: «Hai smarrito il PIN?» (issue 3, item 8) through the GUI.

- Luca Ferrari forgot his PIN: ripristino with his cellulare and e-mail, the two halves
  arrive by e-mail and SMS, first access with 16 characters, new PIN, MyINPS.
- Giovanni Conti requested a PIN but never used it: the ripristino is refused and sends
  him to the revoca (tessera sanitaria), after which a new request is possible."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton

from app.services import auth, pin as pin_service
from tests.helpers import cf_of, click, find, make_window, page, shot, texts, type_into, visible, wait_url
from ui.browser.router import LOGIN_URL, build_url
from ui.urls import LOST_PIN_URL, MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_NOTICE_URL, PIN_REQUEST_URL









def test_ripristino_then_first_access(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL, "--persona", "dipendente")
    wait_url(qtbot, window, LOGIN_URL)
    click(qtbot, page(window), "Hai smarrito il tuo PIN?")
    wait_url(qtbot, window, LOST_PIN_URL)
    shot(window, "pin_lost_choice")
    click(qtbot, page(window), "Ripristina il PIN")
    wait_url(qtbot, window, build_url(LOST_PIN_URL, azione="ripristino"))
    visible(qtbot, window, "Codice Fiscale")
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("dipendente"))
    type_into(qtbot, page(window), "Cellulare indicato nella richiesta del PIN", "347 987 6540")  # one digit wrong
    type_into(qtbot, page(window), "E-mail o PEC indicata nella richiesta del PIN", "luca.ferrari@posta.sim")
    click(qtbot, page(window), "Ripristina PIN")
    qtbot.waitUntil(lambda: "non corrispondono a quelli registrati" in texts(page(window)), timeout=3000)
    shot(window, "pin_ripristino_refused")
    type_into(qtbot, page(window), "Cellulare indicato nella richiesta del PIN", "347 987 6543")
    click(qtbot, page(window), "Ripristina PIN")
    qtbot.waitUntil(lambda: "Il PIN è stato ripristinato" in texts(page(window)), timeout=3000)
    shot(window, "pin_ripristino_done")

    mail = window.dock_panels["MailDock"]
    mail.show_folder("email")
    qtbot.waitUntil(lambda: len(mail.messages()) >= 1, timeout=3000)
    first = re.search(r"è:\s+([0-9A-F]{8})", mail.open_message(0)).group(1)
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: len(phone.messages()) >= 1, timeout=3000)
    second = re.search(r"nuovo PIN è ([0-9A-F]{8})", phone.open_message(0)).group(1)

    # The old PIN no longer works; the new one of 16 characters leads to the first access.
    click(qtbot, page(window), "Vai all'Autenticazione")
    wait_url(qtbot, window, LOGIN_URL)
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("dipendente"))
    type_into(qtbot, page(window), "PIN", "LUCA1968")
    click(qtbot, page(window), "Accedi")
    qtbot.waitUntil(lambda: "Le restano 4 tentativi" in texts(page(window)), timeout=3000)
    type_into(qtbot, page(window), "PIN", first + second)
    click(qtbot, page(window), "Accedi")
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    click(qtbot, page(window), "Avanti")
    visible(qtbot, window, "Nuovo PIN")
    type_into(qtbot, page(window), "Nuovo PIN", "Milano68")
    type_into(qtbot, page(window), "Conferma nuovo PIN", "Milano68")
    click(qtbot, page(window), "Conferma il nuovo PIN")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.codice_fiscale == cf_of("dipendente")


def test_never_used_pin_goes_to_revoca_then_new_request(qtbot, db_path, world):
    giovanni = auth.citizen_by_cf(cf_of("senza_credenziali"))
    pin_service.issue_initial_pin(world, giovanni, channel="online")  # requested, never used
    window = make_window(qtbot, db_path, "--start", build_url(LOST_PIN_URL, azione="ripristino"),
                         "--persona", "senza_credenziali")
    wait_url(qtbot, window, LOST_PIN_URL)
    visible(qtbot, window, "Codice Fiscale")
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("senza_credenziali"))
    type_into(qtbot, page(window), "Cellulare indicato nella richiesta del PIN", "3401239876")
    type_into(qtbot, page(window), "E-mail o PEC indicata nella richiesta del PIN", "giovanni.conti@posta.sim")
    click(qtbot, page(window), "Ripristina PIN")
    qtbot.waitUntil(lambda: "mai stato usato" in texts(page(window)), timeout=3000)
    visible(qtbot, window, "Revoca PIN", QAbstractButton)
    click(qtbot, page(window), "Revoca PIN")
    wait_url(qtbot, window, build_url(LOST_PIN_URL, azione="revoca"))
    visible(qtbot, window, "Numero della tessera sanitaria")
    card = auth.person_card(giovanni.id)
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("senza_credenziali"))
    type_into(qtbot, page(window), "Numero della tessera sanitaria", card["tessera_numero"][:-1])
    type_into(qtbot, page(window), "Data di scadenza della tessera sanitaria",
              card["tessera_scadenza"].strftime("%d/%m/%Y"))
    type_into(qtbot, page(window), "E-mail per la conferma", "giovanni.conti@posta.sim")
    click(qtbot, page(window), "Revoca PIN")
    qtbot.waitUntil(lambda: "ne ha scritte 19" in texts(page(window)), timeout=3000)
    type_into(qtbot, page(window), "Numero della tessera sanitaria", card["tessera_numero"])
    click(qtbot, page(window), "Revoca PIN")
    qtbot.waitUntil(lambda: "Il PIN è stato revocato" in texts(page(window)), timeout=3000)
    shot(window, "pin_revoca_done")
    click(qtbot, page(window), "Richiedi un nuovo PIN")
    wait_url(qtbot, window, PIN_REQUEST_URL)
    visible(qtbot, window, "Codice Fiscale")
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("senza_credenziali"))
    find(page(window), "Italiana", QAbstractButton).setChecked(True)
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Passo 2 di 3" in texts(page(window)), timeout=3000)
