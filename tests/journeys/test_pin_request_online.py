"""Journey (issue 3, "Done when"): a new persona (Giovanni Conti, key senza_credenziali)
requests a PIN online, reads the SMS in the phone dock, moves the clock two weeks, opens
the letter, logs in with 16 characters, chooses the new PIN and lands in MyINPS as
ordinario. All through the GUI, as a learner would."""
from __future__ import annotations

import io
import re

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QRadioButton

from app.services import personas
from app.services import pin as pin_service
from app.services import pin_request as request_service
from tests.helpers import click, find, make_window, page, shot, texts, type_into, visible, wait_url
from ui.browser.router import LOGIN_URL, PIN_MENU_URL
from ui.urls import MYINPS_URL, PIN_FIRST_ACCESS_URL, PIN_NOTICE_URL, PIN_REQUEST_URL

GIOVANNI = personas.persona("senza_credenziali")
CF = personas.codice_fiscale_of(GIOVANNI)






def choose(qtbot, window, name: str) -> None:
    radio = visible(qtbot, window, name, QRadioButton)
    radio.setChecked(True)


def fill_step2(qtbot, window, **over) -> None:
    values = {
        "Cognome *": "Conti", "Nome *": "Giovanni", "Data di nascita *": "08/05/1957",
        "Comune di nascita *": "Voghera", "Provincia di nascita (sigla)": "PV",
        "Indirizzo (via o piazza) *": "Via Emilia", "Numero civico *": "17", "CAP *": "27058",
        "Comune *": "Voghera", "Provincia (sigla) *": "PV", "Cellulare": "3401239876",
        "Telefono fisso": "0383445566", "E-mail": "giovanni.conti@posta.sim",
    }
    values.update(over)
    visible(qtbot, window, "Cognome *")
    choose(qtbot, window, "Maschio")
    for name, value in values.items():
        type_into(qtbot, page(window), name, value)


def request_pin_through_the_portal(qtbot, window) -> None:
    click(qtbot, page(window), "Richiedi e gestisci il tuo PIN")
    wait_url(qtbot, window, PIN_MENU_URL)
    shot(window, "pin_menu")
    click(qtbot, page(window), "RICHIEDI PIN")
    wait_url(qtbot, window, PIN_REQUEST_URL)
    assert "Passo 1 di 3" in texts(page(window))
    visible(qtbot, window, "Codice Fiscale")
    # Passo 1: a typo in the codice fiscale first.
    type_into(qtbot, page(window), "Codice Fiscale", CF[:-1] + ("A" if CF[-1] != "A" else "B"))
    choose(qtbot, window, "Italiana")
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "carattere di controllo" in texts(page(window)), timeout=2000)
    shot(window, "pin_request_step1_error")
    type_into(qtbot, page(window), "Codice Fiscale", CF.lower())
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Passo 2 di 3" in texts(page(window)), timeout=2000)
    # Passo 2: forgets the e-mail and writes a CAP of 4 digits.
    fill_step2(qtbot, window, **{"E-mail": "", "CAP *": "2705"})
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Ci sono 2 dati da correggere" in texts(page(window)), timeout=2000)
    shown = texts(page(window))
    assert "altrimenti la richiesta non può andare avanti" in shown
    assert "Ci sono 2 dati da correggere" in shown and "5 cifre" in shown
    assert find(page(window), "Cognome *", QLineEdit).text() == "Conti"  # typed text kept
    shot(window, "pin_request_step2_errors")
    type_into(qtbot, page(window), "E-mail", "giovanni.conti@posta.sim")
    type_into(qtbot, page(window), "CAP *", "27058")
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Passo 3 di 3" in texts(page(window)), timeout=2000)
    visible(qtbot, window, "Conferma", QAbstractButton)
    assert "VIA EMILIA" in texts(page(window)).upper() and CF in texts(page(window))
    shot(window, "pin_request_step3")
    # «Conferma» goes back to correct (seed 002), everything still there.
    click(qtbot, page(window), "Conferma")
    qtbot.waitUntil(lambda: "Passo 2 di 3" in texts(page(window)), timeout=2000)
    assert visible(qtbot, window, "E-mail").text() == "giovanni.conti@posta.sim"
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Passo 3 di 3" in texts(page(window)), timeout=2000)
    visible(qtbot, window, "Conferma", QAbstractButton)
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: request_service.OUTCOME_MESSAGE in texts(page(window)), timeout=3000)
    shot(window, "pin_request_outcome")


def test_new_persona_requests_a_pin_online_and_enters_myinps(qtbot, journey_db):
    window = make_window(qtbot, journey_db, "--start", LOGIN_URL, "--persona", "senza_credenziali")
    wait_url(qtbot, window, LOGIN_URL)
    request_pin_through_the_portal(qtbot, window)

    # The SMS from InpsInforma in the phone dock.
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: len(phone.messages()) >= 1, timeout=3000)
    sms = phone.open_message(0)
    assert "InpsInforma" in sms or phone.messages()[0].sender == "InpsInforma"
    first = re.search(r"prima parte del suo PIN è ([0-9A-F]{8})", sms).group(1)
    shot(window, "pin_phone_sms")

    # Two weeks later the letter is in the Cassetta postale.
    clock = window.dock_panels["ClockDock"]
    letterbox = window.dock_panels["LetterboxDock"]
    assert not letterbox.letters()
    clock.advance("2 settimane")
    qtbot.waitUntil(lambda: len(letterbox.letters()) >= 1, timeout=3000)
    viewer = letterbox.open_letter(0)
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(viewer.data)).pages)
    second = re.search(r"([0-9A-F](?: [0-9A-F]){7})", text).group(1).replace(" ", "")
    shot(window, "pin_letter")

    # First access with 16 characters.
    window.navigate(LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    type_into(qtbot, page(window), "Codice Fiscale", CF)
    type_into(qtbot, page(window), "PIN", first + second)
    click(qtbot, page(window), "Accedi")
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    shown = texts(page(window))
    assert pin_service.FIRST_ACCESS_TEXT in shown and "Dlgs 196/2003" in shown
    shot(window, "pin_first_access")
    click(qtbot, page(window), "Avanti")
    visible(qtbot, window, "Nuovo PIN")
    type_into(qtbot, page(window), "Nuovo PIN", CF[:8])  # part of his own codice fiscale
    type_into(qtbot, page(window), "Conferma nuovo PIN", CF[:8])
    click(qtbot, page(window), "Conferma il nuovo PIN")
    qtbot.waitUntil(lambda: "parte del suo codice fiscale" in texts(page(window)), timeout=2000)
    shot(window, "pin_new_pin_error")
    type_into(qtbot, page(window), "Nuovo PIN", "Oltrepo7")
    type_into(qtbot, page(window), "Conferma nuovo PIN", "OLTREPO7")
    click(qtbot, page(window), "Conferma il nuovo PIN")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    assert pin_service.NOT_DISPOSITIVO_NOTICE in texts(page(window))
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.method == "pin_ordinario"
    assert window.session.current.codice_fiscale == CF
    shot(window, "pin_myinps")
