"""The PIN model: state machine, hashing, delivery in two halves, login, lock, expiry,
change, ordinario/dispositivo."""
from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from app.models import PIN_STATES, Citizen, Document, Event, Message, Pin
from app.services import messages, security, settings
from app.services import pin as P
from app.services.errors import ServiceError, ValidationError
from app.services.personas import persona
from tests import timeflow


@pytest.fixture
def giovanni(world):
    return Citizen.get(Citizen.persona_key == "senza_credenziali")


def _issue(world, citizen, **kw) -> str:
    return P.issue_initial_pin(world, citizen, channel=kw.pop("channel", "online"), **kw)


def _ready(world, citizen) -> str:
    """Issue, wait for the letter, do the first access and choose a new PIN; return it."""
    secret = _issue(world, citizen)
    timeflow.advance(world, days=14)
    P.login(world, citizen.codice_fiscale, secret)
    P.change_pin(world, citizen.codice_fiscale, secret, "NUOVO123", "nuovo123")
    return "NUOVO123"


def _make_pin(world, citizen, state: str) -> Pin:
    return Pin.create(citizen=citizen, state=state, secret_hash=security.hash_secret("ABCDEFGH"),
                      initial=False, created_at=world.clock.now(), set_at=world.clock.now())


# --- the state machine -----------------------------------------------------------------

ALL_PAIRS = [(a, b) for a, b in itertools.product(PIN_STATES, PIN_STATES)]


def test_transition_table_covers_every_state():
    assert set(P.TRANSITIONS) == set(PIN_STATES) | {None}
    for targets in P.TRANSITIONS.values():
        assert targets <= set(PIN_STATES)
    assert P.TRANSITIONS["revoked"] == frozenset()


@pytest.mark.parametrize("src,dst", [p for p in ALL_PAIRS if P.can_transition(*p)])
def test_every_legal_transition_is_applied_and_recorded(world, giovanni, src, dst):
    pin = _make_pin(world, giovanni, src)
    P.transition(world, pin, dst, reason="test")
    assert Pin.get_by_id(pin.id).state == dst
    event = Event.select().where(Event.kind == f"pin.{dst}").order_by(Event.id.desc()).first()
    detail = json.loads(event.detail_json)
    assert detail["from"] == src and detail["to"] == dst and detail["pin"] == pin.id
    if dst == "locked":
        assert Pin.get_by_id(pin.id).locked_at == world.clock.now()
    if dst == "revoked":
        assert Pin.get_by_id(pin.id).revoked_at == world.clock.now()


@pytest.mark.parametrize("src,dst", [p for p in ALL_PAIRS if not P.can_transition(*p)])
def test_every_illegal_transition_is_refused_in_italian(world, giovanni, src, dst):
    pin = _make_pin(world, giovanni, src)
    before = Event.select().count()
    with pytest.raises(ServiceError) as exc:
        P.transition(world, pin, dst)
    assert "Operazione non possibile: il PIN è" in exc.value.message
    assert P.STATE_LABELS[src] in exc.value.message
    assert Pin.get_by_id(pin.id).state == src
    assert Event.select().count() == before


def test_unknown_target_state_refused(world, giovanni):
    pin = _make_pin(world, giovanni, "active")
    with pytest.raises(ServiceError, match="sconosciuto"):
        P.transition(world, pin, "smarrito")


def test_unlock_clears_failures(world, giovanni):
    pin = _make_pin(world, giovanni, "locked")
    pin.failures = 5
    pin.save()
    P.unlock(world, giovanni, by="contact_center")
    pin = Pin.get_by_id(pin.id)
    assert pin.state == "active" and pin.failures == 0 and pin.locked_at is None


def test_unlock_of_an_initial_pin_goes_back_to_complete(world, giovanni):
    pin = _make_pin(world, giovanni, "locked")
    pin.initial = True
    pin.save()
    P.unlock(world, giovanni, by="contact_center")
    assert Pin.get_by_id(pin.id).state == "complete"


