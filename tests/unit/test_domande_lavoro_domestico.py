"""Lavoro domestico: the employer's registration of a colf or badante (seed 003). Checks
(the day before, the 2018 minimum pay, the hours), the PIN ordinario refusal, protocol and
receipt with the contributions, states with the clock, the decision and the Fascicolo
(Domande presentate > Lavoro domestico)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.money import euro
from app.services import domande, figures
from app.services.domande_lavoro import contributo_orario, quarter_deadline
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
)

WORKER_BORN = dt.date(1975, 3, 10)
WORKER_CF = cf_for("Rossi", "Anna", "F", WORKER_BORN, "Pavia")
GOOD = {"lav_cognome": "Rossi", "lav_nome": "Anna", "lav_cf": WORKER_CF, "lav_nascita": "10/03/1975",
        "lav_cittadinanza": "Italiana", "mansione": "colf", "livello": "B", "convivente": "no",
        "data_inizio": "05/11/2018", "contratto": "indeterminato", "ore": "20", "paga_oraria": "7,50",
        "dichiarazione": True}


def test_refused_with_pin_ordinario(world):
    refused_with_ordinario(world, "lavoro_domestico", GOOD)


def test_checks(world):
    session = session_for(world, "pensionata")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "lavoro_domestico", 0, {**GOOD, "lav_nascita": "11/03/1975"})
    assert "10/03/1975" in err.value.errors["lav_nascita"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "lavoro_domestico", 0, {**GOOD, "lav_cf": "BNCMRA48C52G388G"})
    assert "suo codice fiscale" in err.value.errors["lav_cf"]
    # The day before at the latest; the 2018 minimum pay of the level; at most 40 hours without living in.
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "lavoro_domestico", 1, {**GOOD, "data_inizio": "15/10/2018",
                                                                      "paga_oraria": "5,00", "ore": "45"})
    errors = err.value.errors
    assert "16/10/2018" in errors["data_inizio"]
    minimum = figures.value("domestico.minimi_orari_non_conviventi_cents")["B"]
    assert euro(minimum) in errors["paga_oraria"] and "40 ore" in errors["ore"]
    # A badante living in is paid by the month; the hourly pay is not asked.
    cleaned = domande.validate_step(world, session, "lavoro_domestico", 1, {
        **GOOD, "mansione": "badante", "livello": "CS", "convivente": "si", "ore": "54", "paga_oraria": "",
        "paga_mensile": "1.000,00"})
    assert cleaned["paga_mensile"] == 100000 and cleaned["paga_oraria"] == "" and cleaned["ore"] == 54
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "lavoro_domestico", 1, {**GOOD, "contratto": "determinato",
                                                                      "data_fine": ""})
    assert "ultimo giorno" in err.value.errors["data_fine"]


def test_contribution_bands_of_2018():
    # 7,50 an hour + the tredicesima's share = 8,13: the second band (over 7,97), 1,59 an hour.
    assert contributo_orario({"ore": 20, "convivente": "no", "paga_oraria": 750})["totale"] == 159
    assert contributo_orario({"ore": 20, "convivente": "no", "paga_oraria": 700})["totale"] == 141
    assert contributo_orario({"ore": 20, "convivente": "no", "paga_oraria": 950})["totale"] == 194
    assert contributo_orario({"ore": 30, "convivente": "no", "paga_oraria": 950})["totale"] == 102  # over 24 hours
    assert contributo_orario({"ore": 20, "convivente": "no", "paga_oraria": 750, "contratto": "determinato"})["totale"] == 170
    assert quarter_deadline(dt.date(2018, 11, 5)) == ("ottobre-dicembre 2018", dt.date(2019, 1, 10))
    assert quarter_deadline(dt.date(2019, 2, 1))[1] == dt.date(2019, 4, 10)


def test_registered_and_listed_in_the_fascicolo(world):
    result, view = submit_and_decide(world, "pensionata", "lavoro_domestico", GOOD)
    receipt = flat(pdf_text(result.receipt_pdf))
    assert "Contributi da versare (stima)" in receipt and "1,59 €" in receipt and "10/01/2019" in receipt
    assert "Rossi" in receipt and WORKER_CF in receipt
    assert view.outcome == "accolta"
    esito = dict(view.esito)
    assert esito["Codice del rapporto di lavoro"].endswith("(ricostruzione)")
    assert esito["Primo versamento"].startswith("entro il 10/01/2019")
    assert esito["Contributi di un trimestre intero"] == f"circa {euro(159 * 20 * 13)}"
    letter = letter_text(world, view)
    assert "ACCOLTA" in letter and "Rossi Anna" in letter and result.protocol in letter
    f = fascicolo_of(world, "pensionata")
    assert [d.protocol for d in f.rapporti_domestici] == [result.protocol]
    assert f.rapporti_domestici[0].preview == view.preview and view.preview_title == "Contributi da versare (stima)"
