"""Session rules: what each way of entering allows, and the inactivity policy."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from app.services import session as sessmod, settings
from app.services.errors import ServiceError
from app.services.session import InactivityPolicy, PortalSession, SessionHolder

NOW = dt.datetime(2018, 10, 15, 9, 0)


def make(method: str, level: int = 0) -> PortalSession:
    return PortalSession(1, "BNCMRA48C41G388Z", "Maria Bianchi", method, NOW, spid_level=level)


@pytest.mark.parametrize(
    "method,level,can_submit,label",
    [
        ("pin_ordinario", 0, False, "PIN ordinario"),
        ("pin_dispositivo", 0, True, "PIN dispositivo"),
        ("spid", 1, False, "SPID livello 1"),
        ("spid", 2, True, "SPID livello 2"),
        ("spid", 3, True, "SPID livello 3"),
        ("cns", 0, True, "CNS"),
    ],
)
def test_levels(method, level, can_submit, label):
    s = make(method, level)
    assert s.can_consult
    assert s.can_submit_requests is can_submit
    assert s.method_label == label


def test_request_gate_refuses_ordinario_and_says_what_to_do():
    with pytest.raises(sessmod.DispositivoRequired) as info:
        sessmod.require_dispositivo(make("pin_ordinario"))
    message = info.value.message
    assert "PIN ordinario" in message and "SPID" in message and "CNS" in message
    assert "Vuoi il PIN dispositivo?" in message and "Converti PIN" in message
    # One message, in the Lei form of the portal.
    assert "Lei è entrato con PIN ordinario" in message and "Hai " not in message and "Esci " not in message
    assert message == sessmod.dispositivo_required_text(make("pin_ordinario"))
    assert info.value.help_url == sessmod.PIN_CONVERSION_HINT_URL
    with pytest.raises(sessmod.DispositivoRequired, match="SPID livello 1"):
        sessmod.require_dispositivo(make("spid", 1))
    with pytest.raises(ServiceError, match="entrare in MyINPS"):
        sessmod.require_dispositivo(None)
    for ok in (make("spid", 2), make("cns"), make("pin_dispositivo")):
        assert sessmod.require_dispositivo(ok) is ok


def test_holder_notifies_on_start_and_end():
    holder = SessionHolder()
    seen = []
    holder.listeners.append(seen.append)
    s = make("cns")
    holder.start(s)
    holder.end()
    holder.end()  # already out: nobody is told twice
    assert seen == [s, None]


def test_inactivity_phases():
    policy = InactivityPolicy(idle_seconds=900, warning_seconds=60)
    assert policy.warn_after == 840
    assert policy.phase(0) == "active"
    assert policy.phase(839.9) == "active"
    assert policy.phase(840) == "warning"
    assert policy.phase(899.5) == "warning"
    assert policy.phase(900) == "expired"
    assert policy.seconds_left(840) == 60
    assert policy.seconds_left(899.2) == 1
    assert policy.seconds_left(1000) == 0


def test_warning_is_never_shorter_than_20_seconds():
    with pytest.raises(ValueError):
        InactivityPolicy(idle_seconds=100, warning_seconds=19)
    with pytest.raises(ValueError):
        InactivityPolicy(idle_seconds=20, warning_seconds=20)
    assert InactivityPolicy(idle_seconds=21, warning_seconds=20).warn_after == 1


def test_policy_from_settings(world):
    policy = InactivityPolicy.from_settings()
    assert policy.idle_seconds == 15 * 60 and policy.warning_seconds == 60
    settings.set_value("session.warning_seconds", "5")  # too short: raised to the minimum
    settings.set_value("session.idle_minutes", "x")  # not a number: the default
    policy = InactivityPolicy.from_settings()
    assert policy.warning_seconds == sessmod.MIN_WARNING_SECONDS and policy.idle_seconds == 15 * 60


@given(st.floats(min_value=0, max_value=10_000, allow_nan=False))
def test_phase_and_seconds_left_agree(idle):
    policy = InactivityPolicy(idle_seconds=120, warning_seconds=30)
    phase = policy.phase(idle)
    left = policy.seconds_left(idle)
    if phase == "expired":
        assert left == 0
    elif phase == "warning":
        assert 1 <= left <= 30
    else:
        assert left > 30


def test_texts():
    assert "1 secondo" in sessmod.warning_text(1)
    assert "20 secondi" in sessmod.warning_text(20) and "Continua la sessione" in sessmod.warning_text(20)
    assert "inattività" in sessmod.EXPIRED_TEXT


# --- SPID and CNS count as a PIN dispositivo from 21 July 2017 (seed 001) ------------------


def _at(method: str, moment: dt.datetime, level: int = 0) -> PortalSession:
    return PortalSession(1, "BNCMRA48C41G388Z", "Maria Bianchi", method, moment, spid_level=level)


def test_spid_and_cns_count_as_dispositivo_only_from_21_july_2017():
    before, day = dt.datetime(2017, 7, 20, 23, 59), dt.datetime(2017, 7, 21, 0, 0)
    for method, level in (("spid", 2), ("cns", 0)):
        early = _at(method, before, level)
        assert not early.can_submit_requests and early.spid_cns_too_early
        with pytest.raises(sessmod.DispositivoRequired) as info:
            sessmod.require_dispositivo(early)
        assert "21 luglio 2017" in info.value.message and "20/07/2017" in info.value.message
        assert info.value.message.template == sessmod.DISPOSITIVO_NOT_YET
        on_time = _at(method, day, level)
        assert on_time.can_submit_requests and not on_time.spid_cns_too_early
        assert sessmod.require_dispositivo(on_time) is on_time
    # The PIN dispositivo does not depend on the date; the PIN ordinario never submits.
    assert _at("pin_dispositivo", before).can_submit_requests
    assert not _at("pin_ordinario", day).can_submit_requests
    assert "21 luglio 2017" not in sessmod.dispositivo_required_text(_at("pin_ordinario", before))
    assert "21 luglio 2017" in sessmod.SPID_CNS_DISPOSITIVO_TEXT


def test_the_date_rule_follows_the_simulated_clock(world):
    from app.models import Citizen
    from app.services import auth, domande

    citizen = Citizen.get(Citizen.persona_key == "pensionata")
    world.clock.reset(dt.datetime(2017, 7, 20, 10, 0))
    for method, level in (("cns", 0), ("spid", 2)):
        session = auth.open_session(world, citizen, method, spid_level=level)
        with pytest.raises(sessmod.DispositivoRequired, match="21 luglio 2017"):
            domande.ensure_can_submit(world, session, "vecchiaia")
    world.clock.set(dt.datetime(2017, 7, 21, 8, 0))
    for method, level in (("cns", 0), ("spid", 2)):
        session = auth.open_session(world, citizen, method, spid_level=level)
        assert domande.ensure_can_submit(world, session, "vecchiaia") == citizen
