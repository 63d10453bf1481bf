"""Ricostituzione e supplemento di pensione (seed 003): checks, the PIN ordinario refusal,
protocol and receipt, states with the clock, the supplemento on the contributions paid
after the pension (Prestazioni > Pensione titolare grows from the next rate), the
ricostituzione for periods credited after the liquidation, and the refusals."""
from __future__ import annotations

import datetime as dt

import pytest

from app.models import Contribution, Payment, Pension
from app.money import euro
from app.services import domande, fascicolo, payroll, pension, scenarios
from app.services.errors import ValidationError
from tests import timeflow
from tests.unit.domande_kit import (
    citizen,
    letter_text,
    pdf_text,
    refused_with_ordinario,
    session_for,
    submit_and_decide,
)


def good(key: str = "pensionata", motivo: str = "supplemento") -> dict:
    p = Pension.get(Pension.citizen == citizen(key))
    return {"pensione": str(p.id), "motivo": motivo, "attivita": "Commessa part-time in farmacia",
            "dal": "", "al": "", "dichiarazione": True}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "ricostituzione_pensione", good())


def test_only_for_a_pension_in_payment(world):
    session = session_for(world, "invalidita")
    form = domande.form_for(world, session, "ricostituzione_pensione")
    assert form.steps[0].fields[0].choices == (("nessuna", "Nessuna pensione a mio nome"),)
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "ricostituzione_pensione", 0, {"pensione": "nessuna",
                                                                             "motivo": "supplemento"})
    assert "pensione" in err.value.errors["pensione"]
    maria = session_for(world, "pensionata")
    choices = domande.form_for(world, maria, "ricostituzione_pensione").steps[0].fields[0].choices
    assert len(choices) == 1 and "dal 01/04/2013" in choices[0][1]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, maria, "ricostituzione_pensione", 1, {"motivo": "supplemento", "attivita": ""})
    assert set(err.value.errors) == {"attivita"}


def test_supplemento_without_contributions_after_the_pension_is_refused(world):
    result, view = submit_and_decide(world, "pensionata", "ricostituzione_pensione", good())
    assert "Ricevuta di presentazione" in pdf_text(result.receipt_pdf)
    assert view.outcome == "respinta" and "01/04/2013" in view.motivazione
    assert "RESPINTA" in letter_text(world, view)


def test_supplemento_accepted_and_paid_with_the_pension(world):
    maria = citizen("pensionata")
    scenarios.apply(world, "lavoro_dopo_la_pensione")
    later = list(Contribution.select().where((Contribution.citizen == maria) & (Contribution.dal >= dt.date(2013, 4, 1))))
    assert len(later) == 4
    p = Pension.get(Pension.citizen == maria)
    before = payroll.monthly_gross(p, 2018)
    montante = sum(r.contributi_cents for r in later)
    coeff = pension.coefficiente_trasformazione(70, 7, 2018)  # born 12/03/1948: 70 years 7 months on 01/11/2018
    expected = round(montante * coeff / 100 / 13)
    result, view = submit_and_decide(world, "pensionata", "ricostituzione_pensione", good())
    assert view.outcome == "accolta", view.motivazione
    esito = dict(view.esito)
    assert esito["Supplemento mensile lordo"] == f"{euro(expected)} dal 01/11/2018"
    assert esito["Montante contributivo"] == euro(montante)
    p = Pension.get_by_id(p.id)
    assert abs(payroll.monthly_gross(p, 2018) - (before + expected)) <= 1
    letter = letter_text(world, view)
    assert "ACCOLTA" in letter and euro(expected) in letter
    # The Fascicolo: the next rate paid (December) is the higher one.
    timeflow.set_time(world, dt.datetime(2018, 12, 2, 9, 0))
    december = Payment.get((Payment.pension == p) & (Payment.year == 2018) & (Payment.month == 12))
    assert abs(december.lordo_cents - (before + expected)) <= 1
    (shown,) = fascicolo.pensioni(world, maria)
    assert shown.importo_attuale_cents == december.lordo_cents
    # A second supplemento needs 5 more years.
    _r, again = submit_and_decide(world, "pensionata", "ricostituzione_pensione", good())
    assert again.outcome == "respinta" and "5 anni" in again.motivazione


def test_ricostituzione_for_a_period_credited_later(world):
    # Francesca Colombo, 22 years of contributions (1976-1997), a pension from 2018 and a period
    # credited afterwards (as an accredito del servizio civile would do).
    francesca = citizen("estero")
    p = Pension.create(citizen=francesca, categoria="VO", fondo="FPLD", numero_certificato="70001234", sede="Roma",
                       decorrenza=dt.date(2018, 8, 1), importo_mensile_lordo_cents=80000)
    Contribution.create(citizen=francesca, dal=dt.date(1975, 1, 1), al=dt.date(1975, 12, 31), tipo="Servizio militare",
                        gestione="FPLD", datore="Ministero della Difesa", settimane_diritto=52, settimane_calcolo=52,
                        note="Figurativo - domanda INPS.2018.0000001")
    values = {**good("estero", "contributiva"), "dal": "01/01/1975", "al": "31/12/1975"}
    _result, view = submit_and_decide(world, "estero", "ricostituzione_pensione", values)
    assert view.outcome == "accolta", view.motivazione
    p = Pension.get_by_id(p.id)
    weeks = sum(c.settimane_diritto for c in Contribution.select().where(
        (Contribution.citizen == francesca) & (Contribution.dal < dt.date(2018, 8, 1))))
    assert p.importo_mensile_lordo_cents == round(80000 * weeks / (weeks - 52))
    assert "ricostruzione" in dict(view.esito)["Pensione mensile lorda"]
    # Periods that were already there at the liquidation are not "new".
    values = {**values, "dal": "01/01/1980", "al": "31/12/1980"}
    _result, view = submit_and_decide(world, "estero", "ricostituzione_pensione", values)
    assert view.outcome == "respinta" and "già stati considerati" in view.motivazione


def test_forty_years_cap(world):
    maria = citizen("pensionata")
    Contribution.create(citizen=maria, dal=dt.date(1967, 1, 1), al=dt.date(1967, 12, 31), tipo="Riscatto laurea",
                        gestione="FPLD", datore="INPS", settimane_diritto=52, settimane_calcolo=52,
                        note="Riscatto accolto: onere 1.000,00 €")
    values = {**good(motivo="contributiva"), "dal": "01/01/1967", "al": "31/12/1967"}
    _result, view = submit_and_decide(world, "pensionata", "ricostituzione_pensione", values)
    assert view.outcome == "respinta" and "40 anni" in view.motivazione
