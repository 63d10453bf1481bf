"""Domanda di invalidità civile (seed 004) with the number of the certificato medico
introduttivo in the Fascicolo (persona «invalidita»): checks on the certificate, the PIN
ordinario refusal, protocol and receipt, states with the clock (visit, decision), the
2018 amounts, the letter and the Fascicolo (the certificate linked, the esito shown)."""
from __future__ import annotations

import pytest

from app.models import MedicalCertificate
from app.services import domande, scenarios
from app.services.domande_invalidita import commission_percentage
from app.services.errors import ValidationError
from tests import timeflow
from tests.unit.domande_kit import (
    fascicolo_of,
    flat,
    letter_text,
    pdf_text,
    refused_with_ordinario,
    session_for,
    submit_and_decide,
    valid_iban,
)

NUMBER = "CM2018-0041577"  # data/personas.json, persona «invalidita»
GOOD = {"certificato": NUMBER, "prestazione": "invalidita", "handicap": False, "reddito": "2.000,00", "lavoro": "no",
        "ricovero": "no", "pagamento": "conto", "iban": valid_iban(), "dichiarazione": True}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "invalidita_civile", GOOD)


def test_the_certificate_must_be_his_recent_and_free(world):
    session = session_for(world, "invalidita")
    # In the seeded world Antonio's certificate already belongs to the domanda he presented in September.
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "invalidita_civile", 0, {"certificato": NUMBER})
    assert "già abbinato" in err.value.errors["certificato"] and "Fascicolo" in err.value.errors["certificato"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "invalidita_civile", 0, {"certificato": "CM2018-9999999"})
    assert "non risulta tra i suoi certificati" in err.value.errors["certificato"]
    # Another citizen cannot use it.
    with pytest.raises(ValidationError):
        domande.validate_step(world, session_for(world, "pensionata"), "invalidita_civile", 0, {"certificato": NUMBER})
    scenarios.apply(world, "invalidita_da_presentare")
    assert domande.validate_step(world, session, "invalidita_civile", 0,
                                 {"certificato": " cm2018 - 0041577 "})["certificato"] == NUMBER
    # 90 days later it has expired.
    timeflow.advance(world, days=91)
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "invalidita_civile", 0, {"certificato": NUMBER})
    assert "scaduto" in err.value.errors["certificato"] and "90" in err.value.errors["certificato"]


def test_accepted_with_the_assegno_mensile_and_in_the_fascicolo(world):
    scenarios.apply(world, "invalidita_da_presentare")
    assert fascicolo_of(world, "invalidita").domande_invalidita == ()
    result, view = submit_and_decide(world, "invalidita", "invalidita_civile", GOOD)
    assert "CM2018-0041577" in flat(pdf_text(result.receipt_pdf))
    # The certificate is linked to the new domanda at once.
    cert = MedicalCertificate.get(MedicalCertificate.numero == NUMBER)
    assert cert.application_id == result.application_id
    assert [h.state for h in view.history] == ["presentata", "convocato a visita", "visita effettuata", "accolta"]
    assert view.outcome == "accolta", view.motivazione
    esito = dict(view.esito)
    assert esito["Percentuale di invalidità riconosciuta"] == "75% (ricostruzione)"
    assert esito["Assegno mensile di assistenza"] == "282,55 € al mese per 13 mensilità, dal 01/11/2018"
    letter = letter_text(world, view)
    assert "ACCOLTA" in letter and "282,55 €" in letter and "ricostruzione" in letter
    f = fascicolo_of(world, "invalidita")
    assert [d.protocol for d in f.domande_invalidita] == [result.protocol]
    assert f.domande_invalidita[0].esito == view.esito
    assert f.certificati_medici[0].protocollo_domanda == result.protocol


def test_income_over_the_limit_gives_no_assegno(world):
    scenarios.apply(world, "invalidita_da_presentare")
    _result, view = submit_and_decide(world, "invalidita", "invalidita_civile", {**GOOD, "reddito": "9.000"})
    assert view.outcome == "accolta" and "4.853,29 €" in view.motivazione
    assert dict(view.esito)["Prestazione economica"] == "nessuna"


def test_commission_table_is_a_reconstruction():
    assert commission_percentage("Cardiopatia ischemica cronica") == 75
    assert commission_percentage("qualcosa di diverso") == 67
