"""Journey: Maria Bianchi worked part-time after her pension (starting state
«lavoro_dopo_la_pensione»); as a learner would she asks for the supplemento, follows it
with the Orologio, reads the letter and sees the higher monthly amount in the Fascicolo
(Prestazioni > Pensione titolare) once the next rate is paid; the PIN ordinario is refused."""
from __future__ import annotations

from app.services import scenarios
from tests.helpers import click
from tests.journeys.domanda_kit import (
    avanti,
    choose,
    detail,
    fascicolo_section,
    letter,
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

TITLE = "Ricostituzione o supplemento di pensione"


def test_supplemento_after_work_as_a_pensioner(qtbot, db_path):
    window, _session = start(qtbot, db_path, "pensionata")
    scenarios.apply(window.world, "lavoro_dopo_la_pensione")
    before = fascicolo_section(qtbot, window, "prestazioni.pensione", "Importo mensile lordo attuale")
    window.current_tab().navigate("https://www.inps.it/myinps")
    open_service(qtbot, window, TITLE, "ricostituzione_pensione")
    step(qtbot, window, 1, 3, "La pensione")
    choose(qtbot, window, "Supplemento: ho versato contributi dopo la decorrenza della pensione")
    avanti(qtbot, window)
    step(qtbot, window, 2, 3, "I contributi")
    type_field(qtbot, window, "Attività svolta dopo la pensione", "Commessa part-time in farmacia")
    avanti(qtbot, window)
    step(qtbot, window, 3, 3, "Riepilogo e conferma")
    shows(qtbot, window, "Commessa part-time in farmacia", "dal 01/04/2013")
    protocol = send(qtbot, window)
    assert protocol in receipt(qtbot, window)

    wait_outcome(qtbot, window, protocol, max_weeks=6)
    text = detail(qtbot, window, protocol, "Supplemento mensile lordo", "dal 01/11/2018", "Coefficiente di trasformazione")
    new_amount = text.split("Pensione mensile lorda\n", 1)[1].split("\n", 1)[0].split(" a ")[-1]
    assert "ACCOLTA" in letter(qtbot, window, protocol)
    # One more week with the Orologio: the rate of 1 December, the first after the decision, is the new one.
    click(qtbot, window.dock_panels["ClockDock"], "1 settimana")
    after = fascicolo_section(qtbot, window, "prestazioni.pensione", "Importo mensile lordo attuale")
    assert f"Importo mensile lordo attuale: <b>{new_amount}</b>" in after and after != before


def test_ricostituzione_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "ricostituzione_pensione")
