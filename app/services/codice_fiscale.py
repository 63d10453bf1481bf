"""Codici fiscali through python-codicefiscale: computing, checking, omocodia."""
from __future__ import annotations

import datetime as dt
import re

from functools import lru_cache
from app.i18n import _t


@lru_cache(maxsize=1)
def _lib():
    """python-codicefiscale, imported on first use (it loads its tables of places)."""
    from codicefiscale import codicefiscale

    return codicefiscale

_SHAPE = re.compile(r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$")


def normalize(text: str) -> str:
    """Upper-case, without spaces: what the user meant to type. Only ASCII letters are
    upper-cased: "ı".upper() is "I", and a look-alike must not become a valid code."""
    return "".join(ch.upper() if ch.isascii() else ch for ch in "".join(str(text).split()))


def compute(cognome: str, nome: str, sesso: str, data_nascita: dt.date, luogo_nascita: str) -> str:
    """The codice fiscale of a person (raises ValueError for an unknown birthplace)."""
    return _lib().encode(
        lastname=cognome,
        firstname=nome,
        gender=sesso,
        birthdate=data_nascita.strftime("%d/%m/%Y"),
        birthplace=luogo_nascita,
    )


def omocode(code: str, level: int) -> str:
    """The omocodia variant of `code` with `level` digits replaced by letters."""
    variants = _lib().decode(code)["omocodes"]
    return variants[level]


def check_error(code: str) -> str:
    """'' if `code` is a well-formed codice fiscale with the right check character,
    otherwise an Italian message that says what is wrong."""
    code = normalize(code)
    if not code:
        return _t("Inserisca il codice fiscale.")
    if len(code) != 16:
        return _t("Il codice fiscale è composto da 16 caratteri: ne ha scritti {n_code}.", n_code=len(code))
    if not _SHAPE.match(code):
        return _t("Il codice fiscale non ha la forma giusta: controlli lettere e numeri.")
    try:
        _lib().decode(code)
    except ValueError as exc:
        if "CIN" in str(exc):
            return _t("L'ultimo carattere (carattere di controllo) del codice fiscale non è corretto: controlli di averlo copiato bene.")
        return _t("Il codice fiscale non è valido: controlli di averlo copiato bene.")
    return ""


def place(name: str) -> dict | None:
    """A comune or a foreign state (province "EE") known to the codice fiscale tables, by
    name (accents, case and aliases as the library allows): {"name", "province", "code", ...}
    of the current one (a comune that changed province is found in the new one); None
    if unknown."""
    text = " ".join(str(name or "").split())
    if not text:
        return None
    lib = _lib()
    try:
        code = lib.encode_birthplace(text)
    except (ValueError, KeyError, TypeError):
        return None
    options = _places_by_code().get(code) or []
    if not options:
        return None
    chosen = next((o for o in reversed(options) if o.get("active")), options[-1])
    return dict(chosen)


@lru_cache(maxsize=1)
def _places_by_code() -> dict[str, list[dict]]:
    """The library's comuni (current and past) and foreign states, by cadastral code."""
    from codicefiscale import data

    by_code: dict[str, list[dict]] = {}
    for item in [*data.get_municipalities_data(), *data.get_countries_data()]:
        by_code.setdefault(str(item.get("code", "")), []).append(item)
    return by_code


def is_valid(code: str) -> bool:
    return check_error(code) == ""


def same_person(code: str, cognome: str, nome: str, sesso: str, data_nascita: dt.date, luogo_nascita: str) -> bool:
    """True if `code` (or one of its omocodia variants) belongs to the anagrafica given."""
    try:
        expected = compute(cognome, nome, sesso, data_nascita, luogo_nascita)
        variants = _lib().decode(expected)["omocodes"]
    except (ValueError, KeyError):
        return False
    return normalize(code) in variants


def decode(code: str) -> dict:
    """Sex, birth date and birthplace encoded in `code` (raises ValueError if invalid)."""
    data = _lib().decode(normalize(code))
    place = data.get("birthplace") or {}
    return {
        "sesso": data["gender"],
        "data_nascita": data["birthdate"].date() if hasattr(data["birthdate"], "date") else data["birthdate"],
        "luogo_nascita": place.get("name", ""),
        "provincia_nascita": place.get("province", ""),
    }
