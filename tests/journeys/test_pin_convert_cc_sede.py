"""Journeys (issue 3, "Done when"), through the GUI as a learner would:
- the conversion of a PIN ordinario to dispositivo with the single-PDF upload, after a refused
  upload (the form scanned without the document), then the e-mail and "già dispositivo";
- the Contact Center call that issues a PIN ordinario;
- the sede visit: the citizen's expired document refused, then the envelope; and the counter
  operator who must refuse an expired document.
Files are chosen inside the world: the form is saved in the «Documenti» folder of the
simulated computer, the desk prints from there through the in-program chooser, the scans go
there, and the upload picks from there (no operating system dialog)."""
from __future__ import annotations


from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from app.services import personas
from app.services import pin as pin_service
from app.services import pin_conversion
from tests.helpers import find, make_window, page, shot, texts, type_into, wait_url
from ui.browser.router import PIN_MENU_URL
from ui.urls import PIN_CONVERT_URL, PIN_DISPOSITIVO_URL, SEDE_URL

LUCA = personas.persona("dipendente")
LUCA_CF = personas.codice_fiscale_of(LUCA)
GIOVANNI = personas.persona("senza_credenziali")
GIOVANNI_CF = personas.codice_fiscale_of(GIOVANNI)




def shown_text(qtbot, window, fragment: str, timeout: int = 3000) -> None:
    qtbot.waitUntil(lambda: fragment in texts(page(window)), timeout=timeout)


def widget(qtbot, parent_getter, name: str, cls):
    found = []

    def ready():
        try:
            found[:] = [find(parent_getter(), name, cls)]
            return True
        except LookupError:
            return False

    qtbot.waitUntil(ready, timeout=3000)
    return found[0]


