"""«Hai smarrito il PIN?»: ripristino and revoca."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app.models import Citizen, Contact, Event, Message, Pin
from app.services import messages
from app.services import pin as P
from app.services import pin_recovery as RC
from app.services import pin_request as R
from app.services.errors import ServiceError, ValidationError
from app.services.personas import codice_fiscale_of, persona


@pytest.fixture
def luca(world):
    return Citizen.get(Citizen.persona_key == "dipendente")


def _fmt(d):
    return d.strftime("%d/%m/%Y")


def test_advise(world, luca):
    assert RC.advise(world, luca.codice_fiscale) == "ripristino"
    giovanni = Citizen.get(Citizen.persona_key == "senza_credenziali")
    R.submit_request(world, dict(
        codice_fiscale=giovanni.codice_fiscale, residenza="italiana", cognome="Conti", nome="Giovanni",
        sesso="M", data_nascita="08/05/1957", comune_nascita="Voghera", provincia_nascita="PV",
        indirizzo="Via Emilia", civico="17", cap="27058", comune="Voghera", provincia="PV",
        cellulare="3401239876", email="giovanni.conti@posta.sim"))
    assert RC.advise(world, giovanni.codice_fiscale) == "revoca"  # never used
    with pytest.raises(ServiceError, match="non risulta un PIN"):
        RC.advise(world, "RSSMRA70A01Z112D")


def test_ripristino_issues_a_new_pin_in_two_halves(world, luca):
    old = P.active_pin(luca)
    outcome = RC.ripristino(world, luca.codice_fiscale, "347 987 6543", "Luca.Ferrari@posta.sim")
    assert outcome.message == RC.RIPRISTINO_DONE
    assert Pin.get_by_id(old.id).state == "revoked"
    new = P.active_pin(luca)
    assert new.id == outcome.pin_id and new.channel == "ripristino" and new.state == "complete"
    assert new.kind == old.kind and new.initial
    mail = messages.delivered(world, luca, ("email",))[0]
    sms = messages.delivered(world, luca, ("sms",))[0]
    first = mail.body.split("è:\n\n    ")[1][:8]
    second = sms.body.split("nuovo PIN è ")[1][:8]
    assert sms.sender == "InpsInforma"
    with pytest.raises(P.PinLoginError):
        P.login(world, luca.codice_fiscale, "LUCA1968")
    result = P.login(world, luca.codice_fiscale, first + second)
    assert result.status == "must_change" and result.reason == "first_access"
    result = P.change_pin(world, luca.codice_fiscale, first + second, "RIPRESO1", "RIPRESO1")
    assert result.status == "ok" and result.session.method == "pin_ordinario"


def test_ripristino_of_a_locked_pin(world, luca):
    P.lock(world, P.active_pin(luca), "test")
    RC.ripristino(world, luca.codice_fiscale, "3479876543", "luca.ferrari@posta.sim")
    assert P.active_pin(luca).state == "complete"


def test_ripristino_keeps_dispositivo_and_uses_pec(world):
    giulia = Citizen.get(Citizen.persona_key == "gestione_separata")
    P.make_dispositivo(world, giulia, "test")
    RC.ripristino(world, giulia.codice_fiscale, "3281112233", "giulia.romano@pec.sim")
    assert P.active_pin(giulia).kind == "dispositivo"
    assert messages.delivered(world, giulia, ("pec",))


@pytest.mark.parametrize("phone,mail,fragment", [
    ("3479876540", "luca.ferrari@posta.sim", "(cellulare)"),
    ("3479876543", "altro@posta.sim", "(e-mail)"),
    ("3479876540", "altro@posta.sim", "cellulare e e-mail"),
])
def test_ripristino_refuses_other_contacts(world, luca, phone, mail, fragment):
    before = (Pin.select().count(), Message.select().count())
    with pytest.raises(ServiceError) as exc:
        RC.ripristino(world, luca.codice_fiscale, phone, mail)
    assert fragment in exc.value.message and "Revoca PIN" in exc.value.message
    assert (Pin.select().count(), Message.select().count()) == before
    assert P.active_pin(luca).state == "active"


def test_ripristino_field_errors(world, luca):
    with pytest.raises(ValidationError) as exc:
        RC.ripristino(world, "XX", "", "nope")
    assert set(exc.value.errors) == {"codice_fiscale", "cellulare", "email"}


def test_ripristino_refused_for_never_used_pin(world):
    giovanni = Citizen.get(Citizen.persona_key == "senza_credenziali")
    P.issue_initial_pin(world, giovanni, channel="online")
    with pytest.raises(ServiceError, match="mai stato usato"):
        RC.ripristino(world, giovanni.codice_fiscale, "3401239876", "giovanni.conti@posta.sim")


def test_ripristino_refused_without_both_contacts(world, luca):
    contact = Contact.get(Contact.citizen == luca)
    contact.cellulare = ""
    contact.save()
    with pytest.raises(ServiceError, match="non risultano entrambi"):
        RC.ripristino(world, luca.codice_fiscale, "3479876543", "luca.ferrari@posta.sim")
    assert RC.advise(world, luca.codice_fiscale) == "revoca"


def test_revoca_then_new_request(world, luca):
    outcome = RC.revoca(world, luca.codice_fiscale, luca.tessera_numero, _fmt(luca.tessera_scadenza),
                        "luca.nuova@posta.sim")
    assert outcome.message == RC.REVOCA_DONE
    assert P.active_pin(luca) is None and P.current_pin(luca).state == "revoked"
    confirm = messages.delivered(world, luca, ("email",))[0]
    assert confirm.address == "luca.nuova@posta.sim" and "revocato" in confirm.body
    assert R.check_step1(world, luca.codice_fiscale, "italiana").known
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, luca.codice_fiscale, "LUCA1968")
    assert exc.value.reason == "revoked"
    assert Event.select().where(Event.kind == "pin.revoca").count() == 1


@pytest.mark.parametrize("number,expiry,mail,field", [
    ("", "01/01/2020", "a@b.it", "tessera_numero"),
    ("123", "01/01/2020", "a@b.it", "tessera_numero"),
    ("8038012345678901234X", "01/01/2020", "a@b.it", "tessera_numero"),
    ("80380123456789012345", "", "a@b.it", "tessera_scadenza"),
    ("80380123456789012345", "32/01/2020", "a@b.it", "tessera_scadenza"),
    ("80380123456789012345", "01/01/2020", "", "email"),
    ("80380123456789012345", "01/01/2020", "a@b", "email"),
])
def test_revoca_field_errors(world, luca, number, expiry, mail, field):
    with pytest.raises(ValidationError) as exc:
        RC.revoca(world, luca.codice_fiscale, number, expiry, mail)
    assert field in exc.value.errors
    assert P.active_pin(luca).state == "active"


def test_revoca_refuses_a_different_tessera(world, luca):
    wrong = luca.tessera_numero[:-1] + ("0" if luca.tessera_numero[-1] != "0" else "1")
    with pytest.raises(ServiceError, match="non corrispondono"):
        RC.revoca(world, luca.codice_fiscale, wrong, _fmt(luca.tessera_scadenza), "a@b.it")
    with pytest.raises(ServiceError, match="non corrispondono"):
        RC.revoca(world, luca.codice_fiscale, luca.tessera_numero, "01/01/2031", "a@b.it")
    assert P.active_pin(luca).state == "active"


def test_revoca_without_tessera_on_file(world):
    import datetime as dt
    from app.services import codice_fiscale as cfmod

    code = cfmod.compute("Verdi", "Anna", "F", dt.date(1950, 3, 3), "Pavia")
    R.submit_request(world, dict(
        codice_fiscale=code, residenza="italiana", cognome="Verdi", nome="Anna", sesso="F",
        data_nascita="03/03/1950", comune_nascita="Pavia", indirizzo="Via Roma", civico="1", cap="27100",
        comune="Pavia", provincia="PV", cellulare="3331112222", email="anna@posta.sim"))
    with pytest.raises(ServiceError, match="Contact Center"):
        RC.revoca(world, code, "80380123456789012345", "01/01/2020", "anna@posta.sim")


def test_nothing_to_recover(world):
    with pytest.raises(ServiceError, match="non risulta un PIN"):
        RC.revoca(world, "RSSMRA70A01Z112D", "80380123456789012345", "01/01/2020", "a@b.it")


text = st.one_of(st.text(max_size=30), st.sampled_from(["", "3479876543", "luca.ferrari@posta.sim", "01/01/2020"]))


@hsettings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cf=st.one_of(text, st.just(codice_fiscale_of(persona("dipendente")))), a=text, b=text, c=text)
def test_fuzz_recovery(world, cf, a, b, c):
    for call in (lambda: RC.ripristino(world, cf, a, b), lambda: RC.revoca(world, cf, a, b, c)):
        before = (Pin.select().count(), Message.select().count())  # a refusal changes nothing
        try:
            call()
        except ServiceError as exc:
            assert exc.message.strip()
            assert (Pin.select().count(), Message.select().count()) == before
