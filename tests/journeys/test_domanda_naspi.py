"""Journey: Marco Russo, just dismissed, asks for the NASpI as a learner would (MyINPS >
Presentare una domanda > NASpI), follows it with the Orologio, reads the letter and finds
it in the Fascicolo; with the PIN ordinario the same service leads to the PIN gate."""
from __future__ import annotations

from tests.journeys.domanda_kit import (
    avanti,
    choose,
    detail,
    field_text,
    fascicolo_section,
    letter,
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

TITLE = "NASpI - Indennità di disoccupazione"


def test_naspi_from_myinps_to_the_fascicolo(qtbot, db_path):
    window, _session = start(qtbot, db_path, "omocodia", "spid", spid_level=2)
    open_service(qtbot, window, TITLE, "naspi")
    step(qtbot, window, 1, 4, "Il lavoro che è finito")
    assert field_text(window, "Datore di lavoro") == "Trasporti Laziali S.r.l."  # already written
    type_field(qtbot, window, "Ultimo giorno di lavoro (data di cessazione)", "01/07/2018")
    choose(qtbot, window, "Licenziamento")
    avanti(qtbot, window)
    shows(qtbot, window, "La domanda va presentata entro 68 giorni")  # a mistake, explained next to the field
    type_field(qtbot, window, "Ultimo giorno di lavoro (data di cessazione)", "12/10/2018")
    avanti(qtbot, window)
    step(qtbot, window, 2, 4, "Pagamento")
    type_field(qtbot, window, "IBAN del conto", "IT60 X054 2811 1010 0000 0123 456")
    avanti(qtbot, window)
    step(qtbot, window, 3, 4, "Dichiarazioni")
    tick(qtbot, window, "Dichiaro di essere immediatamente disponibile a lavorare e a partecipare alle attività "
                        "proposte dal centro per l'impiego (la domanda di NASpI vale come dichiarazione di "
                        "immediata disponibilità)")
    tick(qtbot, window, "Dichiaro di non essere titolare di pensione diretta")
    avanti(qtbot, window)
    step(qtbot, window, 4, 4, "Riepilogo e conferma")
    shows(qtbot, window, "12/10/2018", "Licenziamento", "IT60 X054")
    protocol = send(qtbot, window)
    text = receipt(qtbot, window)
    assert protocol in text and "NASpI" in text and "12/10/2018" in text

    wait_outcome(qtbot, window, protocol)
    shown = detail(qtbot, window, protocol, "Importo mensile lordo iniziale", "dal 20/10/2018")
    assert "Importo mensile lordo iniziale" in shown and "dal 20/10/2018" in shown
    body = letter(qtbot, window, protocol)
    assert "ACCOLTA" in body and protocol in body
    fascicolo_section(qtbot, window, "prestazioni.sostegno", "Prestazioni a sostegno del reddito", protocol,
                      "Importo mensile lordo iniziale")


def test_naspi_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "naspi")
