"""Lesson entra-con-spid (data/lessons/20-entra-con-spid.toml), done through the GUI as a
learner would: Entra in MyINPS, the SPID tab, Entra con SPID, AquilaID, the credentials
from the Portafoglio, the SMS on the phone, the code, the consent, Prosegui."""
from __future__ import annotations

import re

from tests.helpers import make_window, page, start_lesson, texts, type_into, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, press_in, understood
from ui.browser.router import LOGIN_URL
from ui.urls import MYINPS_URL

M = 10


def _credentials(qtbot, window, password: str) -> None:
    type_into(qtbot, page(window), "Nome utente", "maria.bianchi")
    type_into(qtbot, page(window), "Password", password)
    press_in(qtbot, page(window), "Invia")


def _to_credentials(qtbot, window) -> None:
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # Entra in MyINPS
    wait_url(qtbot, window, LOGIN_URL)
    press(qtbot, at_step(qtbot, window, 3, M))  # the SPID tab
    press(qtbot, at_step(qtbot, window, 4, M))  # Entra con SPID
    press(qtbot, at_step(qtbot, window, 5, M))  # AquilaID, wherever the random order puts it
    qtbot.waitUntil(lambda: "/login?flow=" in window.current_tab().url, timeout=3000)
    at_step(qtbot, window, 6, M)


def test_lesson_entra_con_spid(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "entra-con-spid")
    _to_credentials(qtbot, window)
    wallet = window.dock_panels["WalletDock"]
    password = next(c["password"] for c in wallet.spid_credentials() if c["username"] == "maria.bianchi")
    _credentials(qtbot, window, password)
    phone_list = at_step(qtbot, window, 7, M)
    phone = window.dock_panels["PhoneDock"]
    assert phone_list is phone.list
    qtbot.waitUntil(lambda: bool(phone.messages()), timeout=3000)
    code = re.search(r"\b(\d{6})\b", phone.open_message(0)).group(1)  # what a click on the SMS does
    at_step(qtbot, window, 8, M)
    type_into(qtbot, page(window), "Codice", code)
    press_in(qtbot, page(window), "Invia")
    press(qtbot, at_step(qtbot, window, 9, M))  # Autorizza l'invio dei dati
    press(qtbot, at_step(qtbot, window, 10, M))  # Prosegui
    wait_url(qtbot, window, MYINPS_URL)
    assert "Accesso con SPID livello 2" in texts(page(window))
    end = finished(qtbot, window, "Entrare in MyINPS con SPID")
    assert "Complimenti!" in end and "Errori: 0" in end


def test_a_wrong_password_is_explained_and_counted(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "entra-con-spid")
    _to_credentials(qtbot, window)
    _credentials(qtbot, window, "girasole48")
    qtbot.waitUntil(lambda: "non sono giusti" in feedback(window), timeout=3000)
    assert "dopo 5 tentativi sbagliati" in feedback(window)
    at_step(qtbot, window, 6, M)  # still the same step
    assert window.tutor.session.runner.state.mistakes == 1
