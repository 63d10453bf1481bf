"""Journey: Giovanni Conti (leva 1976-1977, work from 1978) asks for the accredito of his
servizio militare as a learner would, follows it with the Orologio and finds the period
in the estratto conto of the Fascicolo; the PIN ordinario is refused."""
from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from tests.helpers import find, page
from tests.journeys.domanda_kit import (
    avanti,
    choose,
    detail,
    fascicolo_section,
    open_service,
    receipt,
    refused_with_ordinario,
    send,
    shows,
    start,
    step,
    tick,
    type_field,
    wait_outcome,
)

TITLE = "Accredito del servizio militare (leva)"


def test_servizio_militare_into_the_estratto_conto(qtbot, db_path):
    window, _session = start(qtbot, db_path, "senza_credenziali")
    open_service(qtbot, window, TITLE, "servizio_militare")
    step(qtbot, window, 1, 3, "Il servizio militare")
    choose(qtbot, window, "Servizio militare di leva")
    choose(qtbot, window, "Esercito")
    type_field(qtbot, window, "Dal giorno", "10/10/1976")
    type_field(qtbot, window, "Al giorno (congedo)", "09/10/1975")
    type_field(qtbot, window, "Distretto militare o ufficio di appartenenza", "Distretto militare di Pavia")
    avanti(qtbot, window)
    shows(qtbot, window, "La data del congedo deve essere successiva alla data di inizio.")
    type_field(qtbot, window, "Al giorno (congedo)", "09/10/1977")
    avanti(qtbot, window)
    step(qtbot, window, 2, 3, "Dichiarazioni")
    tick(qtbot, window, "Dichiaro che il periodo non è già stato riconosciuto per una pensione dello Stato o di "
                        "un'altra cassa")
    tick(qtbot, window, "Dichiaro che le date corrispondono al foglio matricolare o allo stato di servizio")
    avanti(qtbot, window)
    step(qtbot, window, 3, 3, "Riepilogo e conferma")
    shows(qtbot, window, "10/10/1976", "09/10/1977", "Distretto militare di Pavia")
    protocol = send(qtbot, window)
    assert "Distretto militare di Pavia" in receipt(qtbot, window)

    wait_outcome(qtbot, window, protocol, max_weeks=6)
    detail(qtbot, window, protocol, "Periodo accreditato", "dal 10/10/1976 al 09/10/1977")
    fascicolo_section(qtbot, window, "posizione.estratto_conto", "Periodi contributivi")
    table = find(page(window), "Periodi contributivi", QTableWidget)
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert ("dal 10/10/1976\nal 31/12/1976", "Servizio militare") in rows
    assert ("dal 01/01/1977\nal 09/10/1977", "Servizio militare") in rows


def test_servizio_militare_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "servizio_militare")