def test_unlock_refused_when_not_locked(world, giovanni):
    _make_pin(world, giovanni, "active")
    with pytest.raises(ServiceError, match="non è bloccato"):
        P.unlock(world, giovanni, by="contact_center")


def test_unlock_of_an_expired_pin_expires_again(world, giovanni):
    pin = _make_pin(world, giovanni, "locked")
    pin.expires_at = world.clock.now() - dt.timedelta(days=1)
    pin.save()
    P.unlock(world, giovanni, by="contact_center")
    assert Pin.get_by_id(pin.id).state == "expired"


# --- issuing and the two halves ---------------------------------------------------------


def test_initial_pin_shape_and_randomness(world, giovanni):
    secret = _issue(world, giovanni)
    assert len(secret) == 16 and set(secret) <= set("0123456789ABCDEF")
    others = {security.random_code(16, P.INITIAL_ALPHABET) for _ in range(50)}
    assert len(others) == 50


def test_initial_pin_uses_the_cryptographic_source(world, giovanni, monkeypatch):
    calls = []
    import secrets as _secrets

    real = _secrets.choice

    def spy(seq):
        calls.append(seq)
        return real(seq)

    monkeypatch.setattr(security.secrets, "choice", spy)
    _issue(world, giovanni)
    assert len(calls) == 16 and all(seq == P.INITIAL_ALPHABET for seq in calls)


def test_no_plain_secret_is_stored(world, giovanni):
    secret = _issue(world, giovanni)
    pin = P.active_pin(giovanni)
    assert secret not in pin.secret_hash and pin.secret_hash.startswith("scrypt$")
    assert security.verify_secret(secret, pin.secret_hash)
    # Nowhere in the database is the whole 16-character PIN written.
    for row in Pin.select():
        assert secret not in " ".join(str(v) for v in row.__data__.values())
    for row in Event.select():
        assert secret not in row.detail_json
    for row in Message.select():
        assert secret not in row.body


def test_first_half_by_sms_and_email_now_second_half_by_letter_in_14_days(world, giovanni):
    secret = _issue(world, giovanni)
    pin = P.active_pin(giovanni)
    assert pin.state == "first_half_sent"
    now = world.clock.now()
    sms = messages.delivered(world, giovanni, ("sms",))
    mail = messages.delivered(world, giovanni, ("email",))
    assert len(sms) == 1 and sms[0].sender == "InpsInforma" and secret[:8] in sms[0].body
    assert secret[8:] not in sms[0].body
    assert len(mail) == 1 and secret[:8] in mail[0].body and "InpsInforma" in mail[0].sender
    assert messages.delivered(world, giovanni, ("letter",)) == []
    letter = messages.in_transit(world, giovanni, ("letter",))[0]
    assert letter.deliver_at == now + dt.timedelta(days=14)
    assert letter.document.kind == "lettera_pin"
    timeflow.advance(world, days=13)
    assert P.active_pin(giovanni, world).state == "first_half_sent"
    timeflow.advance(world, days=1)
    assert P.active_pin(giovanni, world).state == "complete"
    assert messages.delivered(world, giovanni, ("letter",))[0].id == letter.id


def test_letter_pdf_holds_the_second_half_and_instructions(world, giovanni):
    from pypdf import PdfReader
    import io

    secret = _issue(world, giovanni)
    doc = Document.get(Document.kind == "lettera_pin")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(doc.pdf)).pages)
    compact = "".join(text.split())
    assert secret[8:] in compact and secret[:8] not in compact
    assert "SIMULAZIONE" in text and "Come usare il PIN la prima volta" in text
    assert "Via Emilia 17" in text


def test_pec_also_receives_the_first_half(world):
    giulia = Citizen.get(Citizen.persona_key == "gestione_separata")
    P.revoke(world, P.active_pin(giulia), "test")
    secret = _issue(world, giulia)
    pec = messages.delivered(world, giulia, ("pec",))
    assert pec and secret[:8] in pec[0].body


