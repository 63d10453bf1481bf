"""Identity documents: the formats of their numbers, expiry, and the citizen's wallet.

Used by the PIN conversion (the document indicated in the request form and its
copy), by the sede (the document shown at the counter) and by the Contact
Center. Formats from reference/FACTS.md section 7:

- carta d'identità elettronica (CIE): C + letter + 5 digits + 2 letters (CA00000AA) - verified;
- carta d'identità cartacea: 2 letters + 7 digits (AX1234567) - NOT verified, a plausible shape;
- patente: 10 characters, "U1" + 7 letters/digits + a control letter (U1L69I902B) - verified
  (the control letter's algorithm is not public: only its being a letter is checked);
- passaporto: 2 letters + 7 digits (YA1234567) - verified.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Mapping

from app.i18n import N_, _t
from app.models import Citizen, IdentityDocument

from . import fields as fieldmod
from .dates import it_date, parse_date  # noqa: F401 (also used by other modules through here)
from .errors import ServiceError, ValidationError

KIND_LABELS = {
    "carta_identita": N_("carta d'identità"),
    "patente": N_("patente di guida"),
    "passaporto": N_("passaporto"),
}
KIND_TITLES = {  # the same, at the start of a sentence
    "carta_identita": N_("Carta d'identità"),
    "patente": N_("Patente di guida"),
    "passaporto": N_("Passaporto"),
}

# Form field names (shared by the conversion form, the MV35 and the pages).
F_KIND = "documento_tipo"
F_NUMBER = "documento_numero"
F_ISSUER = "documento_rilasciato_da"
F_EXPIRES = "documento_scadenza"

_CIE = re.compile(r"^C[A-Z][0-9]{5}[A-Z]{2}$")
_CI_PAPER = re.compile(r"^[A-Z]{2}[0-9]{7}$")
_PATENTE = re.compile(r"^U1[A-Z0-9]{7}[A-Z]$")
_PASSAPORTO = re.compile(r"^[A-Z]{2}[0-9]{7}$")

FIELD_LABELS = {F_KIND: N_("Tipo di documento"), F_NUMBER: N_("Numero del documento"),
                F_ISSUER: N_("Rilasciato da"), F_EXPIRES: N_("Data di scadenza")}

# No Italian identity document lasts more than 10 years (plus the days up to the
# holder's birthday for a carta d'identità): a later expiry is a typing mistake.
MAX_YEARS_AHEAD = 11


@dataclass(frozen=True)
class IdDocumentData:
    """An identity document as declared in a form or read from the wallet."""

    kind: str
    number: str
    issuer: str
    expires: dt.date

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "number": self.number, "issuer": self.issuer,
                "expires": self.expires.isoformat()}

    @classmethod
    def from_dict(cls, data: Mapping) -> "IdDocumentData":
        return cls(str(data["kind"]), str(data["number"]), str(data["issuer"]),
                   dt.date.fromisoformat(str(data["expires"])))

    @classmethod
    def from_model(cls, doc: IdentityDocument) -> "IdDocumentData":
        return cls(doc.kind, doc.number, doc.issuer, doc.expires)






def normalize_number(text) -> str:
    """Without spaces, ASCII letters upper-cased (a look-alike such as "ı" stays what it is)."""
    return "".join(ch.upper() if ch.isascii() else ch for ch in "".join(str(text or "").split()))


def number_error(kind: str, number: str) -> str:
    """'' if `number` has the shape of a document of `kind`, else what is wrong, in Italian."""
    number = normalize_number(number)
    if not number:
        return _t("Inserisca il numero del documento.")
    if kind == "carta_identita":
        if _CIE.match(number) or _CI_PAPER.match(number):
            return ""
        return (_t("Il numero della carta d'identità non ha la forma giusta: la carta elettronica ha "
                "9 caratteri come CA12345AB (in alto a destra), quella cartacea 2 lettere e 7 cifre "
                "come AX1234567."))
    if kind == "patente":
        if _PATENTE.match(number):
            return ""
        return (_t("Il numero della patente (campo 5) ha 10 caratteri: inizia con U1 e finisce con una "
                "lettera, come U1L69I902B."))
    if kind == "passaporto":
        if _PASSAPORTO.match(number):
            return ""
        return _t("Il numero del passaporto è formato da 2 lettere e 7 cifre, come YA1234567.")
    return _t("Scelga il tipo di documento: carta d'identità, patente o passaporto.")


def expiry_error(today: dt.date, expires: dt.date | None) -> str:
    if expires is None:
        return _t("Inserisca la data di scadenza del documento nella forma gg/mm/aaaa.")
    if expires < today:
        return (_t("Il documento è scaduto il {it_date}: serve un documento di identità in "
                "corso di validità.", it_date=it_date(expires)))
    if expires.year > today.year + MAX_YEARS_AHEAD:
        return (_t("La scadenza {it_date} è troppo lontana: nessun documento dura più di "
                "10 anni. Controlli la data.", it_date=it_date(expires)))
    return ""


def validate(world, data: Mapping) -> IdDocumentData:
    """Check the document fields of a form; raise ValidationError with every problem at once."""
    values, errors = fieldmod.clean_values(data, (F_KIND, F_NUMBER, F_ISSUER, F_EXPIRES), FIELD_LABELS)
    kind = values[F_KIND]
    number = normalize_number(values[F_NUMBER])
    issuer = values[F_ISSUER]
    expires = parse_date(values[F_EXPIRES])
    if F_KIND in errors or F_NUMBER in errors:
        pass
    elif kind not in KIND_LABELS:
        errors[F_KIND] = _t("Scelga il tipo di documento: carta d'identità, patente o passaporto.")
    else:
        message = number_error(kind, number)
        if message:
            errors[F_NUMBER] = message
    if F_ISSUER in errors:
        pass
    elif not issuer:
        errors[F_ISSUER] = _t("Scriva chi ha rilasciato il documento (per esempio: Comune di Pavia).")
    elif len(issuer) < 3 or fieldmod.name_error(issuer, "x"):
        errors[F_ISSUER] = (_t("L'ente di rilascio va scritto in lettere, per esempio \"Comune di Pavia\" "
                            "o \"Questura di Bologna\"."))
    if F_EXPIRES in errors:
        pass
    elif values[F_EXPIRES] and expires is None:
        errors[F_EXPIRES] = _t("La data di scadenza va scritta nella forma gg/mm/aaaa, per esempio 12/03/2025.")
    else:
        message = expiry_error(world.clock.today(), expires)
        if message:
            errors[F_EXPIRES] = message
    if errors:
        raise ValidationError(errors)
    return IdDocumentData(kind, number, fieldmod.normalize_name(issuer), expires)  # type: ignore[arg-type]


def wallet(citizen: Citizen) -> list[IdentityDocument]:
    """The identity documents the citizen owns (the wallet of the simulated world)."""
    return list(IdentityDocument.select().where(IdentityDocument.citizen == citizen)
                .order_by(IdentityDocument.expires.desc(), IdentityDocument.id))


def wallet_document(citizen: Citizen, document_id: int) -> IdentityDocument:
    doc = IdentityDocument.get_or_none((IdentityDocument.id == document_id) & (IdentityDocument.citizen == citizen))
    if doc is None:
        raise ServiceError(_t("Questo documento non è nel portafoglio della persona."), F_NUMBER)
    return doc


def is_expired(world, doc: IdentityDocument | IdDocumentData) -> bool:
    return doc.expires < world.clock.today()


def describe(doc: IdentityDocument | IdDocumentData) -> str:
    """"Carta d'identità n. AX1234567, rilasciata da Comune di Pavia, scade il 12/03/2022"."""
    title = KIND_TITLES.get(doc.kind) or doc.kind[:1].upper() + doc.kind[1:]
    if doc.kind == "passaporto":
        return _t("{documento} n. {numero}, rilasciato da {ente}, scade il {scadenza}", documento=title,
                  numero=doc.number, ente=doc.issuer, scadenza=it_date(doc.expires))
    return _t("{documento} n. {numero}, rilasciata da {ente}, scade il {scadenza}", documento=title,
              numero=doc.number, ente=doc.issuer, scadenza=it_date(doc.expires))
