"""«Hai smarrito il PIN?»: ripristino and revoca (issue 3, item 8; seed 002).

- :func:`ripristino`: codice fiscale + the cellulare and the e-mail (or PEC) registered when
  the PIN was requested -> the old PIN is revoked and a new initial PIN of 16 characters is
  issued (channel "ripristino", same kind): the first half by e-mail / PEC, the second half
  by SMS (seed 002: "vi verrà inviata una prima parte del codice via e-mail o pec e l'altra
  via sms"). Then the first access as usual (16 characters -> new 8-character PIN).
- :func:`revoca`: codice fiscale, numero and scadenza of the tessera sanitaria, an e-mail
  -> the PIN is revoked, a confirmation goes to that e-mail, and a new request
  (Richiedi PIN) becomes possible.
- :func:`advise`: which way fits a codice fiscale (a PIN never used, or no cellulare and
  e-mail/PEC registered -> revoca; seed 002: "In assenza di due contatti validi e attivi ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import _t
from app.models import Contact, Pin

from . import codice_fiscale as cfmod
from . import messages, security
from . import pin as pinmod
from .errors import ServiceError, ValidationError
from . import fields as fieldmod

RIPRISTINO_DONE = (
    _t("Il PIN è stato ripristinato. Le abbiamo inviato un nuovo PIN di 16 caratteri in due parti: "
    "la prima parte all’indirizzo e-mail (o PEC) e la seconda parte per SMS sul cellulare registrati. "
    "Unisca le due parti (prima quella dell’e-mail, poi quella dell’SMS) ed entri con il codice "
    "fiscale e il PIN di 16 caratteri: le sarà chiesto di scegliere un nuovo PIN di 8 caratteri.")
)
REVOCA_DONE = (
    _t("Il PIN è stato revocato: non può più essere usato. Le abbiamo inviato una conferma per e-mail. "
    "Ora può richiedere un nuovo PIN con «Richiedi PIN»: la prima parte arriverà subito per SMS o "
    "e-mail, la seconda per posta all’indirizzo di residenza.")
)
USE_REVOCA = (
    _t("Se non ha più a disposizione il cellulare o l’e-mail indicati quando ha richiesto il PIN, "
    "usi «Revoca PIN» e poi richieda un nuovo PIN.")
)


@dataclass
class RecoveryOutcome:
    message: str
    citizen_id: int
    pin_id: int | None  # the new PIN (ripristino) or the revoked one (revoca)


def _same_phone(a: str, b: str) -> bool:
    """Same number, whether or not the Italian prefix (+39 / 0039) was written."""
    def norm(text: str) -> str:
        plus = str(text).strip().startswith("+")
        digits = re.sub(r"[^0-9]", "", str(text))
        if digits.startswith("0039"):
            return digits[4:]
        if plus and digits.startswith("39"):
            return digits[2:]
        return digits if not plus else "+" + digits
    return bool(a) and norm(a) == norm(b)


def _citizen_and_pin(world, codice_fiscale: str):
    cf = cfmod.normalize(codice_fiscale)
    problem = fieldmod.codice_fiscale_error(codice_fiscale)
    if problem:
        raise ValidationError({"codice_fiscale": problem})
    citizen = pinmod.citizen_by_cf(cf)
    record = pinmod.active_pin(citizen, world) if citizen is not None else None
    if record is None:
        raise ServiceError(
            _t("Per questo codice fiscale non risulta un PIN INPS da recuperare. Se non ha ancora un "
            "PIN, lo richieda con «Richiedi PIN»."), "codice_fiscale")
    return citizen, record


def advise(world, codice_fiscale: str) -> str:
    """"ripristino" or "revoca": the way that fits this codice fiscale (raises if no PIN)."""
    citizen, record = _citizen_and_pin(world, codice_fiscale)
    contact = Contact.get_or_none(Contact.citizen == citizen)
    if pinmod.never_used(record) or contact is None or not contact.cellulare or not (contact.email or contact.pec):
        return "revoca"
    return "ripristino"


def ripristino(world, codice_fiscale: str, cellulare: str, email: str) -> RecoveryOutcome:
    """Restore a lost PIN with the contacts registered at request time (see module doc)."""
    values, errors = fieldmod.clean_values({"cellulare": cellulare, "email": email}, ("cellulare", "email"),
                                           {"cellulare": "Cellulare", "email": "E-mail o PEC"})
    phone = fieldmod.phone_digits(values["cellulare"])
    mail = fieldmod.normalize_email(values["email"])
    if "cellulare" in errors:
        pass
    elif not phone:
        errors["cellulare"] = _t("Scriva il numero di cellulare indicato quando ha richiesto il PIN.")
    elif fieldmod.phone_error(phone, "cellulare"):
        errors["cellulare"] = fieldmod.phone_error(phone, "cellulare")
    if "email" in errors:
        pass
    elif not mail:
        errors["email"] = _t("Scriva l’indirizzo e-mail (o PEC) indicato quando ha richiesto il PIN.")
    elif fieldmod.email_error(mail):
        errors["email"] = fieldmod.email_error(mail)
    try:
        citizen, record = _citizen_and_pin(world, codice_fiscale)
    except ValidationError as exc:
        errors = {**exc.errors, **errors}
        raise ValidationError(errors) from None
    if errors:
        raise ValidationError(errors)
    if pinmod.never_used(record):
        world.events.record("pin.ripristino.refused", citizen, pin=record.id, reason="mai_usato")
        raise ServiceError(
            _t("Questo PIN non è mai stato usato: non si può ripristinare (ricostruzione). Usi «Revoca PIN» "
            "e poi richieda un nuovo PIN."), "codice_fiscale")
    contact = Contact.get_or_none(Contact.citizen == citizen)
    if contact is None or not contact.cellulare or not (contact.email or contact.pec):
        world.events.record("pin.ripristino.refused", citizen, pin=record.id, reason="recapiti_mancanti")
        raise ServiceError(
            _t("Per il ripristino servono un cellulare e un indirizzo e-mail (o PEC) registrati con la richiesta del PIN, e per questo codice fiscale non risultano entrambi. {use_revoca}", use_revoca=USE_REVOCA),
            "codice_fiscale")
    phone_ok = _same_phone(phone, contact.cellulare)
    mail_ok = mail.lower() in {a.lower() for a in (contact.email, contact.pec) if a}
    if not (phone_ok and mail_ok):
        world.events.record("pin.ripristino.refused", citizen, pin=record.id, reason="recapiti_diversi",
                            phone_ok=phone_ok, mail_ok=mail_ok)
        wrong = []
        if not phone_ok:
            wrong.append("cellulare")
        if not mail_ok:
            wrong.append("e-mail")
        raise ServiceError(
            _t("I recapiti indicati ({wrong}) non corrispondono a quelli registrati al momento della richiesta del PIN. Controlli di averli scritti bene. {use_revoca}", wrong=' e '.join(wrong), use_revoca=USE_REVOCA),
            "cellulare" if not phone_ok else "email")
    mail_channel = "email" if contact.email and mail.lower() == contact.email.lower() else "pec"
    with world.db.atomic():
        kind = record.kind
        pinmod.transition(world, record, "revoked", reason="sostituito dal ripristino")
        secret = security.random_code(pinmod.INITIAL_LENGTH, pinmod.INITIAL_ALPHABET)
        new = Pin.create(
            citizen=citizen, kind=kind, state="requested", channel="ripristino",
            intermediary=citizen.is_intermediary, secret_hash=security.hash_secret(secret),
            initial=True, created_at=world.clock.now(), set_at=world.clock.now(),
        )
        world.events.record("pin.requested", citizen, pin=new.id, **{"from": None, "to": "requested"},
                            channel="ripristino", pin_kind=kind)
        first, second = secret[: pinmod.HALF], secret[pinmod.HALF:]
        messages.send(
            world, citizen, mail_channel,
            sender=messages.SENDER_INPS_MAIL if mail_channel == "email" else messages.SENDER_INPS_PEC,
            address=contact.email if mail_channel == "email" else contact.pec,
            subject="Ripristino PIN INPS - prima parte",
            body=(
                f"Gentile {citizen.nome.title()} {citizen.cognome.title()},\n\n"
                "come da sua richiesta di ripristino, la prima parte del nuovo PIN per i servizi "
                f"online dell'INPS è:\n\n    {first}\n\n"
                "La seconda parte le è stata inviata via SMS sul suo cellulare. Entri nel portale con "
                "il codice fiscale e il PIN di 16 caratteri (prima questa parte, poi quella dell'SMS): "
                "le sarà chiesto di scegliere un nuovo PIN di 8 caratteri.\n\n"
                f"{pinmod.INITIAL_ALPHABET_NOTE}\n\nInpsInforma - messaggio automatico, non rispondere."
            ),
            meta={"pin_id": new.id, "half": 1},
        )
        messages.send(
            world, citizen, "sms", sender=messages.SENDER_INPS_SMS, address=contact.cellulare,
            body=(f"INPS: ripristino PIN. La seconda parte del suo nuovo PIN è {second}. "
                  "La prima parte è nella sua e-mail. Non comunichi il PIN a nessuno."),
            meta={"pin_id": new.id, "half": 2},
        )
        pinmod.transition(world, new, "complete", reason="ripristino: due parti inviate per e-mail e SMS")
        world.events.record("pin.ripristino", citizen, old_pin=record.id, pin=new.id, mail_channel=mail_channel)
    return RecoveryOutcome(message=RIPRISTINO_DONE, citizen_id=citizen.id, pin_id=new.id)


def revoca(world, codice_fiscale: str, tessera_numero: str, tessera_scadenza, email: str) -> RecoveryOutcome:
    """Revoke the PIN after checking the tessera sanitaria (numero and scadenza)."""
    names = ("tessera_numero", "tessera_scadenza", "email")
    values, errors = fieldmod.clean_values(
        {"tessera_numero": tessera_numero, "tessera_scadenza": tessera_scadenza, "email": email}, names,
        {"tessera_numero": "Numero della tessera sanitaria", "tessera_scadenza": "Data di scadenza",
         "email": "E-mail"})
    number = "".join(values["tessera_numero"].split())
    expiry = fieldmod.parse_date(values["tessera_scadenza"], allow_iso=False) if values["tessera_scadenza"] else None
    mail = fieldmod.normalize_email(values["email"])
    if "tessera_numero" in errors:
        pass
    elif not number:
        errors["tessera_numero"] = _t("Scriva il numero della tessera sanitaria (20 cifre, sul retro della tessera).")
    elif not fieldmod.is_digits(number) or len(number) != 20:
        errors["tessera_numero"] = (
            _t("Il numero della tessera sanitaria è di 20 cifre (sul retro, campo 8): ne ha scritte {n_number}.", n_number=len(number))
            if fieldmod.is_digits(number) else _t("Il numero della tessera sanitaria contiene solo cifre: 20 in tutto."))
    if "tessera_scadenza" in errors:
        pass
    elif not values["tessera_scadenza"]:
        errors["tessera_scadenza"] = _t("Scriva la data di scadenza della tessera sanitaria (gg/mm/aaaa).")
    elif expiry is None:
        errors["tessera_scadenza"] = _t("La data di scadenza non è valida: la scriva come gg/mm/aaaa.")
    if "email" in errors:
        pass
    elif not mail:
        errors["email"] = _t("Scriva un indirizzo e-mail a cui mandare la conferma della revoca.")
    elif fieldmod.email_error(mail):
        errors["email"] = fieldmod.email_error(mail)
    try:
        citizen, record = _citizen_and_pin(world, codice_fiscale)
    except ValidationError as exc:
        raise ValidationError({**exc.errors, **errors}) from None
    if errors:
        raise ValidationError(errors)
    if not citizen.tessera_numero or citizen.tessera_scadenza is None:
        raise ServiceError(
            _t("Negli archivi non risulta la tessera sanitaria di questo codice fiscale: per revocare il "
            "PIN chiami il Contact Center (803 164 da rete fissa, 06 164 164 da rete mobile) o si "
            "rechi in una sede INPS con un documento di identità."), "tessera_numero")
    if number != citizen.tessera_numero or expiry != citizen.tessera_scadenza:
        world.events.record("pin.revoca.refused", citizen, pin=record.id, reason="tessera_diversa")
        raise ServiceError(
            _t("Il numero o la scadenza della tessera sanitaria non corrispondono a quelli del codice "
            "fiscale indicato. Li copi dal retro della tessera sanitaria (numero di 20 cifre) e dal "
            "fronte (data di scadenza)."), "tessera_numero")
    with world.db.atomic():
        pinmod.transition(world, record, "revoked", reason="revoca richiesta dal cittadino")
        messages.send(
            world, citizen, "email", sender=messages.SENDER_INPS_MAIL, address=mail,
            subject="Revoca PIN INPS",
            body=(
                f"Gentile {citizen.nome.title()} {citizen.cognome.title()},\n\n"
                f"le confermiamo che il suo PIN INPS è stato revocato il "
                f"{world.clock.now():%d/%m/%Y alle %H:%M}. Da ora non può più essere usato.\n\n"
                "Per avere un nuovo PIN usi «Richiedi PIN» nel menu «Il PIN online».\n\n"
                "InpsInforma - messaggio automatico, non rispondere."
            ),
            meta={"pin_id": record.id, "purpose": "revoca"},
        )
        world.events.record("pin.revoca", citizen, pin=record.id)
    return RecoveryOutcome(message=REVOCA_DONE, citizen_id=citizen.id, pin_id=record.id)


__all__ = ["RIPRISTINO_DONE", "REVOCA_DONE", "USE_REVOCA", "RecoveryOutcome", "advise", "ripristino", "revoca"]

