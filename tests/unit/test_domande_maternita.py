"""Indennità di maternità (seed 004: «maternità e congedo parentale»): checks, the PIN
ordinario refusal, protocol and receipt with the period, states with the clock, the
decision (Gestione Separata paid by INPS, dipendente by the employer) and the Fascicolo."""
from __future__ import annotations

import pytest

from app.services import domande
from app.services.domande_famiglia import maternity_period
from app.services.errors import ValidationError
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

GOOD = {"data_presunta_parto": "10/12/2018", "certificato_data": "01/10/2018", "evento": "gravidanza",
        "data_parto": "", "flessibilita": "no", "categoria": "gs", "pagamento": "conto", "iban": valid_iban(),
        "dichiarazione": True}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "maternita", GOOD, key="gestione_separata")


def test_period_2_plus_3_or_flexible_1_plus_4():
    assert [f"{d:%d/%m/%Y}" for d in maternity_period(GOOD)] == ["10/10/2018", "09/03/2019"]
    assert [f"{d:%d/%m/%Y}" for d in maternity_period({**GOOD, "flessibilita": "si"})] == ["10/11/2018", "09/04/2019"]
    # Born 10 days early: the days not taken before are added after the birth.
    born = {**GOOD, "evento": "nato", "data_parto": "30/11/2018"}
    assert [f"{d:%d/%m/%Y}" for d in maternity_period(born)] == ["10/10/2018", "09/03/2019"]


def test_checks(world):
    session = session_for(world, "gestione_separata")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "maternita", 0, {**GOOD, "data_presunta_parto": "01/09/2018"})
    assert "già nato" in err.value.errors["evento"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "maternita", 0, {**GOOD, "evento": "nato", "data_parto": ""})
    assert "data del parto" in err.value.errors["data_parto"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "maternita", 1, {**GOOD, "iban": ""})
    assert "IBAN" in err.value.errors["iban"]
    # A dipendente gives the employer; INPS does not pay her, so no payment is asked.
    cleaned = domande.validate_step(world, session, "maternita", 1, {**GOOD, "categoria": "dipendente",
                                                                   "datore": "Editrice", "iban": ""})
    assert cleaned["pagamento"] == "" and cleaned["iban"] == ""
    # The indennità di maternità is the mother's.
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session_for(world, "omocodia"), "maternita", 0, GOOD)
    assert "madre" in err.value.errors["data_presunta_parto"]


def test_gestione_separata_paid_by_inps(world):
    result, view = submit_and_decide(world, "gestione_separata", "maternita", GOOD, method="spid", spid_level=2)
    receipt = flat(pdf_text(result.receipt_pdf))
    assert "Il congedo di maternità" in receipt and "10/10/2018" in receipt and "09/03/2019" in receipt
    assert view.outcome == "accolta", view.motivazione
    esito = dict(view.esito)
    assert esito["Periodo"] == "dal 10/10/2018 al 09/03/2019 (151 giorni)"
    assert esito["Chi paga"].startswith("INPS, accredito sul conto IBAN")
    assert "80%" in esito["Indennità giornaliera"]
    assert "ACCOLTA" in letter_text(world, view)
    assert [d.protocol for d in fascicolo_of(world, "gestione_separata").prestazioni_sostegno] == [result.protocol]


def test_dipendente_paid_in_the_payslip(world):
    values = {**GOOD, "categoria": "dipendente", "datore": "CAF Lombardia Servizi S.r.l."}
    _result, view = submit_and_decide(world, "intermediario", "maternita", values)
    assert view.outcome == "accolta" and "busta paga" in dict(view.esito)["Chi paga"]


def test_no_job_is_refused(world):
    # Francesca Colombo: her last job ended in 1997.
    values = {**GOOD, "categoria": "dipendente", "datore": "Cotonificio"}
    _result, view = submit_and_decide(world, "estero", "maternita", values)
    assert view.outcome == "respinta" and "rapporto di lavoro dipendente" in view.motivazione
    assert fascicolo_of(world, "estero").prestazioni_sostegno == ()
