"""Lesson pin-dispositivo-online (data/lessons/05-pin-dispositivo-online.toml) through the GUI
as a learner would: Richiedi e gestisci il tuo PIN, Vuoi il PIN dispositivo?, Converti PIN,
the login with the PIN ordinario, the data and the patente, the form saved in the Documenti
folder, printed, dated and signed at the Scrivania, the patente on the glass, the scan (the
form alone first: a mistake), the upload through the in-program chooser (two files first:
refused, a mistake), 1 giorno, the e-mail, «Ricarica» and «già di tipo dispositivo»."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox

from app.services import pin as pin_service
from app.services import pin_conversion
from tests.helpers import cf_of, click, find, make_window, page, start_lesson, texts, type_into, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, understood
from tests.journeys.pin_lesson_kit import log_in, open_first_message
from ui.browser.router import PIN_MENU_URL
from ui.urls import PIN_CONVERT_URL, PIN_DISPOSITIVO_URL

M = 17
CF = cf_of("dipendente")


def test_lesson_pin_dispositivo_online(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "pin-dispositivo-online")
    understood(qtbot, window, 1, M)
    press(qtbot, at_step(qtbot, window, 2, M))  # Richiedi e gestisci il tuo PIN
    wait_url(qtbot, window, PIN_MENU_URL)
    press(qtbot, at_step(qtbot, window, 3, M))  # VUOI IL PIN DISPOSITIVO?
    wait_url(qtbot, window, PIN_DISPOSITIVO_URL)
    press(qtbot, at_step(qtbot, window, 4, M))  # CONVERTI PIN
    wait_url(qtbot, window, PIN_CONVERT_URL)
    at_step(qtbot, window, 5, M)
    log_in(qtbot, window, CF, "LUCA1968")

    confirm = at_step(qtbot, window, 6, M)
    assert isinstance(confirm, QCheckBox)
    confirm.setChecked(True)
    kind = find(page(window), "Tipo di documento", QComboBox)
    kind.setCurrentIndex(kind.findData("patente"))
    type_into(qtbot, page(window), "Numero del documento", "U1M68F902K")
    type_into(qtbot, page(window), "Rilasciato da", "MIT-UCO")
    type_into(qtbot, page(window), "Data di scadenza", "20/06/2025")
    click(qtbot, page(window), "Avanti")

    press(qtbot, at_step(qtbot, window, 7, M))  # Salva il modulo sul computer
    qtbot.waitUntil(lambda: "Modulo salvato nella cartella «Documenti»" in texts(page(window)), timeout=3000)
    desk = window.dock_panels["DeskDock"]
    printer = at_step(qtbot, window, 8, M)  # the tutor brings the Scrivania forward
    assert desk.isAncestorOf(printer)
    press(qtbot, printer)
    press(qtbot, at_step(qtbot, window, 9, M))  # Data e firma
    assert desk.sheets()[0].signature == "Luca Ferrari"
    press(qtbot, at_step(qtbot, window, 10, M))  # Metti sul vetro dello scanner
    assert [s.kind for s in desk.sheets()] == ["printed", "id_copy"]

    scan = at_step(qtbot, window, 11, M)
    desk.sheet_boxes[1].setChecked(False)  # the form alone first
    press(qtbot, scan)
    qtbot.waitUntil(lambda: "Spunti tutti e due i fogli" in feedback(window), timeout=3000)
    scan = at_step(qtbot, window, 11, M)
    desk.sheet_boxes[1].setChecked(True)
    press(qtbot, scan)
    qtbot.waitUntil(lambda: "richiesta_pin_dispositivo_con_documento.pdf" in desk.message(), timeout=3000)

    press(qtbot, at_step(qtbot, window, 12, M))  # Avanti: carica il file
    wait_url(qtbot, window, PIN_CONVERT_URL + "?passo=carica")
    right = at_step(qtbot, window, 13, M)
    chooser = page(window).chooser
    assert chooser.isAncestorOf(right)
    assert chooser.names()[0] == "richiesta_pin_dispositivo_con_documento.pdf"
    assert "scansione_modulo.pdf" in chooser.names()
    # Two files ticked: refused, the file must be one.
    chooser.choose("scansione_modulo.pdf")
    press(qtbot, right)
    click(qtbot, page(window), "Carica il file")
    qtbot.waitUntil(lambda: "Scelga un solo file" in feedback(window), timeout=3000)
    assert "devono stare in un unico file PDF" in texts(page(window))
    at_step(qtbot, window, 13, M)
    find(page(window), "scansione_modulo.pdf", QCheckBox).setChecked(False)
    click(qtbot, page(window), "Carica il file")
    qtbot.waitUntil(lambda: "Il file è stato caricato correttamente" in texts(page(window)), timeout=3000)

    press(qtbot, at_step(qtbot, window, 14, M))  # Orologio: 1 giorno
    luca = pin_service.citizen_by_cf(CF)
    assert pin_service.active_pin(luca).kind == "dispositivo"
    mail = window.dock_panels["MailDock"]
    open_first_message(qtbot, at_step(qtbot, window, 15, M))
    qtbot.waitUntil(lambda: "dispositivo" in mail.opened_text(), timeout=3000)
    reload_button = at_step(qtbot, window, 16, M)  # the toolbar's Ricarica
    assert window.toolbar.isAncestorOf(reload_button)
    press(qtbot, reload_button)
    qtbot.waitUntil(lambda: pin_conversion.ALREADY_DISPOSITIVO in texts(page(window)), timeout=3000)
    understood(qtbot, window, 17, M)
    end = finished(qtbot, window, "Il PIN dispositivo online (Converti PIN)")
    assert "Errori: 2" in end
