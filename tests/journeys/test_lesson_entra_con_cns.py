"""Lesson entra-con-cns (data/lessons/21-entra-con-cns.toml), done through the GUI as a
learner would: the CNS tab, the reader and the card in the Portafoglio, Accedi, the
certificate (the signature one first: the mistake is explained), the card's PIN."""
from __future__ import annotations

from tests.helpers import make_window, page, start_lesson, texts, type_into, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, press_in, understood
from ui.urls import MYINPS_URL

M = 7


def test_lesson_entra_con_cns(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "entra-con-cns")
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # the CNS tab
    assert page(window).current_tab_name() == "CNS"
    wallet = window.dock_panels["WalletDock"]
    connect = at_step(qtbot, window, 3, M)
    assert wallet.isAncestorOf(connect)
    press(qtbot, connect)  # Collega il lettore
    press(qtbot, at_step(qtbot, window, 4, M))  # Inserisci nel lettore
    qtbot.waitUntil(lambda: "Nel lettore c'è la tessera di Maria Bianchi" in wallet.reader_text(), timeout=3000)
    press(qtbot, at_step(qtbot, window, 5, M))  # Accedi
    tab = page(window).stack.currentWidget()
    qtbot.waitUntil(lambda: tab.cert_dialog is not None and tab.cert_dialog.isVisible(), timeout=3000)
    dialog = tab.cert_dialog
    right = at_step(qtbot, window, 6, M)
    assert dialog.isAncestorOf(right)
    # First the signature certificate, as many do: refused, and the tutor says why.
    wrong = next(r for r in dialog.radios.values() if r is not right)
    press(qtbot, wrong)
    press_in(qtbot, dialog, "OK")
    qtbot.waitUntil(lambda: "certificato di firma" in feedback(window), timeout=3000)
    at_step(qtbot, window, 6, M)
    press(qtbot, right)
    press_in(qtbot, dialog, "OK")
    at_step(qtbot, window, 7, M)
    pin = tab.pin_dialog
    qtbot.waitUntil(pin.isVisible, timeout=3000)
    type_into(qtbot, pin, "PIN", wallet.envelope()["pin"])
    press_in(qtbot, pin, "OK")
    wait_url(qtbot, window, MYINPS_URL)
    assert "Accesso con CNS" in texts(page(window))
    end = finished(qtbot, window, "Entrare in MyINPS con la Carta Nazionale dei Servizi")
    assert "Errori: 1" in end
