"""SPID login rules (app/services/spid.py)."""
from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app.models import Citizen, Message, Setting, SpidIdentity
from app.services import messages, settings, spid
from app.services.errors import ServiceError, ValidationError
from app.services.spid import SpidError

MARIA = ("aquila", "maria.bianchi", "Girasole.48")  # SMS
GIULIA = ("faro", "giulia.romano", "Portici.2018")  # app
ANTONIO = ("aquila", "antonio.esposito", "Partenope.60")  # suspended
FRANCESCA = ("faro", "francesca.colombo", "Isar.1958")  # locked


def citizen_of(username: str) -> Citizen:
    return SpidIdentity.get(SpidIdentity.username == username).citizen


def last_sms(citizen: Citizen) -> Message:
    return Message.select().where((Message.citizen == citizen) & (Message.channel == "sms")).order_by(
        Message.id.desc()).first()


def code_in(message: Message) -> str:
    return re.search(r"\b(\d{6})\b", message.body).group(1)


def at_second_factor(world, who=MARIA):
    flow = spid.start_login(world, who[0])
    spid.submit_credentials(world, flow, who[1], who[2])
    return flow


def at_consent(world):
    flow = at_second_factor(world)
    spid.send_sms_code(world, flow)
    spid.verify_sms_code(world, flow, code_in(last_sms(citizen_of(MARIA[1]))))
    return flow


# --- Providers -----------------------------------------------------------------------