def test_issue_refused_when_a_pin_exists(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    with pytest.raises(ServiceError, match="esiste già un PIN"):
        _issue(world, luca)


def test_issue_refused_while_a_request_is_in_progress(world, giovanni):
    _issue(world, giovanni)
    with pytest.raises(ServiceError, match="richiesta di PIN in corso"):
        _issue(world, giovanni)


def test_issue_refused_for_unknown_channel_or_kind(world, giovanni):
    with pytest.raises(ServiceError, match="Canale"):
        P.issue_initial_pin(world, giovanni, channel="piccione")
    with pytest.raises(ServiceError, match="Tipo"):
        P.issue_initial_pin(world, giovanni, channel="online", kind="super")
    assert P.active_pin(giovanni) is None


def test_issue_without_delivery_then_mark_complete(world, giovanni):
    secret = _issue(world, giovanni, channel="sede", kind="dispositivo", deliver=False)
    pin = P.active_pin(giovanni)
    assert pin.state == "requested" and pin.kind == "dispositivo"
    assert Message.select().where(Message.citizen == giovanni).count() == 0
    P.mark_complete(world, pin, "busta chiusa in sede")
    result = P.login(world, giovanni.codice_fiscale, secret)
    assert result.status == "must_change"


def test_no_contacts_means_no_half_and_nothing_saved(world, giovanni):
    giovanni.contact_rows.first().delete_instance()
    pins = Pin.select().count()
    with pytest.raises(ServiceError, match="recapiti"):
        _issue(world, giovanni)
    assert Pin.select().count() == pins


# --- login ----------------------------------------------------------------------------


def test_not_complete_pin_cannot_be_used_yet(world, giovanni):
    secret = _issue(world, giovanni)
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, giovanni.codice_fiscale, secret)
    assert exc.value.reason == "not_complete" and "29/10/2018" in exc.value.message


def test_first_access_with_16_characters(world, giovanni):
    secret = _issue(world, giovanni)
    timeflow.advance(world, days=14)
    result = P.login(world, giovanni.codice_fiscale.lower(), " " + secret[:8].lower() + " " + secret[8:])
    assert result.status == "must_change" and result.reason == "first_access"
    assert result.message == P.FIRST_ACCESS_TEXT and result.note == P.DLGS_NOTE
    assert result.session is None
    assert P.active_pin(giovanni).state == "to_change"
    # Logging in again before choosing still leads to the choice.
    assert P.login(world, giovanni.codice_fiscale, secret).status == "must_change"


def test_first_access_full_path_ends_in_an_ordinario_session(world, giovanni):
    new = _ready(world, giovanni)
    pin = P.active_pin(giovanni)
    assert pin.state == "active" and not pin.initial and pin.kind == "ordinario"
    assert pin.expires_at == pin.set_at.replace(year=2019, month=4)
    result = P.login(world, giovanni.codice_fiscale, new.lower())
    assert result.status == "ok" and result.notice == P.NOT_DISPOSITIVO_NOTICE
    assert result.session.method == "pin_ordinario"
    assert not result.session.can_submit_requests


def test_dispositivo_login_has_no_notice(world):
    maria = Citizen.get(Citizen.persona_key == "pensionata")
    result = P.login(world, maria.codice_fiscale, persona("pensionata")["credenziali"]["pin"]["secret"])
    assert result.status == "ok" and result.notice == "" and result.session.method == "pin_dispositivo"
    assert result.session.can_submit_requests


