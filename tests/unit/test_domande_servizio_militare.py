"""Accredito del servizio militare (seed 003: «Accredito del Servizio di Leva»): checks,
the PIN ordinario refusal, protocol and receipt, states with the clock, the decision
(the part already covered left out, a period already credited refused) and the
estratto conto of the Fascicolo."""
from __future__ import annotations

import datetime as dt

import pytest

from app.services import domande
from app.services.errors import ValidationError
from tests.unit.domande_kit import (
    fascicolo_of,
    flat,
    letter_text,
    pdf_text,
    refused_with_ordinario,
    session_for,
    submit_and_decide,
)

# Antonio Esposito (born 02/11/1960) worked from 01/01/1980: a leva of 1979-1980 overlaps it by two months.
GOOD = {"servizio": "leva", "forza": "Esercito", "dal": "05/03/1979", "al": "04/03/1980",
        "distretto": "Distretto militare di Napoli", "non_altra_pensione": True, "foglio": True, "dichiarazione": True}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "servizio_militare", GOOD)


def test_checks(world):
    session = session_for(world, "invalidita")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "servizio_militare", 0, {**GOOD, "al": "04/03/1978"})
    assert "successiva" in err.value.errors["al"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "servizio_militare", 0, {**GOOD, "al": "04/03/1982"})
    assert "24 mesi" in err.value.errors["al"] and "ricostruzione" in err.value.errors["al"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "servizio_militare", 0, {**GOOD, "dal": "05/03/1975"})
    assert "18 anni" in err.value.errors["dal"]
    # The forza armata is asked only for the leva.
    cleaned = domande.validate_step(world, session, "servizio_militare", 0, {**GOOD, "servizio": "civile"})
    assert cleaned["forza"] == ""


def test_accepted_only_for_the_uncovered_part(world):
    result, view = submit_and_decide(world, "invalidita", "servizio_militare", GOOD)
    assert "Distretto militare di Napoli" in flat(pdf_text(result.receipt_pdf))
    assert view.outcome == "accolta", view.motivazione
    esito = dict(view.esito)
    assert esito["Periodo accreditato"] == "dal 05/03/1979 al 31/12/1979"
    assert "già coperta" in view.motivazione
    assert "ACCOLTA" in letter_text(world, view)
    periods = [p for p in fascicolo_of(world, "invalidita").posizione.estratto.periodi if p.tipo == "Servizio militare"]
    assert [(p.dal, p.al) for p in periods] == [(dt.date(1979, 3, 5), dt.date(1979, 12, 31))]
    assert periods[0].settimane_diritto == 43 and periods[0].datore == "Ministero della Difesa - Esercito"
    # The same period again: already credited.
    _result, again = submit_and_decide(world, "invalidita", "servizio_militare", GOOD)
    assert again.outcome == "respinta" and "già accreditato" in again.motivazione


def test_a_period_covered_by_work_is_refused(world):
    # Luca Ferrari: his leva of 1994 is already in the estratto conto.
    values = {**GOOD, "dal": "01/01/1994", "al": "31/12/1994", "distretto": "Distretto militare di Milano"}
    _result, view = submit_and_decide(world, "dipendente", "servizio_militare", values)
    assert view.outcome == "respinta" and "già accreditato" in view.motivazione
    values = {**GOOD, "dal": "01/02/1990", "al": "31/01/1991", "distretto": "Distretto militare di Milano"}
    _result, view = submit_and_decide(world, "dipendente", "servizio_militare", values)
    assert view.outcome == "respinta" and "già coperto" in view.motivazione
