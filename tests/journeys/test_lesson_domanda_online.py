"""Lesson domanda-online (data/lessons/26-domanda-online.toml), done through the GUI as a
learner would. Luca is in MyINPS with his PIN ordinario and his request of a PIN
dispositivo is under review (scenario conversione_in_lavorazione): the domanda is refused
and the tutor says why; a day later the e-mail confirms the PIN dispositivo; out, in
again, and the change of address is sent with the PIN dispositivo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit

from app.models import Application
from tests.helpers import cf_of, make_window, page, start_lesson, texts, type_into, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, press_in, understood
from ui.browser.router import LOGIN_URL
from ui.urls import DOMANDE_URL, LOGOUT_URL, MYINPS_URL, PIN_GATE_URL

M = 14


def test_lesson_domanda_online(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "domanda-online")
    assert window.session.current.method == "pin_ordinario"
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # Presentare una domanda
    wait_url(qtbot, window, DOMANDE_URL)
    press(qtbot, at_step(qtbot, window, 3, M))  # Modifica dati anagrafici, indirizzo e recapiti
    wait_url(qtbot, window, PIN_GATE_URL)
    assert "Per questa domanda serve il PIN dispositivo" in texts(page(window))
    understood(qtbot, window, 4, M)

    clock = window.dock_panels["ClockDock"]
    button = at_step(qtbot, window, 5, M)
    assert clock.isAncestorOf(button)
    panel = window.dock_panels["LessonDock"]
    assert window.tutor.step.wait == "1 giorno"
    assert "passare 1 giorno con l'Orologio" in panel.instruction_text() + panel.wait.text()
    press(qtbot, button)  # 1 giorno
    mail = window.dock_panels["MailDock"]
    listing = at_step(qtbot, window, 6, M)
    assert listing is mail.list
    index = next(i for i, m in enumerate(mail.messages()) if "ora dispositivo" in m.subject)
    assert "da ordinario è diventato dispositivo" in mail.open_message(index)

    press(qtbot, at_step(qtbot, window, 7, M))  # Esci
    wait_url(qtbot, window, LOGOUT_URL)
    press(qtbot, at_step(qtbot, window, 8, M))  # Entra di nuovo in MyINPS
    wait_url(qtbot, window, LOGIN_URL)
    field = at_step(qtbot, window, 9, M)
    assert isinstance(field, QLineEdit)
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("dipendente"))
    type_into(qtbot, page(window), "PIN", "LUCA1968")
    press_in(qtbot, page(window), "Accedi")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.method == "pin_dispositivo"

    press(qtbot, at_step(qtbot, window, 10, M))  # Presentare una domanda
    wait_url(qtbot, window, DOMANDE_URL)
    press(qtbot, at_step(qtbot, window, 11, M))  # the same domanda: now it opens
    civico = at_step(qtbot, window, 12, M)
    assert isinstance(civico, QLineEdit) and civico.text() == "88"
    civico.clear()
    qtbot.keyClicks(civico, "120")
    press_in(qtbot, page(window), "Avanti")
    press(qtbot, at_step(qtbot, window, 13, M))  # Avanti: the contacts are right
    at_step(qtbot, window, 14, M)
    # the form's own "Passo 3 di 3", with the new civico in the riepilogo
    qtbot.waitUntil(lambda: "Passo 3 di 3" in texts(page(window)) and "120" in texts(page(window)).split("\n"),
                    timeout=3000)
    press_in(qtbot, page(window), "Invia domanda")  # without the tick: refused, and explained
    qtbot.waitUntil(lambda: "dichiarazione" in feedback(window), timeout=3000)
    tick = next(w for w in page(window).findChildren(QCheckBox) if w.isVisible())
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    press(qtbot, at_step(qtbot, window, 14, M))  # Invia domanda
    end = finished(qtbot, window, "Presentare una domanda online")
    assert "Errori: 1" in end
    sent = Application.get(Application.kind == "variazione_anagrafica")
    assert sent.state == "presentata" and '"civico": "120"' in sent.data_json
    qtbot.waitUntil(lambda: "Domanda inviata" in texts(page(window)), timeout=3000)
    assert sent.protocol in texts(page(window))
