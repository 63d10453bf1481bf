"""Demo personas: correct codici fiscali, the roles the issue asks for, stable records."""
from app.models import Citizen, CnsCard, Contribution, IdentityDocument, Payment, Pin, SpidIdentity
from app.services import codice_fiscale as cfmod
from app.services import personas
from app.services.clock import WORLD_START


def test_at_least_eight_personas_with_valid_consistent_codes(world):
    assert len(personas.load_personas()) >= 8
    for p in personas.load_personas():
        citizen = Citizen.get(Citizen.persona_key == p["key"])
        assert cfmod.is_valid(citizen.codice_fiscale), citizen.codice_fiscale
        assert cfmod.same_person(citizen.codice_fiscale, citizen.cognome, citizen.nome, citizen.sesso,
                                 citizen.data_nascita, citizen.luogo_nascita)


def test_omocodia_persona_has_an_omocode(world):
    citizen = Citizen.get(Citizen.persona_key == "omocodia")
    plain = cfmod.compute(citizen.cognome, citizen.nome, citizen.sesso, citizen.data_nascita, citizen.luogo_nascita)
    assert citizen.codice_fiscale != plain
    assert not any(ch.isdigit() for ch in citizen.codice_fiscale[12:15]) or citizen.codice_fiscale[14] in "LMNPQRSTUV"


def test_roles_are_covered(world):
    by_key = {c.persona_key: c for c in Citizen.select()}
    assert {"pensionata", "dipendente", "gestione_separata", "invalidita", "estero", "omocodia",
            "intermediario", "senza_credenziali"} <= set(by_key)
    assert Payment.select().where(Payment.citizen == by_key["pensionata"]).count() > 12
    assert by_key["estero"].residenza_estera
    assert by_key["intermediario"].is_intermediary
    none = by_key["senza_credenziali"]
    assert not Pin.select().where(Pin.citizen == none).exists()
    assert not SpidIdentity.select().where(SpidIdentity.citizen == none).exists()
    assert not CnsCard.select().where(CnsCard.citizen == none).exists()
    gs = Contribution.select().where((Contribution.citizen == by_key["gestione_separata"]) & (Contribution.gestione == "GS"))
    assert gs.count() > 0
    assert by_key["invalidita"].applications.count() == 1
    assert by_key["invalidita"].medical_certificates.count() == 1


def test_years_of_contributions_between_20_and_45(world):
    for citizen in Citizen.select():
        years = {c.dal.year for c in citizen.contributions}
        assert 20 <= len(years) <= 45, (citizen.persona_key, len(years))
    pensioner = Citizen.get(Citizen.persona_key == "pensionata")
    assert len({c.dal.year for c in pensioner.contributions}) == 45


def test_secrets_are_hashed_not_stored(world):
    for p in personas.load_personas():
        secret = p.get("credenziali", {}).get("pin", {}).get("secret")
        if secret:
            pin = Pin.get(Pin.citizen == Citizen.get(Citizen.persona_key == p["key"]))
            assert secret not in pin.secret_hash and pin.secret_hash.startswith("scrypt$")


def test_generation_is_deterministic(world, tmp_path):
    from app.world import World

    first = [(c.dal, c.retribuzione_cents) for c in Contribution.select().order_by(Contribution.id)]
    other = World(tmp_path / "again.sqlite3")
    second = [(c.dal, c.retribuzione_cents) for c in Contribution.select().order_by(Contribution.id)]
    other.close()
    assert first == second


def test_no_record_in_the_future(world):
    assert not Contribution.select().where(Contribution.al > WORLD_START.date()).exists()
    assert not Payment.select().where(Payment.paid_on > WORLD_START.date()).exists()


def test_senza_credenziali_has_an_expired_document(world):
    citizen = Citizen.get(Citizen.persona_key == "senza_credenziali")
    expired = [d for d in IdentityDocument.select().where(IdentityDocument.citizen == citizen)
               if d.expires < WORLD_START.date()]
    assert expired


def test_the_usb_token_and_the_old_16_character_pin(world):
    """Giulia Romano's firma digitale on a USB token counts as a CNS (seed 002); Franco Galli's
    PIN is still the old one of 16 characters until its periodic change (seed 003)."""
    from app.services import cns, person_cards
    from app.services import pin as pin_service

    giulia = Citizen.get(Citizen.persona_key == "gestione_separata")
    (token,) = CnsCard.select().where(CnsCard.citizen == giulia)
    assert cns.is_token(token) and token.expires > WORLD_START.date()
    assert cns.wallet_cards(world, giulia.id) == [] and len(cns.wallet_tokens(world, giulia.id)) == 1
    groups = {g.title: g for g in person_cards.practice_credentials("gestione_separata")}
    assert dict(groups["Firma digitale su token USB (vale come CNS)"].rows) == {"PIN del token": "61820976",
                                                                               "PUK": "40917735"}
    franco = Citizen.get(Citizen.persona_key == "pin_16_caratteri")
    pin = Pin.get(Pin.citizen == franco)
    assert pin.state == "active" and pin.initial and pin_service.is_legacy_16(pin)
    assert pin.expires_at > WORLD_START and len(personas.persona("pin_16_caratteri")["credenziali"]["pin"]["secret"]) == 16
    (group,) = person_cards.practice_credentials("pin_16_caratteri")
    assert "16 caratteri" in group.note
    # Every other persona's PIN is an 8-character one, not an old one.
    others = Pin.select().join(Citizen).where(Citizen.persona_key != "pin_16_caratteri")
    assert not any(pin_service.is_legacy_16(p) for p in others)
