"""Journey: Marco Russo, father of a girl born in August 2018, asks for the bonus bebè
as a learner would, sees the amount in the summary, follows the domanda and finds it in
the Fascicolo; the PIN ordinario is refused."""
from __future__ import annotations

import datetime as dt

from app.services import codice_fiscale as cfmod
from tests.journeys.domanda_kit import (
    avanti,
    choose,
    detail,
    fascicolo_section,
    field_text,
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

TITLE = "Bonus bebè - assegno di natalità"
CHILD_CF = cfmod.compute("Russo", "Sofia", "F", dt.date(2018, 8, 20), "Roma")


def test_bonus_bebe_from_myinps_to_the_fascicolo(qtbot, db_path):
    window, _session = start(qtbot, db_path, "omocodia", "spid", spid_level=2)
    open_service(qtbot, window, TITLE, "bonus_bebe")
    step(qtbot, window, 1, 4, "Il bambino")
    assert field_text(window, "Cognome del bambino") == "Russo"
    type_field(qtbot, window, "Nome del bambino", "Sofia")
    type_field(qtbot, window, "Codice fiscale del bambino", CHILD_CF.lower())
    type_field(qtbot, window, "Data di nascita del bambino", "21/08/2018")
    avanti(qtbot, window)
    shows(qtbot, window, "La data di nascita non corrisponde al codice fiscale del figlio")
    type_field(qtbot, window, "Data di nascita del bambino", "20/08/2018")
    avanti(qtbot, window)
    step(qtbot, window, 2, 4, "ISEE e pagamento")
    type_field(qtbot, window, "Valore dell'ISEE per le prestazioni ai minorenni (euro)", "12.500")
    tick(qtbot, window, "Dichiaro di avere un ISEE in corso di validità (DSU presentata)")
    choose(qtbot, window, "Riscossione in contanti presso l'ufficio postale")
    avanti(qtbot, window)
    step(qtbot, window, 3, 4, "Dichiarazioni")
    tick(qtbot, window, "Dichiaro che il bambino vive con me")
    tick(qtbot, window, "Dichiaro di essere residente in Italia")
    avanti(qtbot, window)
    step(qtbot, window, 4, 4, "Riepilogo e conferma")
    shows(qtbot, window, "Il bonus previsto", "80,00 €", "12, da agosto 2018", "960,00 €", CHILD_CF)
    protocol = send(qtbot, window)
    assert "960,00 €" in receipt(qtbot, window)

    wait_outcome(qtbot, window, protocol)
    shown = detail(qtbot, window, protocol, "da agosto 2018 a luglio 2019 (12 mesi)")
    assert "da agosto 2018 a luglio 2019 (12 mesi)" in shown
    fascicolo_section(qtbot, window, "prestazioni.sostegno", protocol, "Bonus bebè - assegno di natalità 2018")


def test_bonus_bebe_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "bonus_bebe")
