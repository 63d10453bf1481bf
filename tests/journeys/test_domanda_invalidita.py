"""Journey: Antonio Esposito's doctor has sent the certificato medico introduttivo (the
lesson's starting state «invalidita_da_presentare»). As a learner would, he reads its
number in the Fascicolo, presents the domanda di invalidità civile, follows the visit and
the decision with the Orologio and finds the outcome in the Fascicolo. In the seeded world
the certificate already belongs to his domanda of September: the form says so."""
from __future__ import annotations

import re

from app.services import scenarios
from tests.helpers import wait_url
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
from ui.urls import MYINPS_URL

TITLE = "Domanda di invalidità civile"


def test_invalidita_with_the_certificate_of_the_fascicolo(qtbot, db_path):
    window, _session = start(qtbot, db_path, "invalidita")
    scenarios.apply(window.world, "invalidita_da_presentare")
    shown = fascicolo_section(qtbot, window, "invalidita.certificati", "Certificato medico introduttivo",
                              "Numero del certificato")
    number = re.search(r"Numero del certificato: (?:<b>)?(CM[0-9-]+)", shown).group(1)  # the value is in bold
    assert number == "CM2018-0041577" and "la domanda va presentata entro 90 giorni" in shown
    window.current_tab().navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    open_service(qtbot, window, TITLE, "invalidita_civile")
    step(qtbot, window, 1, 4, "Certificato medico introduttivo")
    type_field(qtbot, window, "Numero del certificato medico introduttivo", "CM2018-0041578")  # a typo
    avanti(qtbot, window)
    shows(qtbot, window, "non risulta tra i suoi certificati medici introduttivi")
    type_field(qtbot, window, "Numero del certificato medico introduttivo", number)
    avanti(qtbot, window)
    step(qtbot, window, 2, 4, "Che cosa chiede")
    choose(qtbot, window, "Riconoscimento dell'invalidità civile (assegno o pensione)")
    avanti(qtbot, window)
    step(qtbot, window, 3, 4, "Dati socio-economici e pagamento")
    type_field(qtbot, window, "Reddito personale annuo (euro)", "2000")
    choose(qtbot, window, "Riscossione in contanti presso l'ufficio postale")
    avanti(qtbot, window)
    step(qtbot, window, 4, 4, "Riepilogo e conferma")
    shows(qtbot, window, number, "2.000,00 €")
    protocol = send(qtbot, window)
    assert number in receipt(qtbot, window)
    # The certificate now names the new domanda.
    fascicolo_section(qtbot, window, "invalidita.certificati", protocol)
    wait_outcome(qtbot, window, protocol, max_weeks=8)
    detail(qtbot, window, protocol, "Convocato a visita", "Visita effettuata", "Assegno mensile di assistenza",
           "282,55 € al mese per 13 mensilità, dal 01/11/2018", "75% (ricostruzione)")
    body = letter(qtbot, window, protocol)
    assert "ACCOLTA" in body and "282,55 €" in body
    fascicolo_section(qtbot, window, "invalidita.domande", protocol, "Assegno mensile di assistenza")


def test_the_certificate_already_used_is_explained(qtbot, db_path):
    window, _session = start(qtbot, db_path, "invalidita")
    open_service(qtbot, window, TITLE, "invalidita_civile")
    type_field(qtbot, window, "Numero del certificato medico introduttivo", "CM2018-0041577")
    avanti(qtbot, window)
    shows(qtbot, window, "è già abbinato alla domanda protocollo", "Per una nuova domanda serve un nuovo certificato")


def test_invalidita_refused_with_the_pin_ordinario(qtbot, db_path):
    refused_with_ordinario(qtbot, db_path, TITLE, "invalidita_civile")
