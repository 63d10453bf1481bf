"""Journey: Giulia Romano asks to redeem the years of her degree as a learner would, reads
the cost simulation in the summary (the years already covered by her job left out), sends
it, follows it with the Orologio and finds the years in the estratto conto of the
Fascicolo; the PIN ordinario is refused."""
from __future__ import annotations

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

TITLE = "Riscatto del corso di laurea"


def test_riscatto_with_the_cost_simulation(qtbot, db_path):
    window, _session = start(qtbot, db_path, "gestione_separata", "spid", spid_level=2)
    open_service(qtbot, window, TITLE, "riscatto_laurea")
    step(qtbot, window, 1, 3, "Il corso di laurea")
    shows(qtbot, window, "riscatto ordinario")
    choose(qtbot, window, "Diploma di laurea (vecchio ordinamento) o laurea magistrale a ciclo unico")
    type_field(qtbot, window, "Università", "Università di Bologna")
    type_field(qtbot, window, "Corso di laurea", "Lettere")
    type_field(qtbot, window, "Data di immatricolazione", "01/11/1995")
    type_field(qtbot, window, "Data della laurea", "15/03/2000")
    type_field(qtbot, window, "Durata legale del corso (anni)", "quattro")
    avanti(qtbot, window)
    shows(qtbot, window, "in cifre")  # «quattro»: the fix is said next to the field
    type_field(qtbot, window, "Durata legale del corso (anni)", "4")
    avanti(qtbot, window)
    step(qtbot, window, 2, 3, "Periodo e pagamento")
    choose(qtbot, window, "Tutta la durata legale del corso")
    choose(qtbot, window, "A rate mensili, senza interessi")
    type_field(qtbot, window, "Numero di rate mensili (fino a 120)", "120")
    avanti(qtbot, window)
    step(qtbot, window, 3, 3, "Riepilogo e conferma")
    text = shows(qtbot, window, "Simulazione del costo del riscatto", "dal 01/11/1995 al 31/10/1999",
                 "già coperte da contributi", "Costo totale stimato", "per 120 mesi", "deducibile")
    cost = text.split("Costo totale stimato\n", 1)[1].split("\n", 1)[0]
    protocol = send(qtbot, window)
    assert cost in receipt(qtbot, window)

    wait_outcome(qtbot, window, protocol, max_weeks=6)
    detail(qtbot, window, protocol, "Onere da versare", cost)
    assert "ACCOLTA" in letter(qtbot, window, protocol)
    fascicolo_section(qtbot, window, "posizione.estratto_conto", "Periodi contributivi")
    from PySide6.QtWidgets import QTableWidget
    from tests.helpers import find, page

    table = find(page(window), "Periodi contributivi", QTableWidget)
    kinds = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert kinds.count("Riscatto laurea") == 2


def test_riscatto_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "riscatto_laurea", persona="gestione_separata")
