"""The demo personas: read from data/personas.json, their records generated
deterministically (same seed, same numbers) so that tests are stable.

`seed_world` fills an empty database; `reset_world` empties it and seeds again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass, fields
from functools import lru_cache

import peewee as pw

from app.models import (
    ALL_MODELS,
    Citizen,
    ClockState,
    CnsCard,
    Event,
    Contact,
    Contribution,
    IdentityDocument,
    Pension,
    Pin,
    SchemaVersion,
    Setting,
    SpidIdentity,
)
from app.db import sync_sequence
from app.i18n import N_, _t
from app.paths import DATA_DIR

from . import codice_fiscale as cfmod
from . import payroll, security, settings
from .clock import WORLD_START, add_months

# Aliquote di computo (IVS part) by gestione, FACTS.md section 1 (verified for 2018).
ALIQUOTA_COMPUTO = {"FPLD": 0.33, "GS": 0.33, "ART": 0.24, "COM": 0.2409}


@lru_cache(maxsize=1)
def load_personas() -> tuple[dict, ...]:
    with open(DATA_DIR / "personas.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(data["personas"])


def persona(key: str) -> dict:
    for item in load_personas():
        if item["key"] == key:
            return item
    raise KeyError(key)


def codice_fiscale_of(p: dict) -> str:
    """The persona's codice fiscale, computed with python-codicefiscale (omocodia applied)."""
    code = cfmod.compute(p["cognome"], p["nome"], p["sesso"], _date(p["data_nascita"]), p["luogo_nascita"])
    level = int(p.get("omocodia", 0))
    return cfmod.omocode(code, level) if level else code


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _rng(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def is_seeded(world) -> bool:
    return Citizen.select().where(Citizen.persona_key.is_null(False)).exists()


def reset_world(world) -> None:
    """Every table emptied and the personas made again, in one transaction. The event
    log's ids go on from where they were (the lesson engine reads the log by id)."""
    db = world.db
    with db.atomic():
        top = Event.select(pw.fn.MAX(Event.id)).scalar() or 0
        for model in reversed(ALL_MODELS):
            if model in (SchemaVersion, Setting):
                continue
            model.delete().execute()
        # Settings chosen by the trainer stay; world state kept in Setting rows
        # (card in the reader, pending SPID approvals...) goes with the world.
        Setting.delete().where(Setting.key.not_in(list(settings.DEFAULTS))).execute()
        world.clock.reset(WORLD_START)
        # The first event of the new log takes the next id (SQLite would start again at 1).
        Event.insert(id=top + 1, at=WORLD_START, kind="world.reset", detail_json="{}").execute()
        sync_sequence(Event)
        seed_world(world)


def seed_world(world) -> None:
    now = world.clock.now()
    if ClockState.get_or_none() is None:
        world.clock.reset(WORLD_START)
    with world.db.atomic():
        for p in load_personas():
            _create_persona(world, p, now)
        # Whatever is already due at the start (a letter, an expiry, a rate) is applied now,
        # as the clock would have done: a new world is consistent before anyone reads it.
        from . import time_rules

        time_rules.run_due(world, None, world.clock.now())
    world.events.record("world.seeded", personas=len(load_personas()))


def _create_persona(world, p: dict, now: dt.datetime) -> Citizen:
    rng = _rng(p["key"])
    res = p["residenza"]
    estera = bool(res.get("estera"))
    born = _date(p["data_nascita"])
    place = cfmod.decode(codice_fiscale_of(p))
    citizen = Citizen.create(
        codice_fiscale=codice_fiscale_of(p),
        cognome=p["cognome"],
        nome=p["nome"],
        sesso=p["sesso"],
        data_nascita=born,
        luogo_nascita=p["luogo_nascita"],
        provincia_nascita=place["provincia_nascita"],
        residenza_estera=estera,
        indirizzo=res.get("indirizzo", ""),
        civico=res.get("civico", ""),
        cap=res.get("cap", ""),
        comune=res.get("comune", ""),
        provincia=res.get("provincia", ""),
        stato_estero=res.get("stato_estero", ""),
        citta_estera=res.get("citta_estera", ""),
        indirizzo_estero=res.get("indirizzo_estero", ""),
        gruppo=p.get("gruppo", "cittadino"),
        is_intermediary=bool(p.get("intermediario")),
        tessera_numero="80380" + "".join(str(rng.randrange(10)) for _ in range(15)),
        tessera_scadenza=dt.date(2018 + 1 + rng.randrange(5), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        persona_key=p["key"],
        known_to_inps=True,
        created_at=now,
    )
    c = p.get("contatti", {})
    Contact.create(citizen=citizen, updated_at=now, verified_at=now, **{k: c.get(k, "") for k in (
        "cellulare", "telefono_fisso", "email", "pec", "telefono_preferenziale", "fascia_oraria")})
    for doc in p.get("documenti", []):
        IdentityDocument.create(
            citizen=citizen, kind=doc["kind"], number=doc["number"], issuer=doc["issuer"],
            issued=_date(doc["issued"]), expires=_date(doc["expires"]),
        )
    _create_credentials(citizen, p.get("credenziali", {}), now, rng)
    _create_contributions(citizen, p.get("carriera", []), rng)
    if "pensione" in p:
        _create_pension(citizen, p["pensione"], now, rng)
    if "invalidita" in p:
        _create_invalidita(citizen, p["invalidita"])
    return citizen


def _create_credentials(citizen: Citizen, cred: dict, now: dt.datetime, rng: random.Random) -> None:
    if "pin" in cred:
        pin = cred["pin"]
        months = settings.get_int(
            "pin.expiry_months.intermediario" if citizen.is_intermediary else "pin.expiry_months.cittadino"
        )
        # A PIN set some weeks ago (or, for the expired one, more than `months` ago; for the
        # old 16-character one, so long ago that its periodic change comes `scade_tra_giorni` days
        # after the start of the world).
        if pin.get("expired"):
            set_at = add_months(now, -months) - dt.timedelta(days=3)
        elif pin.get("sedici_caratteri"):
            set_at = add_months(now, -months) + dt.timedelta(days=int(pin.get("scade_tra_giorni", 10)))
        else:
            set_at = now - dt.timedelta(days=20 + rng.randrange(30))
        expires = add_months(set_at, months)
        Pin.create(
            citizen=citizen,
            kind=pin["kind"],
            state="expired" if pin.get("expired") else "active",
            channel="demo",
            intermediary=citizen.is_intermediary,
            secret_hash=security.hash_secret(pin["secret"].upper()),
            # An old PIN of 16 characters still in use (seed 003): still the initial secret, with a
            # period of validity (app.services.pin.is_legacy_16).
            initial=bool(pin.get("sedici_caratteri")),
            created_at=set_at,
            set_at=set_at,
            expires_at=expires,
            last_login_at=set_at + dt.timedelta(days=1),
        )
        # That earlier visit is what MyINPS shows as "Ultimo accesso".
        Event.create(at=set_at + dt.timedelta(days=1), kind="session.opened", citizen=citizen,
                     detail_json=json.dumps({"method": f"pin_{pin['kind']}", "spid_level": None,
                                             "seeded": True}))
    if "spid" in cred:
        spid = cred["spid"]
        SpidIdentity.create(
            citizen=citizen,
            provider=spid["provider"],
            username=spid["username"],
            password_hash=security.hash_secret(spid["password"]),
            level=int(spid.get("level", 2)),
            state=spid.get("state", "active"),
            otp_method=spid.get("otp_method", "sms"),
            created_at=now - dt.timedelta(days=200),
        )
    if "cns" in cred:
        cns = cred["cns"]
        CnsCard.create(
            citizen=citizen,
            card_number=citizen.tessera_numero,
            expires=citizen.tessera_scadenza,
            pin_hash=security.hash_secret(cns["pin"]),
            puk_hash=security.hash_secret(cns["puk"]),
            created_at=now - dt.timedelta(days=400),
        )
    if "cns_token" in cred:
        # A digital-signature USB token (seed 002) with a CNS certificate: no reader needed.
        # Its own random source, so that the records drawn after it stay the same.
        from .cns import TOKEN_PREFIX

        token = cred["cns_token"]
        own = _rng(f"{citizen.persona_key}:cns_token")
        CnsCard.create(
            citizen=citizen,
            card_number=TOKEN_PREFIX + "".join(str(own.randrange(10)) for _ in range(12)),
            expires=dt.date(now.year + 2, 1 + own.randrange(12), 1 + own.randrange(28)),
            pin_hash=security.hash_secret(token["pin"]),
            puk_hash=security.hash_secret(token["puk"]),
            created_at=now - dt.timedelta(days=300),
        )


def _create_contributions(citizen: Citizen, career: list[dict], rng: random.Random) -> None:
    """One row per year of each career stretch; pay grows about 3-5 % a year."""
    rows = []
    for stretch in career:
        pay = float(stretch["paga_iniziale"])
        part_time = set(stretch.get("part_time", []))
        for year in range(int(stretch["dal"]), int(stretch["al"]) + 1):
            start = dt.date(year, 1, 1)
            end = dt.date(year, 12, 31)
            if year == WORLD_START.year:
                end = dt.date(year, 9, 30)  # the world is in October 2018: credited up to September
            weeks = 52 if end.month == 12 else round(((end - start).days + 1) / 7)
            calc_weeks = weeks // 2 if year in part_time else weeks
            fraction = 0.5 if year in part_time else 1.0
            retribuzione = round(pay * fraction * (weeks / 52), 2)
            if stretch["tipo"] == "Servizio militare":
                retribuzione = 0.0
            aliquota = ALIQUOTA_COMPUTO.get(stretch.get("gestione", "FPLD"), 0.33)
            rows.append(
                dict(
                    citizen=citizen,
                    dal=start,
                    al=end,
                    tipo=stretch["tipo"],
                    gestione=stretch.get("gestione", "FPLD"),
                    datore=stretch.get("datore", ""),
                    settimane_diritto=weeks,
                    settimane_calcolo=calc_weeks,
                    retribuzione_cents=round(retribuzione * 100),
                    contributi_cents=round(retribuzione * aliquota * 100),
                    note="Part-time 50%" if year in part_time else ("Figurativo" if stretch["tipo"] in ("Servizio militare", "Disoccupazione") else ""),
                )
            )
            pay *= 1.03 + rng.random() * 0.02
    if rows:
        Contribution.insert_many(rows).execute()


def _create_pension(citizen: Citizen, spec: dict, now: dt.datetime, rng: random.Random) -> None:
    decorrenza = _date(spec["decorrenza"])
    gross = round(float(spec["mensile_lordo"]) * 100)
    pension = Pension.create(
        citizen=citizen,
        categoria=spec["categoria"],
        fondo=spec.get("fondo", "FPLD"),
        numero_certificato=f"{rng.randrange(10**7, 10**8)}",
        sede=spec.get("sede", "Pavia"),
        decorrenza=decorrenza,
        importo_mensile_lordo_cents=gross,
    )
    _create_pension_application(citizen, pension, spec)
    payroll.pay_pension(pension, now.date())


def _create_pension_application(citizen: Citizen, pension: Pension, spec: dict) -> None:
    """The domanda that led to the pension in payment (Fascicolo > Domande presentate > Pensione):
    presented four months before the decorrenza, accolta one month before it."""
    from app.models import Application, ApplicationStatus

    decorrenza = pension.decorrenza
    submitted = dt.datetime.combine(decorrenza, dt.time(10, 15)) - dt.timedelta(days=120)
    review = submitted + dt.timedelta(days=10)
    decided = dt.datetime.combine(decorrenza, dt.time(12, 0)) - dt.timedelta(days=30)
    kind = {"VO": "pensione_vecchiaia", "IO": "pensione_inabilita", "SO": "pensione_superstiti"}.get(
        pension.categoria, "pensione")
    title = {"pensione_vecchiaia": "Domanda di pensione di vecchiaia",
             "pensione_inabilita": "Domanda di pensione di inabilità",
             "pensione_superstiti": "Domanda di pensione ai superstiti"}.get(kind, "Domanda di pensione")
    app = Application.create(
        citizen=citizen, kind=kind, title=title,
        protocol=f"INPS.{submitted:%Y}.{submitted:%m%d}.{citizen.id:05d}",
        state="accolta", outcome="accolta", submitted_at=submitted, decided_at=decided,
        data_json=json.dumps({"categoria": pension.categoria, "fondo": pension.fondo,
                              "decorrenza": decorrenza.isoformat(), "sede": pension.sede,
                              "numero_certificato": pension.numero_certificato}),
    )
    ApplicationStatus.create(application=app, state=N_("presentata"), at=submitted, note=N_("Domanda acquisita"))
    ApplicationStatus.create(application=app, state=N_("in istruttoria"), at=review,
                             note=N_("Verifica dei requisiti e della posizione assicurativa"))
    ApplicationStatus.create(application=app, state=N_("accolta"), at=decided,
                             note=_t("Pensione liquidata con decorrenza {decorrenza:%d/%m/%Y}", decorrenza=decorrenza))


def _create_invalidita(citizen: Citizen, spec: dict) -> None:
    from app.models import Application, ApplicationStatus, MedicalCertificate

    issued = dt.datetime.combine(_date(spec["certificato_data"] if "certificato_data" in spec else spec["data"]), dt.time(10, 30))
    submitted = dt.datetime.combine(_date(spec["domanda_data"]), dt.time(11, 0))
    app = Application.create(
        citizen=citizen,
        kind="invalidita_civile",
        title=N_("Domanda di invalidità civile"),
        protocol=f"INPS.{submitted:%Y}.{submitted:%m%d}.{citizen.id:05d}",
        state="in istruttoria",
        submitted_at=submitted,
        data_json=json.dumps({"certificato": spec["certificato"]}),
    )
    ApplicationStatus.create(application=app, state=N_("presentata"), at=submitted, note=N_("Domanda acquisita"))
    ApplicationStatus.create(
        application=app, state=N_("in istruttoria"), at=submitted + dt.timedelta(days=5),
        note=N_("In attesa di convocazione a visita medica"),
    )
    MedicalCertificate.create(
        citizen=citizen, numero=spec["certificato"], medico=spec["medico"], issued_at=issued,
        diagnosi=spec.get("diagnosi", ""), application=app,
    )


# --- weak hashes stored by older versions -------------------------------------------------------


@dataclass
class RehashReport:
    """What :func:`rehash_weak_secrets` did (counts)."""

    pins_rehashed: int = 0
    pins_revoked: int = 0  # plain PIN unknown: the citizen asks for a new one (Richiedi PIN)
    previous_pins_cleared: int = 0  # the hash of the PIN before the last change, unknown and unusable
    spid_rehashed: int = 0
    spid_locked: int = 0  # password unknown: «Hai dimenticato le credenziali?» sets a new one
    cns_pins_rehashed: int = 0
    cns_blocked: int = 0  # card PIN unknown: the PUK unblocks the card and sets a new PIN
    cns_puks_rehashed: int = 0
    cns_unusable: int = 0  # PUK unknown too: only a new card (or a new world) helps

    @property
    def changed(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


def rehash_weak_secrets(world) -> RehashReport:
    """For a migration: replace the secrets' hashes stored with weaker parameters than the
    current ones (app.services.security.is_weak; an older version could store PIN hashes
    at scrypt n=16). Where the plain secret is known (the personas' documented credentials
    in data/personas.json, and only if it matches the stored hash) the secret is hashed
    again; otherwise the credential is marked to be renewed, with the way on that already
    exists for it:

    - PIN: revoked (event ``pin.revoked``): the citizen asks for a new PIN. A PIN that must
      be changed (``to_change``/``expired``) would still need the old PIN, which the checker
      no longer accepts from a weak hash;
    - SPID password: the identity is locked (event ``spid.locked``): «Hai dimenticato le
      credenziali?» sets a new password and unlocks it;
    - CNS PIN: the card is blocked (event ``cns.card_blocked``): the PUK sets a new PIN; an
      unknown weak PUK makes the card unusable (PUK attempts exhausted).

    One transaction; safe to run again (nothing is weak the second time)."""
    from . import pin as pin_service

    report = RehashReport()
    documented = {p["key"]: p.get("credenziali", {}) for p in load_personas()}

    def known(citizen: Citizen, *path: str) -> str:
        value = documented.get(citizen.persona_key or "", {})
        for key in path:
            value = value.get(key, {}) if isinstance(value, dict) else {}
        return value if isinstance(value, str) else ""

    with world.db.atomic():
        for record in Pin.select().where(Pin.state != "revoked").order_by(Pin.id):
            secret = known(record.citizen, "pin", "secret").upper()
            if record.previous_hash and security.is_weak(record.previous_hash):
                if secret and security.matches_weak(secret, record.previous_hash):
                    record.previous_hash = security.hash_secret(secret)
                else:
                    record.previous_hash = ""
                    report.previous_pins_cleared += 1
                record.save()
            if not security.is_weak(record.secret_hash):
                continue
            if secret and security.matches_weak(secret, record.secret_hash):
                record.secret_hash = security.hash_secret(secret)
                record.save()
                report.pins_rehashed += 1
            else:
                pin_service.transition(world, record, "revoked",
                                       reason="PIN custodito con una protezione non più sufficiente: va richiesto di nuovo")
                report.pins_revoked += 1
        for identity in SpidIdentity.select().order_by(SpidIdentity.id):
            if not security.is_weak(identity.password_hash):
                continue
            documented_user = known(identity.citizen, "spid", "username")
            password = known(identity.citizen, "spid", "password")
            if (password and documented_user.casefold() == identity.username.casefold()
                    and security.matches_weak(password, identity.password_hash)):
                identity.password_hash = security.hash_secret(password)
                report.spid_rehashed += 1
            else:
                identity.password_hash = security.hash_secret(security.random_code(32, _RANDOM_ALPHABET))
                if identity.state == "active":
                    identity.state = "locked"
                    world.events.record("spid.locked", identity.citizen, provider=identity.provider)
                report.spid_locked += 1
            identity.save()
        from .cns import envelope_key

        for card in CnsCard.select().order_by(CnsCard.id):
            where = envelope_key(card)  # "cns" (the tessera) or "cns_token" (the USB token)
            pin_code, puk_code = known(card.citizen, where, "pin"), known(card.citizen, where, "puk")
            changed = False
            if security.is_weak(card.pin_hash):
                changed = True
                if pin_code and security.matches_weak(pin_code, card.pin_hash):
                    card.pin_hash = security.hash_secret(pin_code)
                    report.cns_pins_rehashed += 1
                else:
                    card.pin_hash = security.hash_secret(security.random_code(32, _RANDOM_ALPHABET))
                    if not card.blocked:
                        card.blocked = True
                        world.events.record("cns.card_blocked", card.citizen, card=card.id)
                    report.cns_blocked += 1
            if security.is_weak(card.puk_hash):
                changed = True
                if puk_code and security.matches_weak(puk_code, card.puk_hash):
                    card.puk_hash = security.hash_secret(puk_code)
                    report.cns_puks_rehashed += 1
                else:
                    card.puk_hash = security.hash_secret(security.random_code(32, _RANDOM_ALPHABET))
                    card.puk_failures = max(card.puk_failures, settings.get_int("cns.max_puk_failures"))
                    report.cns_unusable += 1
            if changed:
                card.save()
    return report


_RANDOM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
