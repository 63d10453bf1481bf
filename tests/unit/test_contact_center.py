"""The Contact Center call (issue 3, item 9): dialling, the IVR menu, the operator's
questions one at a time with the online request's rules, the PIN ordinario."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app.models import Citizen, Contact, Message, Pin
from app.services import contact_center as cc, messages, pin as pinmod
from app.services.errors import ServiceError
from tests import timeflow

from .test_pin_conversion import looks_italian


def persona(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


@pytest.fixture
def giovanni(world):
    return persona("senza_credenziali")  # no PIN; landline 0383445566, mobile 3401239876


def say(call, *answers):
    for answer in answers:
        call.answer(answer)
    return call


def operator_lines(call) -> list[str]:
    return [line.text for line in call.lines if line.speaker == "operatore"]


def up_to_contacts(world, caller, cf):
    call = cc.dial(world, caller, "803164", "fisso")
    return say(call, "1", "Giovanni", "Conti", cf, "sì", "sì", "Via Emilia", "17", "27058", "Voghera", "PV")


# --- dialling --------------------------------------------------------------------------


def test_landline_numero_verde_is_free(world, giovanni):
    call = cc.dial(world, giovanni, "803 164", "fisso")
    assert call.lines[1].text == f"{cc.WELCOME} {cc.COST_FREE}"
    assert call.step.key == "menu" and call.step.kind == "digit" and call.step.choices == ("1", "2", "9")


def test_mobile_number_says_the_cost(world, giovanni):
    call = cc.dial(world, giovanni, "+39 06 164 164", "cellulare")
    assert "a pagamento, in base al piano tariffario del suo gestore" in call.lines[1].text
    assert cc.cost_note("06164164", "cellulare") == cc.COST_MOBILE


def test_06_from_the_landline_works_but_is_not_free(world, giovanni):
    call = cc.dial(world, giovanni, "06164164", "fisso")
    assert cc.COST_LANDLINE_06 in call.lines[1].text


@pytest.mark.parametrize("number,line,expected", [
    ("803164", "cellulare", "solo da rete fissa"),
    ("800 803 164", "fisso", "risponde un fax"),
    ("0382 123456", "fisso", "non è raggiungibile"),
    ("", "fisso", "Componga il numero"),
    ("803164", "satellitare", "fisso o cellulare"),
])
def test_dialling_refusals(world, giovanni, number, line, expected):
    with pytest.raises(ServiceError) as info:
        cc.dial(world, giovanni, number, line)
    assert expected in info.value.message and looks_italian(info.value.message)


def test_no_landline_at_home(world):
    luca = persona("dipendente")  # no telefono fisso
    with pytest.raises(ServiceError, match="non c'è un telefono fisso"):
        cc.dial(world, luca, "803164", "fisso")


# --- the menu ------------------------------------------------------------------------------


def test_menu_choices(world, giovanni):
    call = cc.dial(world, giovanni, "803164", "fisso")
    added = call.answer("7")
    assert added[0].speaker == "utente" and added[1].text.startswith("Scelta non valida.")
    added = call.answer("2")
    assert added[1].text == cc.INFO and added[2].text == cc.MENU
    call.answer("9")
    assert call.lines[-1].text == cc.MENU
    call.answer("1")
    assert call.step.key == "nome" and "Mi dice il suo nome?" in call.lines[-1].text


# --- the whole request ---------------------------------------------------------------------


def test_full_call_issues_a_pin_ordinario(world, giovanni):
    call = up_to_contacts(world, giovanni, giovanni.codice_fiscale)
    say(call, "340 123 9876", "nessuno", "giovanni.conti@posta.sim", "nessuna")
    assert call.step.key == "riepilogo" and "Via Emilia 17, 27058 Voghera (PV)" in call.step.prompt
    say(call, "sì")
    assert call.ended and call.outcome == "pin_issued"
    record = pinmod.active_pin(giovanni)
    assert (record.kind, record.channel, record.state) == ("ordinario", "contact_center", "first_half_sent")
    # the first half is told on the phone and sent by SMS and e-mail
    assert " - ".join(call.first_half) in operator_lines(call)[-1]
    sms = messages.delivered(world, giovanni, ("sms",))
    assert len(sms) == 1 and call.first_half in sms[0].body and sms[0].sender == "InpsInforma"
    assert messages.delivered(world, giovanni, ("email",))
    # the second half by letter in about 14 days
    letters = messages.in_transit(world, giovanni, ("letter",))
    assert len(letters) == 1 and (letters[0].deliver_at - world.clock.now()).days == 14
    contact = Contact.get(Contact.citizen == giovanni)
    assert (contact.cellulare, contact.telefono_fisso, contact.email) == ("3401239876", "", "giovanni.conti@posta.sim")
    assert world.events.recent(1, "contact_center.pin.issued")


def test_first_half_plus_letter_complete_the_pin(world, giovanni):
    call = up_to_contacts(world, giovanni, giovanni.codice_fiscale)
    say(call, "3401239876", "0383445566", "giovanni.conti@posta.sim", "nessuna", "si")
    timeflow.advance(world, days=15)
    letter = messages.delivered(world, giovanni, ("letter",))[0]
    from pypdf import PdfReader
    import io
    import re

    text = PdfReader(io.BytesIO(letter.document.pdf)).pages[0].extract_text()
    second = next(re.sub(r"\s", "", m) for m in re.findall(r"(?:[0-9A-F] ){7}[0-9A-F]", text))
    result = pinmod.login(world, giovanni.codice_fiscale, call.first_half + second)
    assert result.status == "must_change"


def test_wrong_codice_fiscale_is_asked_again(world, giovanni):
    call = say(cc.dial(world, giovanni, "803164", "fisso"), "1", "Giovanni", "Conti", "CNTGNN57E08M109")
    assert "16 caratteri" in call.lines[-1].text and call.step.key == "codice_fiscale"
    wrong_check = giovanni.codice_fiscale[:-1] + ("A" if giovanni.codice_fiscale[-1] != "A" else "B")
    call.answer(wrong_check)
    assert "carattere di controllo" in call.lines[-1].text


def test_codice_fiscale_of_another_name_restarts_from_the_name(world, giovanni):
    luca = persona("dipendente")
    call = say(cc.dial(world, giovanni, "803164", "fisso"), "1", "Giovanni", "Conti", luca.codice_fiscale)
    assert any("non corrisponde" in t for t in operator_lines(call))
    assert call.step.key == "nome"


def test_birth_data_denied_asks_the_codice_fiscale_again(world, giovanni):
    call = say(cc.dial(world, giovanni, "803164", "fisso"), "1", "Giovanni", "Conti", giovanni.codice_fiscale)
    assert call.step.key == "nascita" and "nato il 08/05/1957 a Voghera (PV)" in call.step.prompt
    call.answer("forse")
    assert "sì o no" in call.lines[-1].text
    call.answer("no")
    assert call.step.key == "codice_fiscale"


def test_each_field_checked_with_the_online_rules(world, giovanni):
    call = say(cc.dial(world, giovanni, "803164", "fisso"), "1", "Giovanni", "Conti", giovanni.codice_fiscale,
               "sì", "sì", "Via Emilia", "diciassette")
    assert "numero civico è un numero" in call.lines[-1].text
    say(call, "17", "2705")
    assert "5 cifre" in call.lines[-1].text
    say(call, "27058", "Vogera")
    assert "comune non trovato" in call.lines[-1].text
    say(call, "Voghera", "MI")
    assert "è in provincia di PV, non MI" in call.lines[-1].text
    say(call, "PV", "12345")
    assert "cellulare italiano inizia con 3" in call.lines[-1].text


def test_at_least_one_phone_and_one_email(world, giovanni):
    call = up_to_contacts(world, giovanni, giovanni.codice_fiscale)
    say(call, "nessuno", "nessuno")
    assert any("almeno un numero di telefono" in t for t in operator_lines(call))
    assert call.step.key == "cellulare"
    say(call, "nessuno", "0383 445566", "nessuno", "nessuna")
    assert any("almeno un indirizzo e-mail" in t for t in operator_lines(call))
    assert call.step.key == "email"
    say(call, "giovanni@posta", )
    assert "nome@esempio.it" in call.lines[-1].text
    say(call, "giovanni.conti@posta.sim", "nessuna")
    assert call.step.key == "riepilogo"


def test_riepilogo_no_goes_back_to_the_address(world, giovanni):
    call = up_to_contacts(world, giovanni, giovanni.codice_fiscale)
    say(call, "3401239876", "nessuno", "giovanni.conti@posta.sim", "nessuna", "no")
    assert call.step.key == "italia"
    say(call, "sì", "Via Roma", "1", "27058", "Voghera", "PV", "3401239876", "nessuno",
        "giovanni.conti@posta.sim", "nessuna", "sì")
    giovanni = Citizen.get_by_id(giovanni.id)
    assert call.outcome == "pin_issued" and giovanni.indirizzo == "Via Roma"
    assert world.events.recent(1, "citizen.address_changed")


def test_residence_abroad(world):
    francesca = persona("estero")
    pinmod.revoke(world, pinmod.active_pin(francesca), "prova")
    call = say(cc.dial(world, francesca, "06 164 164", "cellulare"), "1", "Francesca", "Colombo",
               francesca.codice_fiscale, "sì", "no", "Germania", "München", "Leopoldstraße 40, 80802",
               "+491701234567", "nessuno", "francesca.colombo@posta.sim", "nessuna", "sì")
    assert call.outcome == "pin_issued"
    assert Citizen.get_by_id(francesca.id).residenza_estera


def test_existing_pin_is_refused(world):
    luca = persona("dipendente")
    call = cc.dial(world, luca, "06164164", "cellulare")
    say(call, "1", "Luca", "Ferrari", luca.codice_fiscale)
    assert call.ended and call.outcome == "refused"
    assert "esiste già un PIN INPS" in operator_lines(call)[-1]


def test_locked_pin_unlocked_after_the_registered_number(world):
    luca = persona("dipendente")
    pinmod.lock(world, pinmod.active_pin(luca), "prova")
    call = say(cc.dial(world, luca, "06164164", "cellulare"), "1", "Luca", "Ferrari", luca.codice_fiscale)
    assert call.step.key == "unlock"
    call.answer("347 987 6543")
    assert call.outcome == "pin_unlocked" and pinmod.active_pin(luca).state == "active"
    assert pinmod.login(world, luca.codice_fiscale, "LUCA1968").status == "ok"


def test_locked_pin_wrong_number_stays_locked(world):
    luca = persona("dipendente")
    pinmod.lock(world, pinmod.active_pin(luca), "prova")
    call = say(cc.dial(world, luca, "06164164", "cellulare"), "1", "Luca", "Ferrari", luca.codice_fiscale, "3330000000")
    assert call.outcome == "refused" and pinmod.active_pin(luca).state == "locked"


def test_three_wrong_answers_end_the_call(world, giovanni):
    call = say(cc.dial(world, giovanni, "803164", "fisso"), "1", "123", "456", "789")
    assert call.ended and call.outcome == "gave_up"
    assert Pin.select().where(Pin.citizen == giovanni).count() == 0


def test_hang_up_saves_nothing(world, giovanni):
    messages_before = Message.select().count()
    call = up_to_contacts(world, giovanni, giovanni.codice_fiscale)
    say(call, "3401239876")
    call.hang_up()
    assert call.ended and call.outcome == "hung_up" and call.lines[-1].text == "La chiamata è terminata."
    assert Pin.select().where(Pin.citizen == giovanni).count() == 0
    assert Message.select().count() == messages_before
    assert call.hang_up() == []
    with pytest.raises(ServiceError, match="terminata"):
        call.answer("pronto?")


def test_new_person_unknown_to_inps(world):
    from app.services import codice_fiscale as cfmod
    import datetime as dt

    code = cfmod.compute("Verdi", "Anna", "F", dt.date(1990, 2, 3), "Pavia")
    call = say(cc.dial(world, None, "803164", "fisso"), "1", "Anna", "Verdi", code, "sì", "sì", "Corso Cavour",
               "5", "27100", "Pavia", "PV", "3391112222", "nessuno", "anna.verdi@posta.sim", "nessuna", "sì")
    assert call.outcome == "pin_issued"
    anna = Citizen.get(Citizen.codice_fiscale == code)
    assert not anna.known_to_inps and pinmod.active_pin(anna).channel == "contact_center"


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(max_size=30), st.sampled_from(
    ["1", "2", "9", "sì", "no", "nessuno", "Giovanni", "Conti", "CNTGNN57E08M109W", "Via Emilia", "17", "27058",
     "Voghera", "PV", "3401239876", "giovanni.conti@posta.sim"])), max_size=25))
def test_fuzz_the_conversation(world, giovanni, answers):
    call = cc.dial(world, giovanni, "803164", "fisso")
    for answer in answers:
        if call.ended:
            with pytest.raises(ServiceError):
                call.answer(answer)
            break
        added = call.answer(answer)
        assert added and all(line.text for line in added)
        assert all(looks_italian(line.text) or line.speaker == "utente" or len(line.text) < 60 for line in added)
    if call.outcome != "pin_issued":
        assert Pin.select().where(Pin.citizen == giovanni).count() == 0