def test_wrong_pin_says_attempts_left_and_locks(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    limit = settings.get_int("pin.max_failures")
    for i in range(1, limit):
        with pytest.raises(P.PinLoginError) as exc:
            P.login(world, luca.codice_fiscale, "SBAGLIATO")
        left = limit - i
        assert exc.value.attempts_left == left and not exc.value.locked
        assert (f"Le restano {left} tentativi" if left > 1 else "Le resta 1 tentativo") in exc.value.message
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, luca.codice_fiscale, "SBAGLIATO")
    assert exc.value.locked and exc.value.attempts_left == 0
    assert "bloccato" in exc.value.message and "803 164" in exc.value.message
    assert P.active_pin(luca).state == "locked"
    # Even the right PIN is now refused.
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, luca.codice_fiscale, "LUCA1968")
    assert exc.value.reason == "locked" and "Hai smarrito il PIN?" in exc.value.message


def test_max_failures_is_a_setting(world):
    settings.set_value("pin.max_failures", "2")
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, luca.codice_fiscale, "X")
    assert exc.value.attempts_left == 1
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, luca.codice_fiscale, "X")
    assert exc.value.locked


def test_success_resets_the_count(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    for _ in range(3):
        with pytest.raises(P.PinLoginError):
            P.login(world, luca.codice_fiscale, "NO")
    assert P.active_pin(luca).failures == 3
    assert P.login(world, luca.codice_fiscale, "luca1968").status == "ok"
    assert P.active_pin(luca).failures == 0
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, luca.codice_fiscale, "NO")
    assert exc.value.attempts_left == settings.get_int("pin.max_failures") - 1


def test_wrong_codice_fiscale(world):
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, "RSSMRA70A01Z112X", "ABCDEFGH")
    assert exc.value.field == "codice_fiscale" and "carattere di controllo" in exc.value.message
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, "RSSMRA70A01Z112D", "ABCDEFGH")
    assert exc.value.reason == "unknown" and "non risulta un PIN" in exc.value.message
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, "", "ABCDEFGH")
    assert exc.value.field == "codice_fiscale"
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, "RSSMRA70A01Z112D", "")
    assert exc.value.field == "pin"


def test_another_persons_codice_fiscale_counts_on_that_pin(world):
    maria = Citizen.get(Citizen.persona_key == "pensionata")
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, maria.codice_fiscale, "LUCA1968")
    assert exc.value.attempts_left == settings.get_int("pin.max_failures") - 1


