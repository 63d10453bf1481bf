"""Hashes: the checker refuses stored parameters below the floor, a weak hash is replaced
after the next successful check (PIN, SPID password, CNS PIN and PUK), fast hashing is a
test-only hook, and the migration helper re-hashes the weak secrets it can and marks the
others to be renewed."""
from __future__ import annotations

import hashlib
import secrets
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.models import Citizen, CnsCard, Event, Pin, SpidIdentity
from app.services import cns, personas, security, spid
from app.services import pin as pin_service
from app.services.errors import ServiceError

ROOT = Path(__file__).resolve().parents[2]


def craft(secret: str, *, n: int = 16, r: int = 8, p: int = 1, dklen: int = 32, salt_len: int = 16) -> str:
    """A hash string with chosen parameters, as an older version (or a tampered file) stored it."""
    salt = secrets.token_bytes(salt_len)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def params(stored: str) -> tuple[int, int, int, int]:
    _scheme, n, r, p, salt, digest = stored.split("$")
    return int(n), int(r), int(p), len(bytes.fromhex(digest))


@contextmanager
def production_hashing():
    """As the program runs for people: full cost, full floor."""
    security.set_fast_hashing(False)
    try:
        yield
    finally:
        security.set_fast_hashing(True)


def persona(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


# --- the checker ----------------------------------------------------------------------------------


def test_a_one_byte_digest_matches_nothing():
    stored = craft("ROSA2018", n=16, dklen=1)
    assert not security.verify_secret("ROSA2018", stored)
    wrong = sum(security.verify_secret(f"X{i:07d}", stored) for i in range(2000))
    assert wrong == 0  # before: about 1 in 256 wrong secrets matched (6 of 2,000 measured)


@pytest.mark.parametrize("kw", [dict(dklen=16), dict(r=1), dict(r=64), dict(p=0 + 1, n=2), dict(salt_len=4),
                                dict(n=2**17)])
def test_parameters_out_of_range_are_refused(kw):
    if kw.get("n") == 2**17:  # too costly to compute here: a crafted string is enough
        stored = craft("x", n=16).replace("scrypt$16$", f"scrypt${2**17}$")
    else:
        stored = craft("x", **kw)
    assert not security.verify_secret("x", stored)
    assert security.is_weak(stored)


def test_malformed_hashes_are_refused():
    for stored in ("", "scrypt$", "bcrypt$16$8$1$00$00", "scrypt$1６$8$1$00$00", None, "scrypt$16$8$1$zz$zz"):
        assert not security.verify_secret("x", stored)
        assert security.is_weak(stored)


def test_without_the_test_hook_the_floor_is_scrypt_n():
    fast = craft("LUCA1968", n=16)
    assert security.verify_secret("LUCA1968", fast)  # the tests' own cost
    with production_hashing():
        assert not security.verify_secret("LUCA1968", fast)
        assert security.is_weak(fast)
        strong = security.hash_secret("LUCA1968")
        assert params(strong) == (security.SCRYPT_N, 8, 1, 32)
        assert security.verify_secret("LUCA1968", strong) and not security.is_weak(strong)


def test_the_test_hook_also_lowers_the_floor():
    assert security.fast_hashing()
    assert security.verify_secret("a", craft("a", n=8))  # above the tests' floor, below their cost
    assert security.is_weak(craft("a", n=8))
    assert not security.verify_secret("a", craft("a", n=2))  # below even the tests' floor
    assert not security.is_weak(security.hash_secret("a"))


def test_no_user_option_reaches_fast_hashing():
    assert "fast-hash" not in (ROOT / "main.py").read_text(encoding="utf-8")
    callers = [p.relative_to(ROOT).as_posix() for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py")
               if "set_fast_hashing(" in p.read_text(encoding="utf-8")]
    assert callers == ["app/services/security.py"]


# --- rehash after a successful check -----------------------------------------------------------------


def test_pin_login_rehashes_a_weak_hash(world):
    luca = persona("dipendente")
    Pin.update(secret_hash=craft("LUCA1968", n=8)).where(Pin.citizen == luca).execute()
    result = pin_service.login(world, luca.codice_fiscale, "luca1968")
    assert result.status == "ok"
    stored = Pin.get(Pin.citizen == luca).secret_hash
    assert params(stored)[0] == security.current_n() and security.verify_secret("LUCA1968", stored)


def test_pin_below_the_floor_is_a_wrong_pin(world):
    luca = persona("dipendente")
    Pin.update(secret_hash=craft("LUCA1968", n=2)).where(Pin.citizen == luca).execute()
    with pytest.raises(pin_service.PinLoginError) as info:
        pin_service.login(world, luca.codice_fiscale, "LUCA1968")
    assert info.value.reason == "wrong" and Pin.get(Pin.citizen == luca).failures == 1


def test_spid_password_is_rehashed(world):
    SpidIdentity.update(password_hash=craft("Girasole.48", n=8)).where(SpidIdentity.username == "maria.bianchi").execute()
    flow = spid.start_login(world, "aquila")
    spid.submit_credentials(world, flow, "maria.bianchi", "Girasole.48")
    stored = SpidIdentity.get(SpidIdentity.username == "maria.bianchi").password_hash
    assert params(stored)[0] == security.current_n() and security.verify_secret("Girasole.48", stored)


def test_cns_pin_and_puk_are_rehashed(world):
    card = CnsCard.get(CnsCard.citizen == persona("pensionata"))
    CnsCard.update(pin_hash=craft("12345", n=8), puk_hash=craft("12345678", n=8)).where(CnsCard.id == card.id).execute()
    cns.connect_reader(world)
    cns.insert_card(world, card.id)
    flow = cns.start_login(world)
    cns.choose_certificate(world, flow, cns.CERT_AUTH)
    cns.enter_pin(world, flow, "12345")
    assert params(CnsCard.get_by_id(card.id).pin_hash)[0] == security.current_n()
    cns.unblock_card(world, "12345678", "54321", "54321")
    card = CnsCard.get_by_id(card.id)
    assert params(card.puk_hash)[0] == security.current_n() and security.verify_secret("12345678", card.puk_hash)
    assert security.verify_secret("54321", card.pin_hash)


# --- the migration helper ------------------------------------------------------------------------------


def test_rehash_weak_secrets_rehashes_the_documented_and_renews_the_others(world):
    # Changed in practice (unknown plain) before the migration: Luca's PIN, Paola's SPID password,
    # Paola's card PIN; Antonio's PUK too.
    luca, paola, antonio = persona("dipendente"), persona("intermediario"), persona("invalidita")
    Pin.update(secret_hash=security.hash_secret("NUOVO123")).where(Pin.citizen == luca).execute()
    SpidIdentity.update(password_hash=security.hash_secret("Cambiata.1")).where(SpidIdentity.citizen == paola).execute()
    CnsCard.update(pin_hash=security.hash_secret("99999")).where(CnsCard.citizen == paola).execute()
    CnsCard.update(puk_hash=security.hash_secret("00000000")).where(CnsCard.citizen == antonio).execute()
    with production_hashing():  # the world's hashes are the tests' cheap ones: weak for the program
        maria = persona("pensionata")
        with pytest.raises(pin_service.PinLoginError):
            pin_service.login(world, maria.codice_fiscale, "ROSA2018")  # refused: below the floor
        Pin.update(failures=0).execute()
        report = personas.rehash_weak_secrets(world)
        assert report.pins_rehashed == 7 and report.pins_revoked == 1  # 8 personas have a PIN
        assert report.spid_rehashed == 6 and report.spid_locked == 1
        # 3 tessere and Giulia's USB token (its envelope under "cns_token")
        assert (report.cns_pins_rehashed, report.cns_blocked, report.cns_puks_rehashed, report.cns_unusable) == (3, 1, 3, 1)
        assert pin_service.login(world, maria.codice_fiscale, "ROSA2018").status == "ok"
        assert all(not security.is_weak(p.secret_hash) for p in Pin.select().where(Pin.state != "revoked"))
        assert Pin.get(Pin.citizen == luca).state == "revoked"
        assert SpidIdentity.get(SpidIdentity.citizen == paola).state == "locked"
        assert CnsCard.get(CnsCard.citizen == paola).blocked
        assert CnsCard.get(CnsCard.citizen == antonio).puk_failures >= 10
        assert Event.select().where(Event.kind == "pin.revoked").count() == 1
        again = personas.rehash_weak_secrets(world)
        assert again.changed == 0


def test_a_revoked_pin_can_be_requested_again(world):
    luca = persona("dipendente")
    Pin.update(secret_hash=craft("NUOVO123", n=2)).where(Pin.citizen == luca).execute()
    personas.rehash_weak_secrets(world)
    with pytest.raises(ServiceError, match="revocato"):
        pin_service.login(world, luca.codice_fiscale, "NUOVO123")
    from app.services import pin_request

    assert pin_request.existing_pin_refusal(world, luca) == ""


def test_a_world_with_weak_hashes_from_an_older_version_is_upgraded_on_opening(db_path):
    """An older version's hidden --fast-hash stored PINs at n=16: opening the world hashes
    the known ones again (once), so the checker's floor never locks a persona out."""
    from app.classroom import open_learner_world
    from app.models import Pin
    from app.services import personas, security
    from app.services import pin as pin_service
    from app.world import SECRETS_UPGRADED

    world = open_learner_world(db_path)
    cf = personas.codice_fiscale_of(personas.persona("pensionata"))
    citizen = pin_service.citizen_by_cf(cf)
    record = pin_service.active_pin(citizen)
    security.set_fast_hashing(False)
    try:
        import hashlib

        salt = b"\x00" * 16  # n=16: what --fast-hash stored, far below the floor
        digest = hashlib.scrypt(b"ROSA2018", salt=salt, n=16, r=8, p=1, dklen=32)
        weak = f"scrypt$16$8$1${salt.hex()}${digest.hex()}"
        assert security.is_weak(weak) and not security.verify_secret("ROSA2018", weak)
        Pin.update(secret_hash=weak).where(Pin.id == record.id).execute()
        from app.services import settings

        settings.set_value(SECRETS_UPGRADED, "")
        world.close()
        world = open_learner_world(db_path)
        stored = Pin.get_by_id(record.id)
        assert stored.state == "active" and not security.is_weak(stored.secret_hash)
        assert security.verify_secret("ROSA2018", stored.secret_hash)  # the documented PIN works again
    finally:
        security.set_fast_hashing(True)
        world.close()
