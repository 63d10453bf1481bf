"""Journey: Giulia Romano, a collaboratrice of the Gestione Separata expecting a child,
asks for the indennità di maternità as a learner would, sees the period of the congedo,
follows the domanda and finds it in the Fascicolo; the PIN ordinario is refused."""
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

TITLE = "Indennità di maternità - congedo obbligatorio"


def test_maternita_from_myinps_to_the_fascicolo(qtbot, db_path):
    window, _session = start(qtbot, db_path, "gestione_separata", "spid", spid_level=2)
    open_service(qtbot, window, TITLE, "maternita")
    step(qtbot, window, 1, 3, "Gravidanza e parto")
    type_field(qtbot, window, "Data presunta del parto", "10/12/2018")
    type_field(qtbot, window, "Data del certificato medico di gravidanza", "01/10/2018")
    choose(qtbot, window, "Il bambino deve ancora nascere")
    choose(qtbot, window, "2 mesi prima e 3 mesi dopo il parto")
    avanti(qtbot, window)
    step(qtbot, window, 2, 3, "Lavoro e pagamento")
    choose(qtbot, window, "Iscritta alla Gestione Separata")
    choose(qtbot, window, "Accredito su conto corrente bancario o postale")
    type_field(qtbot, window, "IBAN del conto", "IT60X0542811101000000123456")
    avanti(qtbot, window)
    step(qtbot, window, 3, 3, "Riepilogo e conferma")
    shows(qtbot, window, "Il congedo di maternità", "10/10/2018", "09/03/2019")
    protocol = send(qtbot, window)
    assert "10/10/2018" in receipt(qtbot, window)

    wait_outcome(qtbot, window, protocol)
    shown = detail(qtbot, window, protocol, "dal 10/10/2018 al 09/03/2019 (151 giorni)", "Indennità giornaliera")
    assert "dal 10/10/2018 al 09/03/2019 (151 giorni)" in shown and "Indennità giornaliera" in shown
    assert "ACCOLTA" in letter(qtbot, window, protocol)
    fascicolo_section(qtbot, window, "prestazioni.sostegno", protocol, "Indennità giornaliera")


def test_maternita_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "maternita", persona="gestione_separata")