def test_revoked_pin_login(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    P.revoke(world, P.active_pin(luca), "test")
    with pytest.raises(P.PinLoginError) as exc:
        P.login(world, luca.codice_fiscale, "LUCA1968")
    assert exc.value.reason == "revoked" and "revocato" in exc.value.message


def test_verification_is_constant_time(world, monkeypatch):
    import hmac

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    P.login(world, luca.codice_fiscale, "LUCA1968")
    with pytest.raises(P.PinLoginError):
        P.login(world, luca.codice_fiscale, "LUCA1969")
    assert len(calls) == 2


def test_login_events(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    with pytest.raises(P.PinLoginError):
        P.login(world, luca.codice_fiscale, "NO")
    P.login(world, luca.codice_fiscale, "LUCA1968")
    kinds = [e.kind for e in Event.select().where(Event.citizen == luca).order_by(Event.id)]
    assert "pin.login.failed" in kinds and "pin.login.ok" in kinds and "session.opened" in kinds
    assert "LUCA1968" not in " ".join(e.detail_json for e in Event.select())


# --- expiry ----------------------------------------------------------------------------


def test_citizen_pin_expires_after_6_months(world, giovanni):
    new = _ready(world, giovanni)
    timeflow.advance(world, months=5, days=29)
    assert P.login(world, giovanni.codice_fiscale, new).status == "ok"
    timeflow.advance(world, days=2)
    assert P.active_pin(giovanni, world).state == "expired"
    result = P.login(world, giovanni.codice_fiscale, new)
    assert result.status == "must_change" and result.reason == "expired" and "6 mesi" in result.message
    assert P.active_pin(giovanni).state == "to_change"
    result = P.change_pin(world, giovanni.codice_fiscale, new, "ALTRO456", "ALTRO456")
    assert result.status == "ok" and P.active_pin(giovanni).state == "active"


def test_intermediary_pin_expires_after_3_months(world):
    paola = Citizen.get(Citizen.persona_key == "intermediario")
    pin = P.active_pin(paola)
    assert pin.intermediary and P.expiry_months(pin) == 3
    assert (pin.expires_at - pin.set_at).days in range(89, 93)
    timeflow.advance(world, months=3)
    assert P.active_pin(paola, world).state == "expired"
    assert P.login(world, paola.codice_fiscale, "CAFPV001").reason == "expired"


def test_expiry_months_come_from_settings(world, giovanni):
    settings.set_value("pin.expiry_months.cittadino", "1")
    _ready(world, giovanni)
    timeflow.advance(world, months=1)
    assert P.active_pin(giovanni, world).state == "expired"


def test_seeded_estero_pin_is_expired(world):
    francesca = Citizen.get(Citizen.persona_key == "estero")
    assert P.active_pin(francesca, world).state == "expired"
    result = P.login(world, francesca.codice_fiscale, "monaco58")
    assert result.status == "must_change" and result.reason == "expired"


def test_expired_pin_wrong_attempts_still_lock(world):
    francesca = Citizen.get(Citizen.persona_key == "estero")
    for _ in range(settings.get_int("pin.max_failures")):
        with pytest.raises(P.PinLoginError):
            P.login(world, francesca.codice_fiscale, "ZZZ")
    assert P.active_pin(francesca).state == "locked"


# --- choosing a new PIN ------------------------------------------------------------------


@pytest.mark.parametrize("new,confirm,field,fragment", [
    ("", "", "new_pin", "Scriva il nuovo PIN"),
    ("ABC123", "ABC123", "new_pin", "esattamente 8 caratteri: ne ha scritti 6"),
    ("ABCDEFGHI", "ABCDEFGHI", "new_pin", "ne ha scritti 9"),
    ("ABCD-123", "ABCD-123", "new_pin", "solo lettere"),
    ("ÀBCD1234", "ÀBCD1234", "new_pin", "solo lettere"),
    ("NUOVO123", "", "confirm_pin", "Scriva di nuovo"),
    ("NUOVO123", "NUOVO124", "confirm_pin", "non sono uguali"),
])
def test_new_pin_rules(new, confirm, field, fragment):
    with pytest.raises(ValidationError) as exc:
        P.validate_new_pin("CNTGNN57E08M109W", new, confirm)
    assert fragment in exc.value.errors[field]


def test_new_pin_not_part_of_the_codice_fiscale():
    for start in range(0, 9):
        chunk = "CNTGNN57E08M109W"[start:start + 8]
        with pytest.raises(ValidationError) as exc:
            P.validate_new_pin("CNTGNN57E08M109W", chunk.lower(), chunk)
        assert "codice fiscale" in exc.value.errors["new_pin"]
    assert P.validate_new_pin("CNTGNN57E08M109W", "cntgnn58", "CNTGNN58") == "CNTGNN58"


def test_new_pin_not_case_sensitive(world, giovanni):
    _ready(world, giovanni)
    assert P.login(world, giovanni.codice_fiscale, "nuovo123").status == "ok"


def test_new_pin_must_differ_from_previous(world, giovanni):
    new = _ready(world, giovanni)
    with pytest.raises(ValidationError) as exc:
        P.change_pin(world, giovanni.codice_fiscale, new, new.lower(), new)
    assert "diverso" in exc.value.errors["new_pin"]
    P.change_pin(world, giovanni.codice_fiscale, new, "SECONDO2", "SECONDO2")
    # the one before the previous is remembered too
    with pytest.raises(ValidationError):
        P.change_pin(world, giovanni.codice_fiscale, "SECONDO2", new, new)


def test_change_requires_the_current_pin(world, giovanni):
    new = _ready(world, giovanni)
    with pytest.raises(P.PinLoginError) as exc:
        P.change_pin(world, giovanni.codice_fiscale, "SBAGLIAT", "ALTRO999", "ALTRO999")
    assert exc.value.attempts_left is not None
    assert security.verify_secret(new, P.active_pin(giovanni).secret_hash)


def test_change_refused_when_not_allowed(world, giovanni):
    _issue(world, giovanni)
    with pytest.raises(ServiceError, match="non può essere cambiato"):
        P.change_pin(world, giovanni.codice_fiscale, "X", "ALTRO999", "ALTRO999")
    with pytest.raises(ServiceError, match="non risulta"):
        P.change_pin(world, "RSSMRA70A01Z112D", "X", "ALTRO999", "ALTRO999")


def test_voluntary_change_of_an_active_pin(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    result = P.change_pin(world, luca.codice_fiscale, "LUCA1968", "MILANO68", "MILANO68")
    assert result.status == "ok"
    pin = P.active_pin(luca)
    assert pin.state == "active" and pin.set_at == world.clock.now()
    assert P.login(world, luca.codice_fiscale, "MILANO68").status == "ok"


# --- ordinario / dispositivo -------------------------------------------------------------


def test_conversion_pending_then_dispositivo(world):
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    P.set_conversion_pending(world, luca, True, "modulo caricato")
    assert P.active_pin(luca).conversion_pending
    assert "conversione" in P.status_text(P.active_pin(luca))
    P.make_dispositivo(world, luca, "verifica del documento")
    pin = P.active_pin(luca)
    assert pin.kind == "dispositivo" and not pin.conversion_pending
    assert P.login(world, luca.codice_fiscale, "LUCA1968").session.method == "pin_dispositivo"
    with pytest.raises(ServiceError, match="già di tipo dispositivo"):
        P.make_dispositivo(world, luca, "di nuovo")
    with pytest.raises(ServiceError, match="già di tipo dispositivo"):
        P.set_conversion_pending(world, luca, True)


def test_conversion_refusals(world, giovanni):
    with pytest.raises(ServiceError, match="non risulta"):
        P.set_conversion_pending(world, giovanni, True)
    with pytest.raises(ServiceError, match="non risulta"):
        P.make_dispositivo(world, giovanni, "x")
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    P.lock(world, P.active_pin(luca), "test")
    with pytest.raises(ServiceError, match="bloccato"):
        P.set_conversion_pending(world, luca, True)


def test_require_dispositivo_gate(world):
    from app.services import session as S

    luca = Citizen.get(Citizen.persona_key == "dipendente")
    session = P.login(world, luca.codice_fiscale, "LUCA1968").session
    with pytest.raises(ServiceError) as exc:
        S.require_dispositivo(session)
    assert exc.value.message == S.dispositivo_required_text(session) and "Vuoi il PIN dispositivo?" in exc.value.message
    maria = Citizen.get(Citizen.persona_key == "pensionata")
    S.require_dispositivo(P.login(world, maria.codice_fiscale, "ROSA2018").session)
    with pytest.raises(ServiceError):
        S.require_dispositivo(None)


def test_status_text(world, giovanni):
    assert P.status_text(None) == "Nessun PIN INPS."
    _issue(world, giovanni)
    assert "la lettera arriva il 29/10/2018" in P.status_text(P.active_pin(giovanni))
    luca = Citizen.get(Citizen.persona_key == "dipendente")
    assert P.status_text(P.active_pin(luca)).startswith("PIN ordinario: attivo, scade il")


def test_pin_events_history(world, giovanni):
    _ready(world, giovanni)
    kinds = [e["kind"] for e in P.pin_events(giovanni)]
    for kind in ("pin.requested", "pin.first_half_sent", "pin.complete", "pin.to_change", "pin.active",
                 "pin.changed", "pin.first_half.sent", "pin.second_half.posted"):
        assert kind in kinds
