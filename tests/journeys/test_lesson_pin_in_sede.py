"""Lesson pin-in-sede (data/lessons/08-pin-in-sede.toml) through the GUI as a learner would:
the Sede di Pavia page, the counter window, the MV35 (handed in unsigned first: returned,
a mistake), the identity document (the expired card first: refused, a mistake the tutor
explains), the sealed envelope, Esci dalla sede, the first access with its 16 characters
and the new PIN, MyINPS with the PIN dispositivo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from tests.helpers import cf_of, find, make_window, start_lesson, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, press_in, understood
from tests.journeys.pin_lesson_kit import log_in, new_pin, pin_in_envelope
from ui.browser.router import LOGIN_URL
from ui.urls import MYINPS_URL, PIN_FIRST_ACCESS_URL

M = 11
CF = cf_of("senza_credenziali")
EXPIRED = "Mostra: Carta d'identità n. AH9876543, rilasciata da Comune di Voghera, scade il 08/05/2011"


def test_lesson_pin_in_sede(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "pin-in-sede")
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # Vai allo sportello (simulazione)
    dialog = window.dock_panels["SedeDock"].dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)

    copy_mine = at_step(qtbot, window, 3, M)  # Copia i miei dati dalla Scheda personale
    assert dialog.isAncestorOf(copy_mine)
    press(qtbot, copy_mine)
    documents = find(dialog, "Copia i dati da un documento del portafoglio", QComboBox)
    documents.setCurrentIndex(documents.findText("AS2345678", flags=Qt.MatchFlag.MatchContains))
    press_in(qtbot, dialog, "Consegna il modulo allo sportello")  # not signed yet
    qtbot.waitUntil(lambda: "si ricordi di firmare" in feedback(window), timeout=3000)
    at_step(qtbot, window, 3, M)
    find(dialog, "Firmo il modulo (la firma va messa davanti all'operatore)", QCheckBox).setChecked(True)
    press_in(qtbot, dialog, "Consegna il modulo allo sportello")

    valid = at_step(qtbot, window, 4, M)
    press_in(qtbot, dialog, EXPIRED)
    qtbot.waitUntil(lambda: "Mostri la carta d'identità AS2345678" in feedback(window), timeout=3000)
    assert "scaduta" in dialog.feedback_text()
    valid = at_step(qtbot, window, 4, M)
    press(qtbot, valid)
    qtbot.waitUntil(lambda: "busta chiusa" in dialog.feedback_text(), timeout=3000)

    press(qtbot, at_step(qtbot, window, 5, M))  # Apri la busta
    qtbot.waitUntil(lambda: bool(window.pdf_viewers), timeout=3000)
    pin = pin_in_envelope(window.pdf_viewers[-1].data)
    window.pdf_viewers[-1].close()
    understood(qtbot, window, 6, M)
    press_in(qtbot, dialog, "Esci dalla sede")
    press(qtbot, at_step(qtbot, window, 7, M))  # Entra in MyINPS
    wait_url(qtbot, window, LOGIN_URL)
    at_step(qtbot, window, 8, M)
    log_in(qtbot, window, CF, pin)
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    press(qtbot, at_step(qtbot, window, 9, M))  # Avanti
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL + "?passo=nuovo")
    at_step(qtbot, window, 10, M)
    new_pin(qtbot, window, "Pavia018")
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current.method == "pin_dispositivo"
    understood(qtbot, window, 11, M)
    end = finished(qtbot, window, "Il PIN in sede (modello MV35)")
    assert "Errori: 2" in end
