"""An old PIN of 16 characters still active (seed 003, «NOVITA'»): used until the periodic
change, when the citizen is guided to choose one of 8 characters."""
from __future__ import annotations

import datetime as dt

import pytest

from app.models import Citizen, Pin
from app.services import clock as clockmod
from app.services import personas
from app.services import pin as pin_service
from app.services.clock import WORLD_START
from app.services.errors import ValidationError

OLD = "7A3F09C2E5B1D846"


@pytest.fixture
def franco():
    return Citizen.get(Citizen.persona_key == "pin_16_caratteri")


def record(citizen) -> Pin:
    return pin_service.active_pin(citizen)


def test_the_persona_has_an_active_16_character_pin(world, franco):
    p = personas.persona("pin_16_caratteri")
    assert p["credenziali"]["pin"]["secret"] == OLD and len(OLD) == 16
    pin = record(franco)
    assert pin.state == "active" and pin.initial and pin_service.is_legacy_16(pin)
    assert pin.kind == "ordinario"
    # The periodic change comes 10 days after the start of the world.
    assert pin.expires_at.date() == (WORLD_START + dt.timedelta(days=10)).date()
    assert "16 caratteri" in pin_service.status_text(pin)


def test_the_16_characters_still_open_myinps_until_the_periodic_change(world, franco):
    result = pin_service.login(world, franco.codice_fiscale, OLD.lower())
    assert result.status == "ok" and result.session.method == "pin_ordinario"
    assert result.notice == pin_service.NOT_DISPOSITIVO_NOTICE
    with pytest.raises(pin_service.PinLoginError) as info:
        pin_service.login(world, franco.codice_fiscale, OLD[:8])  # only 8 of the 16: wrong
    assert info.value.attempts_left is not None


def test_at_the_periodic_change_the_citizen_is_guided_to_8_characters(world, franco):
    clockmod.advance_step(world, "2 settimane")
    assert record(franco).state == "expired"
    result = pin_service.login(world, franco.codice_fiscale, OLD)
    assert result.status == "must_change" and result.reason == "periodic_16" and result.session is None
    assert "Gli utenti già dotati di PIN attivo da 16 caratteri potranno continuare" in result.message
    assert "Il suo PIN ha ancora 16 caratteri" in result.message and result.note == pin_service.DLGS_NOTE
    assert result.message.template == pin_service.PERIODIC_16_TEXT
    # Leaving and coming back: still the periodic change, not the first access of a new PIN.
    again = pin_service.login(world, franco.codice_fiscale, OLD)
    assert again.reason == "periodic_16" and record(franco).state == "to_change"
    # The new PIN must have 8 characters: another 16-character one is refused.
    with pytest.raises(ValidationError) as info:
        pin_service.change_pin(world, franco.codice_fiscale, OLD, "1234ABCD5678EF90", "1234ABCD5678EF90")
    assert "esattamente 8 caratteri" in info.value.errors["new_pin"]
    done = pin_service.change_pin(world, franco.codice_fiscale, OLD, "BRESCIA5", "BRESCIA5")
    assert done.status == "ok" and done.session.method == "pin_ordinario"
    pin = record(franco)
    assert pin.state == "active" and not pin.initial and not pin_service.is_legacy_16(pin)
    assert pin.expires_at == clockmod.add_months(world.clock.now(), 6)
    assert pin_service.login(world, franco.codice_fiscale, "brescia5").status == "ok"
    with pytest.raises(pin_service.PinLoginError):
        pin_service.login(world, franco.codice_fiscale, OLD)


def test_a_locked_old_pin_comes_back_active_not_as_a_new_pin(world, franco):
    pin = record(franco)
    pin_service.lock(world, pin, "prova")
    pin_service.unlock(world, franco, by="Contact Center")
    assert record(franco).state == "active"
    assert pin_service.login(world, franco.codice_fiscale, OLD).status == "ok"


def test_a_new_initial_pin_is_still_a_first_access(world):
    """The initial PIN of a new request (16 characters, no period yet) is not an old PIN."""
    citizen = Citizen.get(Citizen.persona_key == "senza_credenziali")
    secret = pin_service.issue_initial_pin(world, citizen, channel="sede", deliver=False)
    new = record(citizen)
    pin_service.mark_complete(world, new, "busta consegnata")
    assert not pin_service.is_legacy_16(record(citizen))
    result = pin_service.login(world, citizen.codice_fiscale, secret)
    assert result.reason == "first_access"
