"""Rules behind the seed disagreements (docs/SEEDS.md): the new PIN the system may generate
at the first access (seeds 000 and 004) obeys the same rules as one chosen by hand (002, 003)."""
from __future__ import annotations

from app.services import pin as pin_service
from app.services.personas import codice_fiscale_of, persona


def test_a_generated_pin_passes_the_rules_of_a_chosen_one():
    cf = codice_fiscale_of(persona("senza_credenziali"))
    seen = set()
    for _ in range(200):
        value = pin_service.propose_new_pin(cf)
        assert len(value) == pin_service.NEW_PIN_LENGTH == 8
        assert set(value) <= set(pin_service.PROPOSED_PIN_ALPHABET)
        assert not set(value) & set("0O1I")  # nothing to misread when copying it by hand
        assert value not in cf
        assert pin_service.validate_new_pin(cf, value, value) == value
        seen.add(value)
    assert len(seen) > 190  # drawn, not fixed


def test_a_generated_pin_opens_the_door_after_the_first_access(world):
    from app.services import auth

    citizen = auth.citizen_by_cf(codice_fiscale_of(persona("senza_credenziali")))
    secret = pin_service.issue_initial_pin(world, citizen, channel="online", deliver=False)
    pin_service.mark_complete(world, pin_service.active_pin(citizen, world), "test")
    cf = citizen.codice_fiscale
    assert pin_service.login(world, cf, secret).status == "must_change"
    generated = pin_service.propose_new_pin(cf)
    changed = pin_service.change_pin(world, cf, secret, generated, generated)
    assert changed.status == "ok" and changed.kind == "ordinario"
    assert pin_service.login(world, cf, generated).status == "ok"
