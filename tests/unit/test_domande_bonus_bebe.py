"""Bonus bebè 2018 (seed 004): checks (born in 2018, the child's codice fiscale), the PIN
ordinario refusal, protocol and receipt with the amount, states with the clock, the 2018
amounts by ISEE, the refusals (ISEE, residence abroad) and the Fascicolo."""
from __future__ import annotations

import datetime as dt

import pytest

from app.services import domande
from app.services.domande_famiglia import bebe_amount, bebe_months
from app.services.errors import ValidationError
from tests.unit.domande_kit import (
    cf_for,
    fascicolo_of,
    flat,
    letter_text,
    pdf_text,
    refused_with_ordinario,
    session_for,
    submit_and_decide,
    valid_iban,
)

BORN = dt.date(2018, 8, 20)
CHILD_CF = cf_for("Russo", "Sofia", "F", BORN, "Roma")
GOOD = {"figlio_cognome": "Russo", "figlio_nome": "Sofia", "figlio_cf": CHILD_CF, "figlio_nascita": "20/08/2018",
        "isee": "12.500,00", "dsu": True, "pagamento": "conto", "iban": valid_iban(), "convivente": True,
        "residente": True, "dichiarazione": True}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "bonus_bebe", GOOD)


def test_amounts_of_2018():
    assert bebe_amount(1_250_000) == 8000 and bebe_amount(650_000) == 16000 and bebe_amount(2_600_000) == 0
    assert bebe_amount(2_500_000) == 8000 and bebe_amount(700_000) == 8000  # the limits themselves
    assert bebe_months(BORN, dt.date(2018, 10, 15)) == (dt.date(2018, 8, 1), 12)
    assert bebe_months(dt.date(2018, 3, 1), dt.date(2018, 10, 15)) == (dt.date(2018, 10, 1), 5)  # late: 90 days


def test_checks(world):
    session = session_for(world, "omocodia")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "bonus_bebe", 0, {**GOOD, "figlio_nascita": "21/08/2018"})
    assert "20/08/2018" in err.value.errors["figlio_nascita"]
    older = cf_for("Russo", "Luca", "M", dt.date(2017, 5, 2), "Roma")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "bonus_bebe", 0, {**GOOD, "figlio_cf": older,
                                                                "figlio_nascita": "02/05/2017"})
    assert "nel 2018" in err.value.errors["figlio_nascita"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "bonus_bebe", 1, {**GOOD, "isee": "dodicimila"})
    assert "euro" in err.value.errors["isee"]
    assert domande.validate_step(world, session, "bonus_bebe", 1, GOOD)["isee"] == 1_250_000
    assert domande.preview(world, session, "bonus_bebe", {**GOOD, "isee": 1_250_000}) == [
        ("Importo mensile", "80,00 €"), ("Mesi", "12, da agosto 2018"), ("Totale", "960,00 €")]


def test_accepted_and_in_the_fascicolo(world):
    result, view = submit_and_decide(world, "omocodia", "bonus_bebe", GOOD)
    receipt = flat(pdf_text(result.receipt_pdf))
    assert "Il bonus previsto" in receipt and "960,00 €" in receipt and CHILD_CF in receipt
    assert view.outcome == "accolta"
    assert dict(view.esito)["Periodo"] == "da agosto 2018 a luglio 2019 (12 mesi)"
    letter = letter_text(world, view)
    assert "ACCOLTA" in letter and "80,00 €" in letter
    assert [d.protocol for d in fascicolo_of(world, "omocodia").prestazioni_sostegno] == [result.protocol]


def test_isee_over_the_limit_and_residence_abroad_are_refused(world):
    _r, view = submit_and_decide(world, "omocodia", "bonus_bebe", {**GOOD, "isee": "30.000"})
    assert view.outcome == "respinta" and "25.000,00 €" in view.motivazione
    values = {**GOOD, "figlio_cognome": "Colombo", "figlio_cf": cf_for("Colombo", "Sofia", "F", BORN, "Roma")}
    _r, view = submit_and_decide(world, "estero", "bonus_bebe", values)
    assert view.outcome == "respinta" and "residente all'estero" in view.motivazione
