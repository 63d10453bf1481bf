"""Richiesta PIN online: step 1, every check of step 2, the outcome, the call, fuzzing."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app.models import Citizen, Contact, Document, Event, Message, Pin
from app.services import codice_fiscale as cfmod
from app.services import messages
from app.services import pin as P
from app.services import pin_request as R
from app.services.errors import ServiceError, ValidationError


@pytest.fixture
def giovanni(world):
    return Citizen.get(Citizen.persona_key == "senza_credenziali")


def good_form(citizen=None, **over) -> dict:
    form = dict(
        codice_fiscale=citizen.codice_fiscale if citizen else "CNTGNN57E08M109W", residenza="italiana",
        cognome="Conti", nome="Giovanni", sesso="M", data_nascita="08/05/1957", comune_nascita="Voghera",
        provincia_nascita="PV", indirizzo="Via Emilia", civico="17", cap="27058", comune="Voghera",
        provincia="PV", cellulare="3401239876", telefono_fisso="0383445566",
        email="giovanni.conti@posta.sim", pec="", telefono_preferenziale="cellulare", fascia_oraria="9-13",
    )
    form.update(over)
    return form


def counts() -> tuple:
    return tuple(m.select().count() for m in (Citizen, Contact, Pin, Message, Document))


def citizen_state(c: Citizen) -> tuple:
    c = Citizen.get_by_id(c.id)
    contact = Contact.get_or_none(Contact.citizen == c)
    return (c.address_line(), c.cognome, contact.email if contact else None, contact.cellulare if contact else None)


# --- step 1 ---------------------------------------------------------------------------


def test_step1_ok(world, giovanni):
    step = R.check_step1(world, " cntgnn57e08m109w ", "Italiana")
    assert step.codice_fiscale == giovanni.codice_fiscale and not step.estera and step.known


def test_step1_errors(world):
    with pytest.raises(ValidationError) as exc:
        R.check_step1(world, "", "")
    assert set(exc.value.errors) == {"codice_fiscale", "residenza"}
    with pytest.raises(ValidationError) as exc:
        R.check_step1(world, "CNTGNN57E08M109X", "estera")
    assert "carattere di controllo" in exc.value.errors["codice_fiscale"]
    with pytest.raises(ValidationError) as exc:
        R.check_step1(world, "CNTGNN57E08", "estera")
    assert "ne ha scritti 11" in exc.value.errors["codice_fiscale"]


def test_step1_unknown_cf_is_accepted(world):
    code = cfmod.compute("Verdi", "Anna", "F", dt.date(1950, 3, 3), "Pavia")
    step = R.check_step1(world, code, "italiana")
    assert not step.known


@pytest.mark.parametrize("key", ["dipendente", "pensionata", "estero"])
def test_step1_refuses_a_cf_with_a_pin(world, key):
    c = Citizen.get(Citizen.persona_key == key)
    with pytest.raises(ServiceError) as exc:
        R.check_step1(world, c.codice_fiscale, "italiana")
    assert "esiste già un PIN" in exc.value.message and "Hai smarrito il PIN?" in exc.value.message


def test_step1_refuses_a_locked_pin_with_the_ways_out(world):
    c = Citizen.get(Citizen.persona_key == "dipendente")
    P.lock(world, P.active_pin(c), "test")
    with pytest.raises(ServiceError) as exc:
        R.check_step1(world, c.codice_fiscale, "italiana")
    assert "bloccato" in exc.value.message and "803 164" in exc.value.message


def test_step1_accepts_after_revoca(world):
    c = Citizen.get(Citizen.persona_key == "dipendente")
    P.revoke(world, P.active_pin(c), "test")
    assert R.check_step1(world, c.codice_fiscale, "italiana").known


# --- step 2: checks -------------------------------------------------------------------


def test_riepilogo_rows(world, giovanni):
    summary = R.validate_request(world, good_form(giovanni, cellulare="340 123 9876"))
    rows = dict(summary.rows)
    assert rows["Codice Fiscale"] == giovanni.codice_fiscale
    assert rows["Cellulare"] == "3401239876"
    assert rows["Indirizzo di residenza"] == "Via Emilia 17, 27058 Voghera (PV)"
    assert rows["Luogo di nascita"] == "Voghera (PV)"
    assert summary.known and not summary.address_differs


@pytest.mark.parametrize("over,field,fragment", [
    (dict(cognome=""), "cognome", "Scriva il cognome"),
    (dict(nome="G1ovanni"), "nome", "solo con lettere"),
    (dict(sesso=""), "sesso", "maschio (M) oppure femmina (F)"),
    (dict(data_nascita=""), "data_nascita", "gg/mm/aaaa"),
    (dict(data_nascita="31/02/1957"), "data_nascita", "non è una data valida"),
    (dict(data_nascita="1957-05-08"), "data_nascita", "non è una data valida"),
    (dict(data_nascita="08/05/2019"), "data_nascita", "futuro"),
    (dict(data_nascita="08/05/1857"), "data_nascita", "120 anni"),
    (dict(comune_nascita=""), "comune_nascita", "Scriva il comune di nascita"),
    (dict(comune_nascita="Vogheropoli"), "comune_nascita", "non trovato"),
    (dict(provincia_nascita="MI"), "provincia_nascita", "in provincia di PV, non MI"),
    (dict(provincia_nascita="P1"), "provincia_nascita", "2 lettere"),
    (dict(indirizzo=""), "indirizzo", "indirizzo"),
    (dict(civico=""), "civico", "SNC"),
    (dict(civico="diciassette"), "civico", "numero civico"),
    (dict(cap=""), "cap", "5 cifre"),
    (dict(cap="2705"), "cap", "5 cifre"),
    (dict(cap="27O58"), "cap", "5 cifre"),
    (dict(comune=""), "comune", "comune di residenza"),
    (dict(comune="Atlantide"), "comune", "non trovato"),
    (dict(provincia=""), "provincia", "2 lettere"),
    (dict(provincia="PAV"), "provincia", "2 lettere"),
    (dict(provincia="MI"), "provincia", "in provincia di PV, non MI"),
    (dict(cellulare="", telefono_fisso=""), "cellulare", "altrimenti la richiesta non può andare avanti"),
    (dict(email="", pec=""), "email", "altrimenti la richiesta non può andare avanti"),
    (dict(cellulare="2401239876"), "cellulare", "inizia con 3"),
    (dict(cellulare="34012abc76"), "cellulare", "solo cifre"),
    (dict(telefono_fisso="3383445566"), "telefono_fisso", "inizia con 0"),
    (dict(email="giovanni.conti@posta"), "email", "nome@esempio.it"),
    (dict(email="giovanni conti@posta.sim"), "email", "nome@esempio.it"),
    (dict(pec="@pec.sim"), "pec", "PEC"),
    (dict(telefono_preferenziale="fisso", telefono_fisso=""), "telefono_preferenziale", "fisso"),
    (dict(telefono_preferenziale="cellulare", cellulare=""), "telefono_preferenziale", "cellulare"),
    (dict(telefono_preferenziale="piccione"), "telefono_preferenziale", "cellulare o fisso"),
    (dict(fascia_oraria="3-4"), "fascia_oraria", "fascia oraria"),
    (dict(residenza="lunare"), "residenza", "Italiana oppure Estera"),
    (dict(cognome="X" * 81), "cognome", "troppo lungo"),
])
def test_each_check_refuses_with_an_italian_message(world, giovanni, over, field, fragment):
    before = counts()
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, good_form(giovanni, **over))
    assert fragment in exc.value.errors[field]
    with pytest.raises(ValidationError):
        R.submit_request(world, good_form(giovanni, **over))
    assert counts() == before


def test_contacts_mandatory_message_is_the_seed_text(world, giovanni):
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, good_form(giovanni, cellulare="", telefono_fisso="", email="", pec=""))
    assert exc.value.errors["cellulare"].startswith(R.CONTACTS_MANDATORY)
    assert exc.value.errors["email"].startswith(R.CONTACTS_MANDATORY)


def test_one_phone_and_one_email_of_any_kind_are_enough(world, giovanni):
    R.validate_request(world, good_form(giovanni, cellulare="", telefono_preferenziale="fisso", email="",
                                        pec="giovanni@pec.sim"))


def test_all_errors_at_once(world, giovanni):
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, good_form(giovanni, cap="1", provincia="1", email="x", cognome=""))
    assert {"cap", "provincia", "email", "cognome"} <= set(exc.value.errors)


def test_cf_check_character(world, giovanni):
    wrong = giovanni.codice_fiscale[:-1] + ("A" if giovanni.codice_fiscale[-1] != "A" else "B")
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, good_form(giovanni, codice_fiscale=wrong))
    assert "carattere di controllo" in exc.value.errors["codice_fiscale"]


@pytest.mark.parametrize("over", [
    dict(nome="Giorgio"), dict(sesso="F"), dict(data_nascita="09/05/1957"),
    dict(comune_nascita="Pavia", provincia_nascita="PV"),
])
def test_cf_must_match_the_anagrafica(world, giovanni, over):
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, good_form(giovanni, **over))
    assert "non corrisponde ai dati anagrafici" in exc.value.errors["codice_fiscale"]


def test_omocodia_variant_accepted(world):
    marco = Citizen.get(Citizen.persona_key == "omocodia")
    P.revoke(world, P.active_pin(marco), "test")
    base = cfmod.compute("Russo", "Marco", "M", dt.date(1979, 1, 23), "Roma")
    assert marco.codice_fiscale != base
    form = good_form(None, codice_fiscale=marco.codice_fiscale, cognome="Russo", nome="Marco",
                     data_nascita="23/01/1979", comune_nascita="Roma", provincia_nascita="RM",
                     indirizzo="Via Tuscolana", civico="301", cap="00182", comune="Roma", provincia="RM",
                     cellulare="3204445566", telefono_fisso="", email="marco.russo@posta.sim")
    summary = R.validate_request(world, form)
    assert summary.known and not summary.address_differs


def test_archive_anagrafica_must_match(world, giovanni):
    # A CF that is computed the same for "Giovanni" and "Giovanna"? no: sex differs. Use the
    # archive check directly: same CF and data, but a different spelling of the surname.
    form = good_form(giovanni, cognome="Contti")  # CNT still, same code
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, form)
    assert "archivi INPS" in exc.value.errors["cognome"]


def test_accents_and_case_do_not_matter(world, giovanni):
    R.validate_request(world, good_form(giovanni, cognome="CONTI", nome="giovanni", sesso="maschio",
                                        comune_nascita="voghera", provincia_nascita="pv",
                                        comune="VOGHERA", provincia="pv", data_nascita="8/5/1957"))


def test_born_abroad_and_resident_abroad(world):
    code = cfmod.compute("Neri", "Karl", "M", dt.date(1960, 3, 3), "Germania")
    form = good_form(None, codice_fiscale=code, cognome="Neri", nome="Karl", data_nascita="03/03/1960",
                     nato_estero="si", stato_nascita="germania", comune_nascita="", provincia_nascita="",
                     residenza="estera", indirizzo="", civico="", cap="", comune="", provincia="",
                     stato_estero="Svizzera", citta_estera="Zurigo", indirizzo_estero="Bahnhofstrasse 1, 8001",
                     cellulare="+41791234567", telefono_fisso="")
    rows = dict(R.validate_request(world, form).rows)
    assert rows["Luogo di nascita"] == "Germania (Stato estero)"
    assert rows["Indirizzo di residenza"] == "Bahnhofstrasse 1, 8001, Zurigo, Svizzera"


@pytest.mark.parametrize("over,field", [
    (dict(stato_estero=""), "stato_estero"), (dict(citta_estera=""), "citta_estera"),
    (dict(indirizzo_estero=""), "indirizzo_estero"), (dict(stato_estero="Italia"), "stato_estero"),
    (dict(stato_estero="Narnia"), "stato_estero"),
])
def test_foreign_residence_checks(world, over, field):
    francesca = Citizen.get(Citizen.persona_key == "estero")
    P.revoke(world, P.active_pin(francesca), "test")
    form = good_form(None, codice_fiscale=francesca.codice_fiscale, cognome="Colombo", nome="Francesca",
                     sesso="F", data_nascita="14/07/1958", comune_nascita="Bergamo", provincia_nascita="BG",
                     residenza="estera", stato_estero="Germania", citta_estera="München",
                     indirizzo_estero="Leopoldstraße 40, 80802", cellulare="+491701234567", telefono_fisso="",
                     email="francesca.colombo@posta.sim")
    assert not R.validate_request(world, form).address_differs
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, dict(form, **over))
    assert field in exc.value.errors


def test_stato_nascita_required_when_born_abroad(world, giovanni):
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, good_form(giovanni, nato_estero="si", stato_nascita=""))
    assert "Stato estero" in exc.value.errors["stato_nascita"]
    with pytest.raises(ValidationError) as exc:
        R.validate_request(world, good_form(giovanni, nato_estero="si", stato_nascita="Voghera"))
    assert "non trovato" in exc.value.errors["stato_nascita"]


def test_validate_refuses_an_existing_pin(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    form = good_form(None, codice_fiscale=luca.codice_fiscale, cognome="Ferrari", nome="Luca",
                     data_nascita="20/06/1968", comune_nascita="Milano", provincia_nascita="MI",
                     indirizzo="Via Padova", civico="88", cap="20127", comune="Milano", provincia="MI")
    before = counts()
    with pytest.raises(ServiceError) as exc:
        R.submit_request(world, form)
    assert "esiste già un PIN" in exc.value.message
    assert counts() == before


# --- step 3: outcome ------------------------------------------------------------------


def test_submit_outcome_and_delivery(world, giovanni):
    outcome = R.submit_request(world, good_form(giovanni))
    assert outcome.message == R.OUTCOME_MESSAGE
    assert outcome.message.startswith("La richiesta del PIN è stata inserita correttamente: riceverà la prima parte")
    assert outcome.note == "" and outcome.call_at is None
    assert outcome.first_half_channels == ["sms", "email"]
    assert outcome.letter_due == world.clock.now() + dt.timedelta(days=14)
    pin = P.active_pin(giovanni)
    assert pin.state == "first_half_sent" and pin.channel == "online" and pin.kind == "ordinario"
    assert messages.delivered(world, giovanni, ("sms",))[0].sender == "InpsInforma"
    assert Message.select().where((Message.citizen == giovanni) & (Message.channel == "call")).count() == 0
    assert Event.select().where(Event.kind == "pin.request.submitted").count() == 1


def test_contacts_registered_at_request_time(world, giovanni):
    R.submit_request(world, good_form(giovanni, email="nuova@posta.sim", pec="gc@pec.sim", fascia_oraria="14-18"))
    contact = Contact.get(Contact.citizen == giovanni)
    assert (contact.email, contact.pec, contact.fascia_oraria) == ("nuova@posta.sim", "gc@pec.sim", "14-18")
    assert contact.verified_at == world.clock.now()


def test_different_address_gets_a_call_and_the_note(world, giovanni):
    outcome = R.submit_request(world, good_form(giovanni, indirizzo="Via Cavour", civico="3",
                                                telefono_preferenziale="fisso", fascia_oraria="14-18"))
    assert outcome.note == R.ADDRESS_CALL_NOTE and "Contact Center" in outcome.note
    assert outcome.call_at == dt.datetime(2018, 10, 15, 14, 0)
    call = Message.get((Message.citizen == giovanni) & (Message.channel == "call"))
    assert call.address == "0383445566" and "Via Cavour 3" in call.body
    assert Citizen.get_by_id(giovanni.id).indirizzo == "Via Cavour"
    assert messages.delivered(world, giovanni, ("call",)) == []
    world.clock.advance(hours=5)
    assert messages.delivered(world, giovanni, ("call",))[0].id == call.id
    assert Event.select().where(Event.kind == "citizen.address_changed").count() == 1
    letter = messages.in_transit(world, giovanni, ("letter",))[0]
    assert "Via Cavour 3" in letter.address


def test_unknown_person_is_created_not_known_to_inps(world):
    code = cfmod.compute("Verdi", "Anna", "F", dt.date(1950, 3, 3), "Pavia")
    before = Citizen.select().count()
    outcome = R.submit_request(world, good_form(None, codice_fiscale=code, cognome="Verdi", nome="Anna",
                                                sesso="F", data_nascita="03/03/1950", comune_nascita="Pavia",
                                                provincia_nascita="PV"))
    assert Citizen.select().count() == before + 1
    anna = Citizen.get_by_id(outcome.citizen_id)
    assert not anna.known_to_inps and anna.codice_fiscale == code and anna.luogo_nascita == "Pavia"
    assert outcome.note == R.NEW_PERSON_CALL_NOTE and outcome.call_at is not None
    assert P.active_pin(anna).state == "first_half_sent"


# --- fuzzing --------------------------------------------------------------------------

FIELDS = list(R.PinRequestForm().as_dict())
text = st.one_of(st.text(max_size=40), st.sampled_from(["", " ", "Voghera", "PV", "27058", "3401239876",
                                                        "a@b.it", "08/05/1957", "estera", "italiana", "M",
                                                        "si", "fisso", "9-13", "\x00", "ǅ", "🙂" * 3]))


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(FIELDS), text, max_size=8))
def test_fuzz_request_form(world, changes):
    giovanni = Citizen.get(Citizen.persona_key == "senza_credenziali")
    P_before = P.active_pin(giovanni)
    form = good_form(giovanni, **changes)
    before = counts()
    state = citizen_state(giovanni)
    try:
        R.validate_request(world, form)
    except ValidationError as exc:
        assert exc.errors and all(isinstance(m, str) and m.strip() for m in exc.errors.values())
        assert all(k in R.FIELD_LABELS for k in exc.errors)
    except ServiceError as exc:
        assert exc.message.strip()
    try:
        outcome = R.submit_request(world, form)
    except ServiceError as exc:  # ValidationError included
        assert exc.message.strip()
        assert counts() == before, "a refused request left rows behind"
        assert citizen_state(giovanni) == state
    else:
        assert outcome.message == R.OUTCOME_MESSAGE
        assert P_before is None
        # clean up so the next example starts from the same world
        for pin in giovanni.pins:
            P.revoke(world, pin, "fuzz cleanup") if pin.state != "revoked" else None


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cf=text, res=text)
def test_fuzz_step1(world, cf, res):
    before = counts()
    try:
        R.check_step1(world, cf, res)
    except ServiceError as exc:
        assert exc.message.strip()
    assert counts() == before


@pytest.mark.parametrize("now,fascia,expected", [
    (dt.datetime(2018, 10, 15, 9, 0), "9-13", dt.datetime(2018, 10, 16, 9, 0)),
    (dt.datetime(2018, 10, 15, 9, 0), "14-18", dt.datetime(2018, 10, 15, 14, 0)),
    (dt.datetime(2018, 10, 15, 17, 30), "18-20", dt.datetime(2018, 10, 15, 18, 0)),
    (dt.datetime(2018, 10, 15, 18, 0), "18-20", dt.datetime(2018, 10, 16, 18, 0)),
    (dt.datetime(2018, 10, 15, 16, 0), "18-20", dt.datetime(2018, 10, 15, 18, 0)),
])
def test_call_within_a_day_at_the_start_of_the_band(now, fascia, expected):
    call = R._call_time(now, fascia)
    assert call == expected and now < call <= now + dt.timedelta(days=1)