def press(qtbot, parent, name: str) -> None:
    """Click the button `name` once it is shown (new widgets appear on the next loop turn)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    getter = parent if callable(parent) and not hasattr(parent, "findChildren") else (lambda: parent)
    button = widget(qtbot, getter, name, QAbstractButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_in(qtbot, parent, name: str, text: str) -> None:
    """Type into the field `name` once it is shown."""
    edit = widget(qtbot, lambda: parent, name, QLineEdit)
    edit.clear()
    qtbot.keyClicks(edit, text)


def choose_combo(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_conversion_to_dispositivo_with_one_pdf(qtbot, db_path):
    window = make_window(qtbot, db_path, "--persona", "dipendente")
    window.navigate(PIN_MENU_URL)
    wait_url(qtbot, window, PIN_MENU_URL)
    press(qtbot, lambda: page(window), "VUOI IL PIN DISPOSITIVO?")
    wait_url(qtbot, window, PIN_DISPOSITIVO_URL)
    assert "Il file pdf che andrete a generare dovrà essere unico" in texts(page(window))
    press(qtbot, lambda: page(window), "CONVERTI PIN")
    wait_url(qtbot, window, PIN_CONVERT_URL)
    shown_text(qtbot, window, "Passo 1 di 4")
    # Passo 1: codice fiscale and PIN ordinario (a wrong PIN first).
    type_into(qtbot, page(window), "Codice Fiscale", LUCA_CF)
    type_into(qtbot, page(window), "PIN", "LUCA1969")
    press(qtbot, lambda: page(window), "Accedi")
    shown_text(qtbot, window, "tentativi")
    type_into(qtbot, page(window), "PIN", "luca1968")
    press(qtbot, lambda: page(window), "Accedi")
    shown_text(qtbot, window, "Passo 2 di 4")
    shown_text(qtbot, window, "Via Padova 88, 20127 Milano (MI)")
    assert window.session.current.method == "pin_ordinario"
    # Passo 2: the document (first with a wrong number), the confirmation.
    choose_combo(widget(qtbot, lambda: page(window), "Tipo di documento", QComboBox), "patente")
    type_into(qtbot, page(window), "Numero del documento", "U1M68F90")
    type_into(qtbot, page(window), "Rilasciato da", "MIT-UCO")
    type_into(qtbot, page(window), "Data di scadenza", "20/06/2025")
    press(qtbot, lambda: page(window), "Avanti")
    shown_text(qtbot, window, "10 caratteri")
    shot(window, "convert_step2_errors")
    type_into(qtbot, page(window), "Numero del documento", "u1m68f902k")
    find(page(window), "Confermo che i dati anagrafici e l'indirizzo di residenza sono corretti", QCheckBox).setChecked(True)
    press(qtbot, lambda: page(window), "Avanti")
    shown_text(qtbot, window, "Passo 3 di 4")
    # Passo 3: the form, saved to the (simulated) computer and opened in the viewer.
    press(qtbot, lambda: page(window), "Salva il modulo sul computer")
    shown_text(qtbot, window, "Modulo salvato nella cartella «Documenti» del computer")
    form_name = page(window).prepared.filename
    press(qtbot, lambda: page(window), "Apri il modulo (PDF)")
    qtbot.waitUntil(lambda: bool(window.pdf_viewers), timeout=3000)
    assert window.pdf_viewers[-1].page_count() == 1
    # At the desk: print, date and sign, the document on the glass.
    press(qtbot, lambda: page(window), "Apri la Scrivania (stampante e scanner)")
    desk = window.dock_panels["DeskDock"]
    qtbot.waitUntil(desk.isVisible, timeout=3000)
    # «Stampa un file PDF»: the in-program chooser over the Documenti folder, in the panel.
    press(qtbot, desk, "Stampa un file PDF")
    qtbot.waitUntil(lambda: desk.chooser is not None and desk.chooser.names() == [form_name], timeout=3000)
    press(qtbot, desk, "Stampa il file scelto")  # nothing chosen yet: the chooser says so
    assert "Scelga un file dall'elenco" in texts(desk)
    press(qtbot, desk, form_name)
    press(qtbot, desk, "Stampa il file scelto")
    assert desk.chooser is None and desk.sheets()[0].signable
    press(qtbot, desk, "Data e firma")
    assert desk.sheets()[0].signature == "Luca Ferrari"
    press(qtbot, desk, "Metti sul vetro dello scanner")
    assert len(desk.sheets()) == 2 and desk.sheets()[1].kind == "id_copy"
    shot(window, "convert_desk")
    # A first scan with the form only, then the right one with both sheets.
    desk.select([0])
    only_form = desk.scan()
    desk.select([0, 1])
    press(qtbot, desk, "Scansiona i fogli scelti")
    assert only_form.name == "scansione_modulo.pdf" and only_form.pages == 1
    assert "richiesta_pin_dispositivo_con_documento.pdf (2 fogli)" in desk.message()
    # Passo 4: the refused upload, then the accepted one, chosen in the page's chooser.
    press(qtbot, lambda: page(window), "Avanti: carica il file")
    wait_url(qtbot, window, PIN_CONVERT_URL + "?passo=carica")
    shown_text(qtbot, window, "Passo 4 di 4")
    assert page(window).chooser.names() == ["richiesta_pin_dispositivo_con_documento.pdf", "scansione_modulo.pdf",
                                            form_name]
    assert not page(window).upload(["scansione_modulo.pdf"])
    shown_text(qtbot, window, "Nel file manca la copia del documento di identità")
    shot(window, "convert_upload_refused")
    page(window).chooser.choose("scansione_modulo.pdf", False)
    press(qtbot, lambda: page(window), "richiesta_pin_dispositivo_con_documento.pdf")
    press(qtbot, lambda: page(window), "Carica il file")
    shown_text(qtbot, window, "Il file è stato caricato correttamente")
    shot(window, "convert_upload_ok")
    citizen = pin_service.citizen_by_cf(LUCA_CF)
    assert pin_service.active_pin(citizen).conversion_pending
    # Some hours later the e-mail confirms; repeating the procedure says "già dispositivo".
    window.dock_panels["ClockDock"].advance("1 giorno")
    mail = window.dock_panels["MailDock"]
    mail.show_folder("email")
    qtbot.waitUntil(lambda: "dispositivo" in mail.last_text(), timeout=3000)
    window.session.end()
    window.navigate(PIN_CONVERT_URL)
    wait_url(qtbot, window, PIN_CONVERT_URL)
    widget(qtbot, lambda: page(window), "Codice Fiscale", QLineEdit)
    type_into(qtbot, page(window), "Codice Fiscale", LUCA_CF)
    type_into(qtbot, page(window), "PIN", "LUCA1968")
    press(qtbot, lambda: page(window), "Accedi")
    shown_text(qtbot, window, "Il suo PIN è già di tipo dispositivo")
    assert pin_service.active_pin(citizen).kind == "dispositivo"


def test_contact_center_call(qtbot, db_path):
    window = make_window(qtbot, db_path, "--persona", "senza_credenziali")
    window.show_dock("CallDock")
    calls = window.dock_panels["CallDock"]
    qtbot.waitUntil(calls.isVisible, timeout=3000)
    # The numero verde cannot be called from the mobile: the reason is said.
    choose_combo(widget(qtbot, lambda: calls, "Da quale telefono chiama?", QComboBox), "cellulare")
    type_in(qtbot, calls, "Numero da chiamare", "803 164")
    assert "non è raggiungibile dal cellulare" in texts(calls)
    press(qtbot, calls, "Chiama")
    assert "solo da rete fissa" in calls.error_text()
    choose_combo(widget(qtbot, lambda: calls, "Da quale telefono chiama?", QComboBox), "fisso")
    type_in(qtbot, calls, "Numero da chiamare", "803164")
    press(qtbot, calls, "Chiama")
    assert calls.in_call() and "Chiamata gratuita da rete fissa" in calls.transcript()
    press(qtbot, calls, "1")
    for answer in ("Giovanni", "Conti", GIOVANNI_CF):
        type_in(qtbot, calls, "La sua risposta", answer)
        press(qtbot, calls, "Rispondi")
    assert "Dal codice fiscale risulta nato il 08/05/1957 a Voghera (PV)" in calls.transcript()
    press(qtbot, calls, "Sì")  # birth data
    press(qtbot, calls, "Sì")  # residence in Italy
    for answer in ("Via Emilia", "17", "2705"):
        type_in(qtbot, calls, "La sua risposta", answer)
        press(qtbot, calls, "Rispondi")
    assert "5 cifre" in calls.transcript().splitlines()[-1]
    for answer in ("27058", "Voghera", "PV", "3401239876"):
        type_in(qtbot, calls, "La sua risposta", answer)
        press(qtbot, calls, "Rispondi")
    press(qtbot, calls, "Nessuno")  # no landline given
    type_in(qtbot, calls, "La sua risposta", "giovanni.conti@posta.sim")
    press(qtbot, calls, "Rispondi")
    press(qtbot, calls, "Nessuno")  # no PEC
    assert "Sono corretti?" in calls.transcript().splitlines()[-1]
    shot(window, "contact_center_summary")
    press(qtbot, calls, "Sì")
    assert not calls.in_call() and calls.call.outcome == "pin_issued"
    first_half = calls.call.first_half
    assert " - ".join(first_half) in calls.transcript()
    # The first half also arrives by SMS from InpsInforma; the letter is on its way.
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: first_half in phone.last_text(), timeout=3000)
    assert window.dock_panels["LetterboxDock"].on_the_way()
    citizen = pin_service.citizen_by_cf(GIOVANNI_CF)
    record = pin_service.active_pin(citizen)
    assert (record.kind, record.channel) == ("ordinario", "contact_center")


def test_sede_visit_and_operator_refusing_an_expired_document(qtbot, db_path):
    window = make_window(qtbot, db_path, "--persona", "senza_credenziali")
    window.navigate(SEDE_URL)
    wait_url(qtbot, window, SEDE_URL)
    assert "Viale Cesare Battisti 23/25, 27100 Pavia (PV)" in texts(page(window))
    press(qtbot, lambda: page(window), "Vai allo sportello (simulazione)")
    dialog = window.dock_panels["SedeDock"].dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    # The MV35: handed in unsigned first, then filled and signed.
    press(qtbot, dialog, "Consegna il modulo allo sportello")
    assert "Firmi il modulo MV35" in texts(dialog)
    press(qtbot, dialog, "Copia i miei dati dalla Scheda personale")
    dialog.set_document_fields(0)  # the valid carta d'identità AS2345678
    find(dialog, "Firmo il modulo (la firma va messa davanti all'operatore)", QCheckBox).setChecked(True)
    press(qtbot, dialog, "Consegna il modulo allo sportello")
    qtbot.waitUntil(lambda: "Quale documento mostra all'operatore?" in texts(dialog), timeout=3000)
    # The expired carta d'identità is refused, the valid one gets the envelope.
    press(qtbot, dialog, "Mostra: Carta d'identità n. AH9876543, rilasciata da Comune di Voghera, scade il 08/05/2011")
    assert "La carta d'identità è scaduta il 08/05/2011" in dialog.feedback_text()
    shot(dialog, "sede_refused")
    press(qtbot, dialog, "Mostra: Carta d'identità n. AS2345678, rilasciata da Comune di Voghera, scade il 08/05/2021")
    assert "busta chiusa" in dialog.feedback_text()
    press(qtbot, dialog, "Apri la busta")
    qtbot.waitUntil(lambda: bool(window.pdf_viewers), timeout=3000)
    assert window.pdf_viewers[-1].page_count() == 2
    citizen = pin_service.citizen_by_cf(GIOVANNI_CF)
    record = pin_service.active_pin(citizen)
    assert (record.kind, record.channel, record.state) == ("dispositivo", "sede", "complete")
    assert window.dock_panels["LetterboxDock"].letters()
    dialog.close()

    # Behind the counter: the operator must refuse an expired document.
    operator = window.dock_panels["SedeDock"].open_counter("operator")
    qtbot.waitUntil(operator.isVisible, timeout=3000)
    press(qtbot, operator, "Chiama: Giovanni Conti con una carta d'identità")
    qtbot.waitUntil(lambda: "Data di scadenza: 08/05/2011" in texts(operator), timeout=3000)
    press(qtbot, operator, "Identità verificata: assegna il PIN dispositivo")
    assert "non può assegnare il PIN" in operator.feedback_text()
    choose_combo(widget(qtbot, lambda: operator, "Motivo del rifiuto", QComboBox), "scaduto")
    press(qtbot, operator, "Rifiuta la richiesta")
    assert "Documento scaduto" in operator.feedback_text()
    shot(operator, "sede_operator_refused")
    assert not find(operator, "Rifiuta la richiesta").isEnabled()
    # nothing new was issued for the refused visitor
    assert pin_service.active_pin(citizen).id == record.id
    assert pin_conversion.status(window.world, citizen).code == "dispositivo"