def test_providers_are_fictitious_with_readable_colours():
    providers = spid.load_providers()
    keys = {p.key for p in providers}
    assert {"aquila", "faro", "colle"} <= keys
    for p in providers:
        assert p.name.endswith("ID") and p.host.endswith(".sim")
        r, g, b = (int(p.colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        lum = sum(w * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
                  for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))
        assert (1.05) / (lum + 0.05) >= 4.5, p  # white text on the provider's button


def test_providers_listed_in_random_order():
    orders = {tuple(p.key for p in spid.providers_in_random_order(random.Random(seed))) for seed in range(20)}
    assert len(orders) > 1
    assert all(sorted(o) == sorted(p.key for p in spid.load_providers()) for o in orders)


def test_unknown_provider_is_a_message(world):
    with pytest.raises(ServiceError, match="Gestore"):
        spid.start_login(world, "nessuno")


# --- Credentials ---------------------------------------------------------------------


def test_empty_fields_are_named(world):
    flow = spid.start_login(world, "aquila")
    with pytest.raises(ValidationError) as info:
        spid.submit_credentials(world, flow, "  ", "")
    assert set(info.value.errors) == {"username", "password"}
    assert SpidIdentity.get(SpidIdentity.username == MARIA[1]).failures == 0


def test_wrong_password_counts_down_then_locks_with_error_19(world):
    flow = spid.start_login(world, "aquila")
    maximum = settings.get_int("spid.max_failures")
    for left in range(maximum - 1, 0, -1):
        with pytest.raises(ServiceError) as info:
            spid.submit_credentials(world, flow, MARIA[1], "sbagliata")
        expected = "Ti resta ancora 1 tentativo" if left == 1 else f"Ti restano ancora {left} tentativi"
        assert expected in info.value.message and info.value.field == "password"
    with pytest.raises(SpidError) as info:
        spid.submit_credentials(world, flow, MARIA[1], "sbagliata")
    assert info.value.code == 19 and info.value.status_message == "ErrorCode nr19"
    assert "bloccata" in info.value.message
    assert SpidIdentity.get(SpidIdentity.username == MARIA[1]).state == "locked"
    assert flow.stage == "failed"
    # a new attempt, even with the right password, meets the locked identity (23)
    again = spid.start_login(world, "aquila")
    with pytest.raises(SpidError) as info:
        spid.submit_credentials(world, again, MARIA[1], MARIA[2])
    assert info.value.code == 23 and "bloccata" in info.value.message


def test_right_password_resets_the_count(world):
    flow = spid.start_login(world, "aquila")
    with pytest.raises(ServiceError):
        spid.submit_credentials(world, flow, MARIA[1], "no")
    assert spid.submit_credentials(world, flow, "  Maria.Bianchi ", MARIA[2]) == ("sms",)
    assert SpidIdentity.get(SpidIdentity.username == MARIA[1]).failures == 0
    assert flow.stage == "second_factor"


def test_username_at_another_provider_says_which(world):
    flow = spid.start_login(world, "colle")
    with pytest.raises(ServiceError) as info:
        spid.submit_credentials(world, flow, MARIA[1], MARIA[2])
    assert "AquilaID" in info.value.message and "ColleID" in info.value.message


@pytest.mark.parametrize("state,word", [("suspended", "sospesa"), ("revoked", "revocata"), ("locked", "bloccata")])
def test_identity_states_give_error_23(world, state, word):
    SpidIdentity.update(state=state).where(SpidIdentity.username == MARIA[1]).execute()
    flow = spid.start_login(world, "aquila")
    with pytest.raises(SpidError) as info:
        spid.submit_credentials(world, flow, MARIA[1], MARIA[2])
    assert info.value.code == 23 and word in info.value.message
    assert info.value.official.startswith("Utente con identità sospesa/revocata")


def test_seeded_suspended_and_locked_personas(world):
    for who, word in ((ANTONIO, "sospesa"), (FRANCESCA, "bloccata")):
        flow = spid.start_login(world, who[0])
        with pytest.raises(SpidError) as info:
            spid.submit_credentials(world, flow, who[1], who[2])
        assert info.value.code == 23 and word in info.value.message


def test_level_too_low_is_error_20(world):
    SpidIdentity.update(level=1).where(SpidIdentity.username == MARIA[1]).execute()
    flow = spid.start_login(world, "aquila")
    with pytest.raises(SpidError) as info:
        spid.submit_credentials(world, flow, MARIA[1], MARIA[2])
    assert info.value.code == 20 and "livello 2" in info.value.message


# --- SMS code ------------------------------------------------------------------------


def test_sms_code_reaches_the_phone_and_opens_consent(world):
    flow = at_second_factor(world)
    masked = spid.send_sms_code(world, flow)
    citizen = citizen_of(MARIA[1])
    sms = last_sms(citizen)
    assert sms.sender == "AquilaID" and sms.address == "3331234567" and masked.endswith("567")
    assert "INPS" in sms.body and sms in messages.delivered(world, citizen, ("sms",))
    code = code_in(sms)
    spid.verify_sms_code(world, flow, f" {code[:3]} {code[3:]} ")
    assert flow.stage == "consent"


def test_wrong_code_counts_then_needs_a_new_one(world):
    flow = at_second_factor(world)
    spid.send_sms_code(world, flow)
    code = code_in(last_sms(citizen_of(MARIA[1])))
    wrong = "000000" if code != "000000" else "111111"
    with pytest.raises(ServiceError, match="Ti restano ancora 2 tentativi"):
        spid.verify_sms_code(world, flow, wrong)
    with pytest.raises(ServiceError, match="Ti resta ancora 1 tentativo"):
        spid.verify_sms_code(world, flow, wrong)
    with pytest.raises(ServiceError, match="Invia di nuovo"):
        spid.verify_sms_code(world, flow, wrong)
    with pytest.raises(ServiceError, match="non è più valido"):
        spid.verify_sms_code(world, flow, code)  # the old code is dead now
    spid.send_sms_code(world, flow)
    spid.verify_sms_code(world, flow, code_in(last_sms(citizen_of(MARIA[1]))))
    assert flow.stage == "consent"


def test_badly_formed_code_is_not_counted(world):
    flow = at_second_factor(world)
    spid.send_sms_code(world, flow)
    for typed in ("", "12345", "abcdef", "1234567", "١٢٣٤٥٦"):
        with pytest.raises(ServiceError, match="6 cifre|Inserisci"):
            spid.verify_sms_code(world, flow, typed)
    assert flow.otp_tries == 0


def test_invia_di_nuovo_invalidates_the_old_code(world):
    flow = at_second_factor(world)
    spid.send_sms_code(world, flow)
    old = code_in(last_sms(citizen_of(MARIA[1])))
    spid.send_sms_code(world, flow)
    new = code_in(last_sms(citizen_of(MARIA[1])))
    if old != new:
        with pytest.raises(ServiceError, match="Codice errato"):
            spid.verify_sms_code(world, flow, old)
    spid.verify_sms_code(world, flow, new)
    assert flow.stage == "consent"


def test_code_expires_on_the_simulated_clock(world):
    flow = at_second_factor(world)
    spid.send_sms_code(world, flow)
    code = code_in(last_sms(citizen_of(MARIA[1])))
    world.clock.set(world.clock.now() + dt.timedelta(minutes=settings.get_int("spid.otp_minutes"), seconds=1))
    with pytest.raises(ServiceError, match="scaduto"):
        spid.verify_sms_code(world, flow, code)
    spid.send_sms_code(world, flow)
    spid.verify_sms_code(world, flow, code_in(last_sms(citizen_of(MARIA[1]))))
    assert flow.stage == "consent"


def test_too_many_wrong_codes_end_with_error_19(world):
    flow = at_second_factor(world)
    limit = settings.get_int("spid.otp_max_wrong")
    error = None
    for _ in range(limit):
        if not flow.otp_hash:
            spid.send_sms_code(world, flow)
        code = code_in(last_sms(citizen_of(MARIA[1])))
        wrong = "000000" if code != "000000" else "111111"
        try:
            spid.verify_sms_code(world, flow, wrong)
        except SpidError as exc:
            error = exc
        except ServiceError:
            pass
    assert error is not None and error.code == 19 and flow.stage == "failed"
    # the identity itself is not locked by wrong codes
    assert SpidIdentity.get(SpidIdentity.username == MARIA[1]).state == "active"


def test_login_time_out_is_error_21(world):
    flow = at_second_factor(world)
    world.clock.advance(hours=1)
    with pytest.raises(SpidError) as info:
        spid.send_sms_code(world, flow)
    assert info.value.code == 21 and "periodo di tempo" in info.value.message
    with pytest.raises(SpidError):  # the flow stays failed
        spid.send_sms_code(world, flow)


def test_no_mobile_number_is_a_message(world):
    flow = at_second_factor(world)
    citizen = citizen_of(MARIA[1])
    contact = citizen.contact_rows.first()
    contact.cellulare = ""
    contact.save()
    with pytest.raises(ServiceError, match="cellulare"):
        spid.send_sms_code(world, flow)


def test_app_is_refused_for_sms_only_identity(world):
    flow = at_second_factor(world)
    with pytest.raises(ServiceError, match="SMS"):
        spid.send_app_request(world, flow)


# --- App approval --------------------------------------------------------------------


def last_app(citizen):
    return Message.select().where((Message.citizen == citizen) & (Message.channel == "app")).order_by(
        Message.id.desc()).first()


def test_app_approval(world):
    flow = at_second_factor(world, GIULIA)
    assert flow.otp_methods == ("sms", "app")
    spid.send_app_request(world, flow)
    note = last_app(citizen_of(GIULIA[1]))
    assert spid.is_app_request(note) and note.sender == "FaroID App"
    assert spid.app_request_state(world, note) == "pending"
    with pytest.raises(ServiceError, match="non è ancora stata approvata"):
        spid.check_app_request(world, flow)
    assert "Approvato" in spid.answer_app_request(world, note.id, True).replace("approvato", "Approvato")
    assert spid.app_request_state(world, Message.get_by_id(note.id)) == "approved"
    assert spid.check_app_request(world, flow) == "approved"
    assert flow.stage == "consent"
    assert not Setting.select().where(Setting.key.startswith("spid.app.")).exists()


def test_app_refusal_is_error_25(world):
    flow = at_second_factor(world, GIULIA)
    spid.send_app_request(world, flow)
    note = last_app(citizen_of(GIULIA[1]))
    spid.answer_app_request(world, note.id, False)
    with pytest.raises(SpidError) as info:
        spid.check_app_request(world, flow)
    assert info.value.code == 25
    with pytest.raises(ServiceError):
        spid.answer_app_request(world, note.id, True)  # answered already


def test_app_request_expires_and_a_new_one_supersedes(world):
    flow = at_second_factor(world, GIULIA)
    spid.send_app_request(world, flow)
    first = last_app(citizen_of(GIULIA[1]))
    world.clock.set(world.clock.now() + dt.timedelta(minutes=settings.get_int("spid.otp_minutes"), seconds=1))
    assert spid.app_request_state(world, first) == "expired"
    with pytest.raises(ServiceError, match="scaduta"):
        spid.answer_app_request(world, first.id, True)
    with pytest.raises(ServiceError, match="scaduta"):
        spid.check_app_request(world, flow)
    spid.send_app_request(world, flow)
    second = last_app(citizen_of(GIULIA[1]))
    assert spid.app_request_state(world, first) == "superseded"
    with pytest.raises(ServiceError, match="più valida"):
        spid.answer_app_request(world, first.id, True)
    spid.answer_app_request(world, second.id, True)
    assert spid.check_app_request(world, flow) == "approved"


def test_answer_for_a_message_that_is_not_a_request(world):
    with pytest.raises(ServiceError):
        spid.answer_app_request(world, "niente", True)
    with pytest.raises(ServiceError):
        spid.answer_app_request(world, 999999, True)


# --- Consent and the session ---------------------------------------------------------


def test_consent_lists_the_attributes(world):
    flow = at_consent(world)
    attrs = dict(spid.consent_attributes(world, flow))
    assert list(attrs) == ["Codice identificativo", "Codice fiscale", "Cognome", "Nome", "Sesso",
                           "Data di nascita", "Luogo di nascita"]
    citizen = citizen_of(MARIA[1])
    assert attrs["Codice fiscale"] == f"TINIT-{citizen.codice_fiscale}"
    assert attrs["Codice identificativo"].startswith("AQID")
    assert attrs["Cognome"] == "Bianchi" and attrs["Sesso"] == "Femmina"
    assert attrs["Data di nascita"] == citizen.data_nascita.strftime("%d/%m/%Y")


def test_consent_gives_a_spid_level_2_session(world):
    flow = at_consent(world)
    session = spid.give_consent(world, flow)
    assert session.method == "spid" and session.spid_level == 2
    assert session.method_label == "SPID livello 2" and session.can_submit_requests
    assert session.codice_fiscale == citizen_of(MARIA[1]).codice_fiscale
    assert flow.stage == "done" and flow.session == session
    with pytest.raises(ServiceError):
        spid.give_consent(world, flow)  # once only


def test_refused_consent_is_error_22(world):
    flow = at_consent(world)
    error = spid.refuse_consent(world, flow)
    assert error.code == 22 and "consenso" in error.message
    assert flow.stage == "failed"
    with pytest.raises(SpidError):
        spid.give_consent(world, flow)


@pytest.mark.parametrize("where", ["credentials", "second_factor", "consent"])
def test_cancel_anywhere_is_error_25(world, where):
    flow = {"credentials": lambda: spid.start_login(world, "aquila"),
            "second_factor": lambda: at_second_factor(world),
            "consent": lambda: at_consent(world)}[where]()
    error = spid.cancel(world, flow)
    assert error.code == 25 and flow.stage == "failed"
    assert spid.cancel(world, flow).code == 25  # twice is harmless


def test_cancel_after_the_time_limit_is_a_time_out(world):
    flow = spid.start_login(world, "aquila")
    world.clock.advance(hours=1)
    assert spid.cancel(world, flow).code == 21


def test_steps_out_of_order_are_messages(world):
    flow = spid.start_login(world, "aquila")
    for step in (lambda: spid.send_sms_code(world, flow), lambda: spid.verify_sms_code(world, flow, "123456"),
                 lambda: spid.give_consent(world, flow), lambda: spid.consent_attributes(world, flow)):
        with pytest.raises(ServiceError):
            step()
    assert flow.stage == "credentials"
    with pytest.raises(ServiceError):
        spid.submit_credentials(world, "non un flusso", "a", "b")


def test_events_are_recorded(world):
    flow = at_consent(world)
    spid.give_consent(world, flow)
    kinds = [e.kind for e in world.events.recent(30)]
    for kind in ("spid.started", "spid.credentials_ok", "spid.otp_sent", "spid.otp_ok",
                 "spid.consent_given", "session.opened", "spid.login_succeeded"):
        assert kind in kinds


def test_flows_are_found_by_token(world):
    flow = spid.start_login(world, "faro")
    assert spid.get_flow(flow.token) is flow
    assert spid.get_flow("sconosciuto") is None


def test_wallet_lists_identities_with_credentials_letter(world):
    citizen = citizen_of(MARIA[1])
    rows = spid.identities_of(world, citizen.id)
    assert rows[0]["provider_name"] == "AquilaID" and rows[0]["password"] == MARIA[2]


# --- Any text in any field: a message, never an exception -----------------------------

ANY_TEXT = st.text(max_size=400) | st.sampled_from(["", " ", "\x00", "💥" * 300, "a" * 5000, "Maria.Bianchi\n"])


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=ANY_TEXT, password=ANY_TEXT)
def test_any_credentials_give_a_message(world, username, password):
    SpidIdentity.update(failures=0, state="active").where(SpidIdentity.username == MARIA[1]).execute()
    flow = spid.start_login(world, "aquila")
    try:
        spid.submit_credentials(world, flow, username, password)
    except ServiceError as error:
        assert error.message
    else:
        assert password == MARIA[2]


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=ANY_TEXT)
def test_any_code_gives_a_message(world, code):
    flow = at_second_factor(world)
    spid.send_sms_code(world, flow)
    try:
        spid.verify_sms_code(world, flow, code)
    except ServiceError as error:
        assert error.message
    else:
        assert flow.stage == "consent"


