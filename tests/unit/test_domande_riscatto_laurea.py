"""Riscatto del corso di laurea (seed 004), the ordinary one of 2018, with the cost
simulation: checks, the PIN ordinario refusal, protocol and receipt with the simulation,
states with the clock, the decision letter and the estratto conto of the Fascicolo."""
from __future__ import annotations

import datetime as dt

import pytest

from app.money import euro
from app.services import domande, figures
from app.services.domande_contributi import riscatto_cost
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
)

# Giulia Romano: immatricolata nel 1995, laureata nel 2000; dipendente dal 1997.
GOOD = {"titolo": "laurea", "universita": "Università di Bologna", "corso": "Lettere", "immatricolazione": "01/11/1995",
        "data_laurea": "15/03/2000", "durata_legale": "4", "quanto": "tutto", "pagamento": "rate", "rate": "120",
        "dichiarazione": True}
CLEAN = {**GOOD, "durata_legale": 4, "rate": 120}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "riscatto_laurea", GOOD, key="gestione_separata")


def test_cost_simulation_takes_out_the_years_already_covered(world):
    giulia = citizen("gestione_separata")
    cost = riscatto_cost(world, giulia, CLEAN)
    assert (cost["start"], cost["end"]) == (dt.date(1995, 11, 1), dt.date(1999, 10, 31))
    # 1997-1999 are covered by her job: only November 1995 - December 1996 is left (about 61 weeks).
    assert 60 <= cost["weeks"] <= 62 and cost["covered"] > 140
    assert cost["per_year"] == round(cost["pay"] * figures.value("riscatto.aliquota")) and cost["pay"] > 0
    assert cost["total"] == round(cost["per_year"] * cost["weeks"] / 52)
    assert cost["before_1996"] is False  # her first contribution is of 1997: the percentage method applies
    session = session_for(world, "gestione_separata")
    rows = dict(domande.preview(world, session, "riscatto_laurea", CLEAN))
    assert rows["Costo totale stimato"] == euro(cost["total"])
    assert rows["Rata mensile"] == f"{euro(round(cost['total'] / 120))} per 120 mesi"
    assert "deducibile" in rows["Vantaggio fiscale"]


def test_before_1996_is_marked_as_a_reconstruction(world):
    # Luca Ferrari worked from 1986: a course of 1990-1994 overlaps his job, 1987 he was working too.
    luca = citizen("dipendente")
    cost = riscatto_cost(world, luca, {**CLEAN, "immatricolazione": "01/11/1993", "data_laurea": "01/07/1998",
                                       "durata_legale": 4})
    assert cost is not None and cost["before_1996"]


def test_checks(world):
    session = session_for(world, "gestione_separata")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "riscatto_laurea", 0, {**GOOD, "data_laurea": "01/10/1995"})
    assert "successiva all'immatricolazione" in err.value.errors["data_laurea"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "riscatto_laurea", 0, {**GOOD, "durata_legale": "9"})
    assert "6" in err.value.errors["durata_legale"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "riscatto_laurea", 1, {**CLEAN, "pagamento": "rate", "rate": ""})
    assert "rate" in err.value.errors["rate"]
    # A course entirely covered by work: nothing to redeem.
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "riscatto_laurea", 1, {**CLEAN, "immatricolazione": "01/11/1998",
                                                                     "data_laurea": "20/07/2003"})
    assert "già coperti" in err.value.errors["quanto"]
    # A pensioner asks for the supplemento instead.
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session_for(world, "pensionata"), "riscatto_laurea", 1,
                              {**CLEAN, "immatricolazione": "01/11/1966", "data_laurea": "01/07/1971"})
    assert "supplemento" in err.value.errors["quanto"]


def test_accepted_and_credited_in_the_estratto_conto(world):
    giulia = citizen("gestione_separata")
    cost = riscatto_cost(world, giulia, CLEAN)
    before = fascicolo_of(world, "gestione_separata").posizione.estratto.totale.settimane_diritto
    result, view = submit_and_decide(world, "gestione_separata", "riscatto_laurea", GOOD)
    receipt = flat(pdf_text(result.receipt_pdf))
    assert "Simulazione del costo del riscatto" in receipt and euro(cost["total"]) in receipt
    assert view.outcome == "accolta" and dict(view.esito)["Onere da versare"] == euro(cost["total"])
    letter = letter_text(world, view)
    assert "ACCOLTA" in letter and euro(cost["total"]) in letter and "Riscatto laurea" in letter
    estratto = fascicolo_of(world, "gestione_separata").posizione.estratto
    riscatto = [p for p in estratto.periodi if p.tipo == "Riscatto laurea"]
    assert [(p.dal, p.al) for p in riscatto] == [(dt.date(1995, 11, 1), dt.date(1995, 12, 31)),
                                                 (dt.date(1996, 1, 1), dt.date(1996, 12, 31))]
    assert estratto.totale.settimane_diritto - before == sum(p.settimane_diritto for p in riscatto) >= 60
