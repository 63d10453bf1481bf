"""CNS login rules (app/services/cns.py): wallet, reader, certificates, PIN, PUK."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app.models import Citizen, CnsCard, Event
from app.services import cns, settings
from app.services.cns import CardBlockedError
from app.services.errors import ServiceError, ValidationError


def card_of(persona_key: str) -> CnsCard:
    return CnsCard.select().join(Citizen).where(Citizen.persona_key == persona_key).get()


def ready(world, persona_key="pensionata") -> CnsCard:
    card = card_of(persona_key)
    cns.connect_reader(world)
    cns.insert_card(world, card.id)
    return card


def at_pin(world, persona_key="pensionata"):
    ready(world, persona_key)
    flow = cns.start_login(world)
    cns.choose_certificate(world, flow, cns.CERT_AUTH)
    return flow


# --- Wallet and reader ---------------------------------------------------------------


def test_wallet_lists_the_cards_with_their_envelope(world):
    cards = cns.wallet_cards(world)
    assert {c.holder for c in cards} == {"Maria Bianchi", "Antonio Esposito", "Paola Ricci"}
    maria = next(c for c in cards if c.holder == "Maria Bianchi")
    assert maria.pin == "12345" and maria.puk == "12345678" and not maria.inserted
    assert len(maria.card_number) == 20
    assert cns.wallet_cards(world, maria.citizen_id) == [maria]


def test_the_world_starts_with_no_reader_and_no_card(world):
    state = cns.reader_state(world)
    assert not state.connected and not state.card_inserted


def test_no_reader_then_no_card_give_matching_messages(world):
    with pytest.raises(ServiceError) as info:
        cns.start_login(world)
    assert "lettore" in info.value.message and info.value.field == "reader"
    cns.connect_reader(world)
    with pytest.raises(ServiceError) as info:
        cns.start_login(world)
    assert "Nessuna carta" in info.value.message and info.value.field == "card"


def test_insert_and_remove(world):
    card = ready(world)
    state = cns.reader_state(world)
    assert state.connected and state.card.id == card.id and state.card.inserted
    other = card_of("intermediario")
    with pytest.raises(ServiceError, match="già la tessera di Maria Bianchi"):
        cns.insert_card(world, other.id)
    cns.insert_card(world, card.id)  # the same card again is harmless
    assert not cns.remove_card(world).card_inserted
    assert cns.insert_card(world, other.id).card.holder == "Paola Ricci"
    assert not cns.disconnect_reader(world).connected


@pytest.mark.parametrize("bad", ["", "x", None, -1, 999999, "1; drop table"])
def test_insert_unknown_card(world, bad):
    with pytest.raises(ServiceError, match="portafoglio"):
        cns.insert_card(world, bad)


def test_expired_card(world):
    card = ready(world)
    CnsCard.update(expires=world.clock.today() - dt.timedelta(days=1)).where(CnsCard.id == card.id).execute()
    with pytest.raises(ServiceError, match="scaduta"):
        cns.start_login(world)


# --- Certificates --------------------------------------------------------------------


def test_certificate_chooser_lists_signature_under_name_and_auth_under_cf(world):
    card = ready(world)
    flow = cns.start_login(world)
    subjects = {c.id: c.subject for c in flow.certificates}
    assert subjects[cns.CERT_AUTH] == card.citizen.codice_fiscale
    assert subjects[cns.CERT_SIGN] == "MARIA BIANCHI"


def test_wrong_certificate_fails_with_an_explanation_and_allows_another_choice(world):
    card = ready(world)
    flow = cns.start_login(world)
    with pytest.raises(ServiceError) as info:
        cns.choose_certificate(world, flow, cns.CERT_SIGN)
    assert "firma" in info.value.message and card.citizen.codice_fiscale in info.value.message
    with pytest.raises(ServiceError, match="elenco"):
        cns.choose_certificate(world, flow, "altro")
    assert cns.choose_certificate(world, flow, cns.CERT_AUTH).id == cns.CERT_AUTH
    assert flow.stage == "pin"


def test_card_removed_during_the_login(world):
    ready(world)
    flow = cns.start_login(world)
    cns.remove_card(world)
    with pytest.raises(ServiceError, match="Nessuna carta"):
        cns.choose_certificate(world, flow, cns.CERT_AUTH)


def test_another_card_swapped_in_during_the_login(world):
    ready(world)
    flow = cns.start_login(world)
    cns.remove_card(world)
    cns.insert_card(world, card_of("intermediario").id)
    with pytest.raises(ServiceError, match="altra carta"):
        cns.choose_certificate(world, flow, cns.CERT_AUTH)


# --- PIN and PUK ---------------------------------------------------------------------


def test_right_pin_opens_a_cns_session(world):
    flow = at_pin(world)
    session = cns.enter_pin(world, flow, " 12345 ")
    assert session.method == "cns" and session.method_label == "CNS" and session.can_submit_requests
    assert session.display_name == "Maria Bianchi"
    assert flow.stage == "done"
    kinds = [e.kind for e in world.events.recent(20)]
    assert "session.opened" in kinds and "cns.login_succeeded" in kinds


def test_pin_format_is_not_counted(world):
    flow = at_pin(world)
    for typed in ("", "12a45", "1234", "123456789", "١٢٣٤٥"):
        with pytest.raises(ServiceError) as info:
            cns.enter_pin(world, flow, typed)
        assert info.value.field == "pin"
    assert card_of("pensionata").pin_failures == 0


def test_three_wrong_pins_block_the_card(world):
    flow = at_pin(world)
    with pytest.raises(ServiceError, match="Ti restano ancora 2 tentativi"):
        cns.enter_pin(world, flow, "99999")
    with pytest.raises(ServiceError, match="Ti resta ancora 1 tentativo"):
        cns.enter_pin(world, flow, "99999")
    with pytest.raises(CardBlockedError, match="PUK"):
        cns.enter_pin(world, flow, "99999")
    assert card_of("pensionata").blocked
    with pytest.raises(CardBlockedError):  # even the right PIN now
        cns.enter_pin(world, flow, "12345")
    assert any(c.blocked for c in cns.wallet_cards(world))


def test_right_pin_resets_the_count(world):
    flow = at_pin(world)
    with pytest.raises(ServiceError):
        cns.enter_pin(world, flow, "99999")
    cns.enter_pin(world, flow, "12345")
    assert card_of("pensionata").pin_failures == 0


def block(world):
    flow = at_pin(world)
    for _ in range(settings.get_int("cns.max_pin_failures")):
        with pytest.raises(ServiceError):
            cns.enter_pin(world, flow, "99999")


def test_puk_unblocks_and_sets_the_new_pin(world):
    block(world)
    assert "sbloccata" in cns.unblock_card(world, "12345678", "54321", "54321")
    card = card_of("pensionata")
    assert not card.blocked and card.pin_failures == 0
    flow = cns.start_login(world)
    cns.choose_certificate(world, flow, cns.CERT_AUTH)
    with pytest.raises(ServiceError, match="PIN errato"):
        cns.enter_pin(world, flow, "12345")  # the old PIN no longer works
    assert cns.enter_pin(world, flow, "54321").method == "cns"


def test_unblock_validates_everything_before_using_the_puk(world):
    block(world)
    with pytest.raises(ValidationError) as info:
        cns.unblock_card(world, "", "12", "34")
    assert set(info.value.errors) == {"puk", "new_pin"}
    with pytest.raises(ValidationError) as info:
        cns.unblock_card(world, "12345678", "54321", "54320")
    assert set(info.value.errors) == {"confirm_pin"}
    with pytest.raises(ValidationError, match="8 cifre"):
        cns.unblock_card(world, "1234", "54321", "54321")
    assert card_of("pensionata").puk_failures == 0 and card_of("pensionata").blocked


def test_wrong_puk_counts_and_finally_kills_the_card(world):
    block(world)
    maximum = settings.get_int("cns.max_puk_failures")
    for left in range(maximum - 1, 0, -1):
        with pytest.raises(ServiceError, match="PUK errato"):
            cns.unblock_card(world, "00000000", "54321", "54321")
    with pytest.raises(ServiceError, match="definitivo"):
        cns.unblock_card(world, "00000000", "54321", "54321")
    with pytest.raises(ServiceError, match="definitivo"):
        cns.unblock_card(world, "12345678", "54321", "54321")  # too late, even the right one
    with pytest.raises(ServiceError, match="definitivo"):
        cns.start_login(world)
    assert next(c for c in cns.wallet_cards(world) if c.holder == "Maria Bianchi").unusable


def test_unblock_needs_reader_and_card(world):
    with pytest.raises(ServiceError, match="lettore"):
        cns.unblock_card(world, "12345678", "54321", "54321")


def test_finished_flow_and_bad_flow(world):
    flow = at_pin(world)
    cns.enter_pin(world, flow, "12345")
    with pytest.raises(ServiceError, match="concluso"):
        cns.enter_pin(world, flow, "12345")
    with pytest.raises(ServiceError):
        cns.enter_pin(world, None, "12345")
    assert cns.get_flow(flow.token) is flow


# --- Any text in any field: a message, never an exception -----------------------------

ANY_TEXT = st.text(max_size=300) | st.sampled_from(["", " ", "\x00", "1" * 5000, "1 2 3 4 5", "12345\n"])


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pin=ANY_TEXT)
def test_any_pin_gives_a_message(world, pin):
    CnsCard.update(pin_failures=0, blocked=False).execute()
    flow = at_pin(world)
    try:
        cns.enter_pin(world, flow, pin)
    except ServiceError as error:
        assert error.message
    else:
        assert "".join(pin.split()) == "12345"


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(puk=ANY_TEXT, new=ANY_TEXT, confirm=ANY_TEXT, cert=ANY_TEXT)
def test_any_puk_or_certificate_gives_a_message(world, puk, new, confirm, cert):
    CnsCard.update(puk_failures=0).execute()
    ready(world)
    flow = cns.start_login(world)
    try:
        cns.choose_certificate(world, flow, cert)
    except ServiceError as error:
        assert error.message
    try:
        cns.unblock_card(world, puk, new, confirm)
    except ServiceError as error:
        assert error.message


# --- A CNS on a digital-signature USB token (seed 002): no reader ------------------------------


def token_of(persona_key: str = "gestione_separata") -> cns.CardView:
    citizen = Citizen.get(Citizen.persona_key == persona_key)
    (token,) = cns.wallet_tokens(world=None, citizen_id=citizen.id)
    return token


def test_the_token_is_not_a_card_of_the_wallet(world):
    token = token_of()
    assert token.device == cns.DEVICE_TOKEN and token.card_number.startswith(cns.TOKEN_PREFIX)
    assert token.pin == "61820976" and token.puk == "40917735" and not token.inserted
    assert token.holder == "Giulia Romano"
    assert all(c.device == cns.DEVICE_CARD for c in cns.wallet_cards(world))
    assert [t.holder for t in cns.wallet_tokens(world)] == ["Giulia Romano"]
    # A token does not go in the reader, a tessera not in the USB port.
    cns.connect_reader(world)
    with pytest.raises(ServiceError, match="porta USB"):
        cns.insert_card(world, token.id)
    with pytest.raises(ServiceError, match="lettore"):
        cns.insert_token(world, card_of("pensionata").id)
    for bad in ("", None, "x", 999999):
        with pytest.raises(ServiceError, match="token"):
            cns.insert_token(world, bad)


def test_login_with_the_token_needs_no_reader(world):
    token = token_of()
    state = cns.insert_token(world, token.id)
    assert not state.connected and state.token_inserted and state.token.holder == "Giulia Romano"
    flow = cns.start_login(world)
    assert flow.device == cns.DEVICE_TOKEN and flow.card_id == token.id
    assert {c.issuer for c in flow.certificates} == {cns.TOKEN_CA_NAME}
    with pytest.raises(ServiceError, match="certificato di firma"):
        cns.choose_certificate(world, flow, cns.CERT_SIGN)
    cns.choose_certificate(world, flow, cns.CERT_AUTH)
    with pytest.raises(ServiceError, match="blocco del token"):
        cns.enter_pin(world, flow, "11111111")
    session = cns.enter_pin(world, flow, token.pin)
    assert session.method == "cns" and session.can_submit_requests
    assert session.codice_fiscale == token.codice_fiscale
    done = Event.select().where(Event.kind == "cns.login_succeeded").order_by(Event.id.desc()).get()
    assert json.loads(done.detail_json)["device"] == cns.DEVICE_TOKEN
    assert Event.select().where(Event.kind == "cns.token_inserted").count() == 1


def test_the_token_wins_over_the_card_and_removing_it_stops_the_login(world):
    ready(world, "pensionata")
    token = token_of()
    cns.insert_token(world, token.id)
    flow = cns.start_login(world)
    assert flow.card_id == token.id
    cns.remove_token(world)
    with pytest.raises(ServiceError, match="token USB è stato tolto"):
        cns.choose_certificate(world, flow, cns.CERT_AUTH)
    # Without the token, the card in the reader again.
    assert cns.start_login(world).device == cns.DEVICE_CARD
    other = token_of()
    cns.insert_token(world, other.id)
    assert cns.insert_token(world, other.id).token.id == other.id  # the same token again is harmless


def test_no_reader_and_no_token_says_both(world):
    with pytest.raises(ServiceError) as info:
        cns.start_login(world)
    assert "lettore" in info.value.message and "token USB" in info.value.message


def test_token_blocked_then_unblocked_with_its_puk(world):
    token = token_of()
    cns.insert_token(world, token.id)
    flow = cns.start_login(world)
    cns.choose_certificate(world, flow, cns.CERT_AUTH)
    for _ in range(2):
        with pytest.raises(ServiceError):
            cns.enter_pin(world, flow, "00000000")
    with pytest.raises(CardBlockedError, match="Il token è bloccato"):
        cns.enter_pin(world, flow, "00000000")
    with pytest.raises(ValidationError) as info:
        cns.unblock_card(world, "", "1234", "1234")
    assert "busta ricevuta con il token" in info.value.errors["puk"]
    assert "sbloccato" in cns.unblock_card(world, token.puk, "24681357", "24681357")
    flow = cns.start_login(world)
    cns.choose_certificate(world, flow, cns.CERT_AUTH)
    assert cns.enter_pin(world, flow, "24681357").method == "cns"


def test_expired_token(world):
    token = token_of()
    CnsCard.update(expires=world.clock.today() - dt.timedelta(days=1)).where(CnsCard.id == token.id).execute()
    cns.insert_token(world, token.id)
    with pytest.raises(ServiceError, match="certificato del token USB è scaduto"):
        cns.start_login(world)