# --- Hai dimenticato le credenziali? ---------------------------------------------------


def recovery_sms(citizen):
    return Message.select().where((Message.citizen == citizen) & (Message.channel == "sms")).order_by(
        Message.id.desc()).first()


def test_recovery_sets_a_new_password_and_unlocks(world):
    SpidIdentity.update(state="locked", failures=5).where(SpidIdentity.username == FRANCESCA[1]).execute()
    citizen = citizen_of(FRANCESCA[1])
    with pytest.raises(ServiceError, match="non corrispondono"):
        spid.start_recovery(world, "faro", FRANCESCA[1], "RSSMRA80A01H501U")
    flow = spid.start_recovery(world, "faro", FRANCESCA[1], citizen.codice_fiscale.lower())
    code = code_in(recovery_sms(citizen))
    with pytest.raises(ValidationError) as info:
        spid.complete_recovery(world, flow, "12", "corta", "corta")
    assert set(info.value.errors) == {"code", "new_password"}
    with pytest.raises(ValidationError, match="uguali"):
        spid.complete_recovery(world, flow, code, "Monaco.2019", "Monaco.2018")
    assert "sbloccata" in spid.complete_recovery(world, flow, code, "Monaco.2019", "Monaco.2019")
    identity = SpidIdentity.get(SpidIdentity.username == FRANCESCA[1])
    assert identity.state == "active" and identity.failures == 0
    login = spid.start_login(world, "faro")
    assert spid.submit_credentials(world, login, FRANCESCA[1], "Monaco.2019") == ("sms",)
    with pytest.raises(ServiceError, match="conclusa"):
        spid.complete_recovery(world, flow, code, "Monaco.2020", "Monaco.2020")


