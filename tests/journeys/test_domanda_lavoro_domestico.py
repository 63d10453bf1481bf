"""Journey: Maria Bianchi hires a colf and registers her as a learner would (MyINPS >
Presentare una domanda > Lavoro domestico), sees the contributions in the summary,
follows the domanda and finds the rapporto in the Fascicolo; the PIN ordinario is refused."""
from __future__ import annotations

import datetime as dt

from app.services import codice_fiscale as cfmod
from tests.journeys.domanda_kit import (
    avanti,
    choose,
    choose_in_list,
    detail,
    fascicolo_section,
    open_service,
    receipt,
    refused_with_ordinario,
    send,
    shows,
    start,
    step,
    type_field,
    wait_outcome,
)

TITLE = "Lavoro domestico - comunicazione di assunzione"
WORKER_CF = cfmod.compute("Rossi", "Anna", "F", dt.date(1975, 3, 10), "Pavia")


def test_lavoro_domestico_from_myinps_to_the_fascicolo(qtbot, db_path):
    window, _session = start(qtbot, db_path, "pensionata")
    open_service(qtbot, window, TITLE, "lavoro_domestico")
    step(qtbot, window, 1, 3, "Il lavoratore")
    type_field(qtbot, window, "Cognome del lavoratore", "Rossi")
    type_field(qtbot, window, "Nome del lavoratore", "Anna")
    type_field(qtbot, window, "Codice fiscale del lavoratore", WORKER_CF)
    type_field(qtbot, window, "Data di nascita del lavoratore", "10/03/1975")
    avanti(qtbot, window)
    step(qtbot, window, 2, 3, "Il rapporto di lavoro")
    choose(qtbot, window, "Collaboratore familiare (colf)")
    choose_in_list(qtbot, window, "Livello del contratto collettivo (CCNL)", "B")
    choose(qtbot, window, "No")
    type_field(qtbot, window, "Primo giorno di lavoro", "05/11/2018")
    type_field(qtbot, window, "Ore di lavoro alla settimana", "20")
    type_field(qtbot, window, "Paga oraria lorda (euro)", "4,50")
    avanti(qtbot, window)
    shows(qtbot, window, "La paga oraria minima del 2018 per il livello B")  # under the minimum: explained
    type_field(qtbot, window, "Paga oraria lorda (euro)", "7,50")
    avanti(qtbot, window)
    step(qtbot, window, 3, 3, "Riepilogo e conferma")
    shows(qtbot, window, "Contributi da versare (stima)", "1,59 €", "10/01/2019", "Rossi", "7,50 €")
    protocol = send(qtbot, window)
    text = receipt(qtbot, window)
    assert protocol in text and WORKER_CF in text and "1,59 €" in text

    wait_outcome(qtbot, window, protocol)
    shown = detail(qtbot, window, protocol, "Codice del rapporto di lavoro", "(ricostruzione)")
    assert "Codice del rapporto di lavoro" in shown and "(ricostruzione)" in shown
    fascicolo_section(qtbot, window, "domande.lavoro_domestico", "Lavoro domestico (datore di lavoro)", protocol,
                      "Rossi Anna", "entro il 10/01/2019")


def test_lavoro_domestico_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "lavoro_domestico")
