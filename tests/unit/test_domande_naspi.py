"""NASpI (seed 003 names its predecessors, Aspi and mini-Aspi): checks, the PIN ordinario
refusal, protocol and receipt, states with the clock, the 2018 computation, the decision
letter and the Fascicolo (Prestazioni a sostegno del reddito)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.money import euro
from app.services import domande, figures
from app.services.domande_lavoro import naspi_amount
from app.services.errors import ValidationError
from tests.unit.domande_kit import (
    citizen,
    fascicolo_of,
    flat,
    letter_text,
    pdf_text,
    refused_with_ordinario,
    session_for,
    submit_and_decide,
    valid_iban,
)

GOOD = {"datore": "Trasporti Laziali S.r.l.", "data_cessazione": "12/10/2018", "motivo": "licenziamento",
        "pagamento": "conto", "iban": valid_iban(), "did": True, "non_pensionato": True, "dichiarazione": True}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "naspi", GOOD)


def test_checks_of_each_step(world):
    session = session_for(world, "omocodia")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "naspi", 0, {"datore": "X", "data_cessazione": "01/07/2018",
                                                           "motivo": "licenziamento"})
    assert "68 giorni" in err.value.errors["data_cessazione"] and "07/09/2018" in err.value.errors["data_cessazione"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "naspi", 0, {"datore": "X", "data_cessazione": "20/10/2018",
                                                           "motivo": ""})
    assert "futuro" in err.value.errors["data_cessazione"] and "Scelga una voce" in err.value.errors["motivo"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "naspi", 1, {"pagamento": "conto", "iban": ""})
    assert "IBAN" in err.value.errors["iban"]
    # The IBAN is not asked for the cash payment at the post office.
    assert domande.validate_step(world, session, "naspi", 1, {"pagamento": "sportello", "iban": "xx"})["iban"] == ""
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "naspi", 2, {"did": True, "non_pensionato": False})
    assert set(err.value.errors) == {"non_pensionato"}


def test_accepted_with_the_2018_figures_and_in_the_fascicolo(world):
    marco = citizen("omocodia")
    expected = naspi_amount(marco, dt.date(2018, 10, 12))
    assert expected["media"] > figures.value("naspi.retribuzione_riferimento_cents")
    soglia = figures.value("naspi.retribuzione_riferimento_cents")
    assert expected["amount"] == min(figures.value("naspi.importo_massimo_cents"),
                                     round(soglia * 0.75 + (expected["media"] - soglia) * 0.25))
    assert expected["paid_weeks"] == min(104, int(expected["weeks"] // 2))

    result, view = submit_and_decide(world, "omocodia", "naspi", GOOD, method="spid", spid_level=2)
    receipt = flat(pdf_text(result.receipt_pdf))
    assert "NASpI - Indennità di disoccupazione" in receipt and "12/10/2018" in receipt and "Licenziamento" in receipt
    assert view.outcome == "accolta", view.motivazione
    esito = dict(view.esito)
    assert esito["Importo mensile lordo iniziale"] == euro(expected["amount"])
    # Presented within 8 days of the end of the job: paid from the eighth day after it.
    assert esito["Durata"].startswith(f"{expected['paid_weeks']} settimane, dal 20/10/2018")
    assert "3%" in esito["Dal quarto mese"] and "20/01/2019" in esito["Dal quarto mese"]
    letter = letter_text(world, view)
    assert "ACCOLTA" in letter and result.protocol in letter and euro(expected["amount"]) in letter
    assert "Che cosa è stato riconosciuto" in letter
    # The Fascicolo: Prestazioni > Prestazioni a sostegno del reddito.
    f = fascicolo_of(world, "omocodia")
    assert [d.protocol for d in f.prestazioni_sostegno] == [result.protocol]
    assert f.prestazioni_sostegno[0].esito == view.esito


def test_voluntary_resignation_and_a_pensioner_are_refused(world):
    _result, view = submit_and_decide(world, "omocodia", "naspi", {**GOOD, "motivo": "dimissioni"})
    assert view.outcome == "respinta" and "involontariamente" in view.motivazione
    assert "RESPINTA" in letter_text(world, view)
    assert fascicolo_of(world, "omocodia").prestazioni_sostegno == ()
    _result, view = submit_and_decide(world, "pensionata", "naspi", {**GOOD, "datore": "Farmacia"})
    assert view.outcome == "respinta" and "pensione" in view.motivazione


def test_no_recent_work_as_a_dipendente_is_refused(world):
    # Antonio Esposito: the last periods are NASpI of 2016-2017, no job as a dipendente since 2015.
    _result, view = submit_and_decide(world, "invalidita", "naspi", {**GOOD, "datore": "Cantieri Navali"})
    assert view.outcome == "respinta" and "lavoro dipendente" in view.motivazione