def test_recovery_refuses_suspended_identity_and_wrong_codes(world):
    antonio = citizen_of(ANTONIO[1])
    with pytest.raises(ServiceError, match="sospesa"):
        spid.start_recovery(world, "aquila", ANTONIO[1], antonio.codice_fiscale)
    maria = citizen_of(MARIA[1])
    flow = spid.start_recovery(world, "aquila", MARIA[1], maria.codice_fiscale)
    code = code_in(recovery_sms(maria))
    wrong = "000000" if code != "000000" else "111111"
    with pytest.raises(ServiceError, match="Ti restano ancora 2"):
        spid.complete_recovery(world, flow, wrong, "Girasole.49", "Girasole.49")
    world.clock.advance(hours=1)
    with pytest.raises(ServiceError, match="scaduto"):
        spid.complete_recovery(world, flow, code, "Girasole.49", "Girasole.49")


@pytest.mark.parametrize("password,ok", [("abc", False), ("abcdefgh", False), ("12345678", False),
                                         ("maria.bianchi1", False), ("Girasole.49", True), ("a1" * 40, False)])
def test_password_rules(password, ok):
    assert (spid.password_problem(password, "maria.bianchi") == "") is ok


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=ANY_TEXT, cf=ANY_TEXT, code=ANY_TEXT, password=ANY_TEXT)
def test_any_recovery_input_gives_a_message(world, username, cf, code, password):
    try:
        spid.start_recovery(world, "aquila", username, cf)
    except ServiceError as error:
        assert error.message
    maria = citizen_of(MARIA[1])
    flow = spid.start_recovery(world, "aquila", MARIA[1], maria.codice_fiscale)
    try:
        spid.complete_recovery(world, flow, code, password, password)
    except ServiceError as error:
        assert error.message


def test_app_answer_is_read_only(world):
    flow = at_second_factor(world, GIULIA)
    assert spid.app_answer(world, flow) == "none"
    spid.send_app_request(world, flow)
    assert spid.app_answer(world, flow) == "pending"
    spid.answer_app_request(world, last_app(citizen_of(GIULIA[1])).id, True)
    assert spid.app_answer(world, flow) == "approved" and flow.stage == "second_factor"
    assert spid.app_answer(world, "x") == "none"


def test_a_login_whose_identity_disappeared_is_refused(world):
    flow = at_second_factor(world)
    SpidIdentity.delete().where(SpidIdentity.username == MARIA[1]).execute()
    with pytest.raises(SpidError, match="non è più valido"):
        spid.send_sms_code(world, flow)
    assert flow.stage == "failed"
