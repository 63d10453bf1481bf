"""The checks of the fields people type, in one place, so that the same value gets the
same verdict in every form (PIN request online, Contact Center, sede, Modifica contatti,
Converti PIN, domande).

Every check looks at what a person can type on an Italian keyboard and refuses the rest
with a plain Italian message that says the fix:

- only ASCII digits count as digits (``str.isdigit`` and ``\\d`` also accept "７" or "٣",
  which look like digits and are not);
- text with control characters (NUL, ...), invisible format characters (direction marks,
  zero-width spaces) or lone surrogates is refused by :func:`clean_text`, before anything
  else looks at it, so that nothing downstream (the database, the PDFs) ever sees it.

Two styles, both composable:

- ``clean_text(value, label=...)`` returns the text as the user meant it (Unicode NFC,
  spaces collapsed) or raises :class:`FieldError` (``.message`` in Italian);
- ``*_error(value, ...)`` return ``""`` when the value is acceptable, else the message.
  They expect text already cleaned by :func:`clean_text`.

:func:`clean_values` cleans several fields of a form at once and collects the messages,
as the forms show every problem together.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Iterable, Mapping

from . import codice_fiscale as cfmod
from . import dates
from app.i18n import _t

MAX_LEN = 80  # the default length of a text field
CF_MAX_TYPED = 32  # longer than this, a codice fiscale is not even looked at

# Letters of Italian (and most Western European) names, plus space, apostrophe, dot, hyphen.
_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ' .\-]+")
_CAP = re.compile(r"[0-9]{5}", re.ASCII)
_PROVINCIA = re.compile(r"[A-Z]{2}", re.ASCII)
# "17", "12B", "12/A", "23/25", "5 bis", "12-14"; "SNC" (senza numero civico) is a real value.
_CIVICO = re.compile(r"[0-9]{1,5}( ?[/\-]? ?[A-Z0-9]{1,4})?|SNC|S\.N\.C\.?", re.ASCII | re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", re.ASCII)
_IBAN = re.compile(r"IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}", re.ASCII)
_PHONE = re.compile(r"\+?[0-9]+", re.ASCII)
_PHONE_SEPARATORS = re.compile(r"[\s./\-()]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})

# Unicode categories a form field never needs: control (Cc), format (Cf: direction marks,
# zero-width spaces, BOM), surrogate (Cs), private use (Co), unassigned (Cn).
_REFUSED_CATEGORIES = ("Cc", "Cf", "Cs", "Co", "Cn")

# What the letters and forms can print: the characters of Titillium Web, the font of every
# PDF (app/pdf/base.py; tests/unit/test_fields.py checks this list against the font). Latin
# letters with their accents (Italian, French, German, Spanish, Polish, Czech, Romanian...),
# digits, punctuation, €. A Greek, Cyrillic, Arabic or Chinese letter, an emoji, a stray
# combining mark would come out of the printer as an empty box.
PRINTABLE_RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x00AC), (0x00AE, 0x0131), (0x0134, 0x0137), (0x0139, 0x013E),
    (0x0141, 0x0148), (0x014A, 0x017E), (0x0192, 0x0192), (0x01FA, 0x01FF), (0x0218, 0x021B),
    (0x02C6, 0x02C7), (0x02D8, 0x02DD), (0x03C0, 0x03C0), (0x1E80, 0x1E85), (0x1EAB, 0x1EAB),
    (0x1EB0, 0x1EB0), (0x1EC5, 0x1EC5), (0x1ED7, 0x1ED7), (0x1EF2, 0x1EF3), (0x1EF8, 0x1EF9),
    (0x2013, 0x2014), (0x2018, 0x201A), (0x201C, 0x201E), (0x2020, 0x2022), (0x2026, 0x2026),
    (0x2030, 0x2030), (0x2039, 0x203A), (0x2044, 0x2044), (0x2070, 0x2070), (0x2074, 0x2079),
    (0x2080, 0x2089), (0x20AC, 0x20AC), (0x2122, 0x2122), (0x2126, 0x2126), (0x2202, 0x2202),
    (0x2206, 0x2206), (0x220F, 0x220F), (0x2211, 0x2212), (0x221A, 0x221A), (0x221E, 0x221E),
    (0x222B, 0x222B), (0x2248, 0x2248), (0x2260, 0x2260), (0x2264, 0x2265), (0x25CA, 0x25CA),
)
_PRINTABLE = frozenset(cp for a, b in PRINTABLE_RANGES for cp in range(a, b + 1))


def unprintable(text: str) -> list[str]:
    """The characters of `text` the documents cannot print (in order, each once)."""
    return list(dict.fromkeys(ch for ch in text if ord(ch) not in _PRINTABLE))


class FieldError(ValueError):
    """A typed value that cannot be used; `message` is plain Italian."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _field(label: str) -> str:
    return f"Il campo «{label}»" if label else "Il testo"


def is_digits(text: str) -> bool:
    """True for a non-empty run of the digits 0-9 (``str.isdigit`` also takes "７", "٣", "²")."""
    return bool(text) and text.isascii() and text.isdigit()


def has_surrogates(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def text_error(value, *, label: str = "", max_length: int | None = None) -> str:
    """'' if `value` can be used as typed text, else why not (see :func:`clean_text`)."""
    try:
        clean_text(value, label=label, max_length=max_length)
    except FieldError as exc:
        return exc.message
    return ""


def clean_text(value, *, label: str = "", max_length: int | None = None) -> str:
    """The text as the user meant it: NFC, runs of spaces (tabs, new lines) made one space,
    no spaces at the ends. Raises FieldError for lone surrogates, control or invisible
    characters, characters the documents cannot print (:data:`PRINTABLE_RANGES`), or more
    than `max_length` characters."""
    text = "" if value is None else str(value)
    if has_surrogates(text):
        raise FieldError(_t("{field} contiene un carattere non valido (un simbolo spezzato, di solito "
                         "copiato da un altro programma): lo cancelli e lo riscriva con la tastiera.", field=_field(label)))
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in text):
        raise FieldError(_t("{field} contiene caratteri invisibili o di controllo che non si possono "
                         "usare: lo cancelli e lo riscriva con la tastiera.", field=_field(label)))
    strange = unprintable(text)
    if strange:
        shown = " ".join(f"«{ch}»" for ch in strange[:3] if unicodedata.category(ch)[0] != "M")
        raise FieldError(_t("{field} contiene caratteri che le lettere e i moduli dell'INPS non possono "
                         "stampare{valore}: usi le lettere dell'alfabeto latino, "
                         "anche accentate, le cifre e i segni comuni.", field=_field(label), valore=' (' + shown + ')' if shown else ''))
    if max_length is not None and len(text) > max_length:
        raise FieldError(_t("{field} è troppo lungo: al massimo {max_length} caratteri.", field=_field(label), max_length=max_length))
    return text


def search_text(value, *, max_length: int = 200) -> str:
    """What a search box takes: spaces collapsed, surrogates, control and invisible characters
    dropped (a search refuses nothing: it finds nothing), at most `max_length` characters."""
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return "".join(ch for ch in text if unicodedata.category(ch) not in _REFUSED_CATEGORIES)[:max_length]


def clean_values(values: Mapping, names: Iterable[str], labels: Mapping[str, str] | None = None, *,
                 max_length: int | Mapping[str, int] | None = MAX_LEN) -> tuple[dict[str, str], dict[str, str]]:
    """Clean the fields `names` of a form: (cleaned values, errors). A refused field is ''
    in the cleaned values and has its message in the errors."""
    labels = labels or {}
    cleaned: dict[str, str] = {}
    errors: dict[str, str] = {}
    for name in names:
        limit = max_length.get(name) if isinstance(max_length, Mapping) else max_length
        try:
            cleaned[name] = clean_text(values.get(name), label=labels.get(name, name), max_length=limit)
        except FieldError as exc:
            cleaned[name] = ""
            errors[name] = exc.message
    return cleaned, errors


# --- anagrafica ---------------------------------------------------------------------------


def codice_fiscale_error(text) -> str:
    """'' if `text` (spaces and case ignored) is a well-formed codice fiscale with the right
    check character, else what is wrong."""
    raw = "".join(str(text or "").split())
    if len(raw) > CF_MAX_TYPED:
        return _t("Il codice fiscale è composto da 16 caratteri.")
    return cfmod.check_error(raw)


def normalize_name(text: str) -> str:
    """Typographic apostrophes (’ ‘) as the keyboard's '."""
    return str(text or "").translate(_APOSTROPHES)


def name_error(value: str, what: str) -> str:
    """A cognome, a nome, a comune: letters (accented too), spaces, apostrophe, dot, hyphen.
    `what` is how the message names the field ("il cognome", "«Cognome del figlio»")."""
    value = normalize_name(value)
    if not _NAME.fullmatch(value) or not any(ch.isalpha() for ch in value):
        return _t("Scriva {what} solo con lettere (sono ammessi spazi, apostrofo e trattino).", what=what)
    return ""


def parse_date(text, *, allow_iso: bool = True) -> dt.date | None:
    """dd/mm/yyyy (app.services.dates), with ASCII digits only."""
    return dates.parse_date(text, allow_iso=allow_iso)


def birth_date_error(text: str, today: dt.date) -> tuple[dt.date | None, str]:
    """(date, '') for a birth date typed as gg/mm/aaaa, not in the future, not more than
    120 years ago; (None or the date, message) otherwise."""
    if not text:
        return None, _t("Scriva la data di nascita come gg/mm/aaaa, ad esempio 08/05/1957.")
    born = dates.parse_date(text, allow_iso=False)
    if born is None:
        return None, _t("La data di nascita non è una data valida: la scriva come gg/mm/aaaa, ad esempio 08/05/1957.")
    if born > today:
        return born, _t("La data di nascita non può essere nel futuro: controlli l’anno.")
    if born < _years_before(today, 120):
        return born, _t("La data di nascita è di più di 120 anni fa: controlli l’anno.")
    return born, ""


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# --- address -------------------------------------------------------------------------------


def cap_error(value: str) -> str:
    if not _CAP.fullmatch(value or ""):
        return _t("Il CAP è formato da 5 cifre, senza lettere né spazi (ad esempio 27100).")
    return ""


def civico_error(value: str) -> str:
    """A house number as a real Italian address has it: 17, 12B, 12/A, 23/25, 5 bis, or SNC
    (senza numero civico)."""
    if not _CIVICO.fullmatch(value or ""):
        return (_t("Il numero civico è un numero, eventualmente con una lettera o una barra (es. 23/25, 12B) "
                "oppure SNC se non c’è."))
    return ""


def normalize_civico(value: str) -> str:
    value = str(value or "").upper()
    return "SNC" if value.replace(".", "") == "SNC" else value


def provincia_error(value: str) -> str:
    """The two-letter sigla of an Italian province (EE, "estero", is not one)."""
    if not _PROVINCIA.fullmatch(value or "") or value == "EE":
        return _t("La provincia si scrive con la sigla di 2 lettere, ad esempio PV.")
    return ""


# --- money -------------------------------------------------------------------------------


def iban_error(text: str) -> str:
    """'' if `text` (spaces and case ignored) is a valid Italian IBAN: 27 characters, mod-97 check."""
    code = normalize_iban(text)
    if not code:
        return _t("Scriva l'IBAN del conto su cui ricevere la pensione.")
    if not code.startswith("IT"):
        return _t("L'IBAN di un conto italiano inizia con IT: controlli di averlo copiato dall'inizio.")
    if len(code) != 27:
        return _t("L'IBAN italiano è formato da 27 caratteri: ne ha scritti {n_code}.", n_code=len(code))
    if not _IBAN.fullmatch(code):
        return (_t("L'IBAN non ha la forma giusta (IT, 2 cifre, una lettera, 22 tra cifre e lettere): lo ricopi "
                "dall'estratto conto."))
    if iban_remainder(code) != 1:
        return (_t("L'IBAN non è corretto: probabilmente un carattere è sbagliato. Lo ricopi con attenzione "
                "dall'estratto conto."))
    return ""


def normalize_iban(text: str) -> str:
    return "".join(ch.upper() if ch.isascii() else ch for ch in "".join(str(text or "").split()))


def iban_remainder(code: str) -> int:
    rearranged = code[4:] + code[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97


# --- contacts ------------------------------------------------------------------------------


def phone_digits(text: str) -> str:
    """The number without the separators people type (spaces, dots, slashes, dashes, brackets)."""
    return _PHONE_SEPARATORS.sub("", str(text or ""))


def phone_error(value: str, kind: str) -> str:
    """'' or the message for a cellulare (`kind` "cellulare") or fisso number, already
    without separators. Italian numbers may carry +39 / 0039; foreign ones need the
    country prefix (+ or 00) and 8 to 15 digits."""
    if not value:
        return ""
    if not _PHONE.fullmatch(value):
        return _t("Il numero di telefono può contenere solo cifre (e il + iniziale per i numeri esteri).")
    digits = value.lstrip("+")
    international = value.startswith("+") or digits.startswith("00")
    if international:
        digits = digits[2:] if digits.startswith("00") else digits
        if not digits.startswith("39"):
            if not 8 <= len(digits) <= 15:
                return _t("Il numero estero deve avere tra 8 e 15 cifre, prefisso del paese compreso.")
            return ""
        digits = digits[2:]
    if kind == "cellulare":
        if not digits.startswith("3") or not 9 <= len(digits) <= 10:
            return _t("Il numero di cellulare italiano inizia con 3 e ha 9 o 10 cifre (es. 3401234567).")
    elif not digits.startswith("0") or not 6 <= len(digits) <= 11:
        return _t("Il numero di telefono fisso italiano inizia con 0 (il prefisso) e ha da 6 a 11 cifre.")
    return ""


def normalize_phone(value: str) -> str:
    """A valid number as stored: an Italian one without +39 / 0039, a foreign one as +CC..."""
    if value.startswith("+39"):
        return value[3:]
    if value.startswith("0039"):
        return value[4:]
    if value.startswith("00"):
        return "+" + value[2:]
    return value


def email_error(value: str, label: str = "e-mail") -> str:
    if not value:
        return ""
    if len(value) > MAX_LEN or not _EMAIL.fullmatch(value):
        return _t("L’indirizzo {label} non è scritto bene: deve essere come nome@esempio.it, senza spazi.", label=label)
    return ""


def pec_error(value: str) -> str:
    return email_error(value, "PEC")


def normalize_email(value: str) -> str:
    """Lower case (a space inside stays, and is refused by :func:`email_error`)."""
    return str(value or "").strip().lower()


CONTACTS_MANDATORY = (  # seed 002, verbatim
    _t("E’ obbligatorio l’inserimento di almeno un contatto telefonico e di un contatto email.")
)
CONTACT_FIELDS = ("cellulare", "telefono_fisso", "email", "pec")


def contacts_mandatory_errors(v: Mapping) -> dict[str, str]:
    """At least one telephone (cellulare or fisso) and one e-mail or PEC (seeds 002, 004)."""
    errors: dict[str, str] = {}
    if not v.get("cellulare") and not v.get("telefono_fisso"):
        errors["cellulare"] = (_t("{contacts_mandatory} Scriva almeno il cellulare o il telefono fisso: altrimenti la richiesta non può andare avanti.", contacts_mandatory=CONTACTS_MANDATORY))
    if not v.get("email") and not v.get("pec"):
        errors["email"] = (_t("{contacts_mandatory} Scriva almeno un indirizzo e-mail o PEC: altrimenti la richiesta non può andare avanti.", contacts_mandatory=CONTACTS_MANDATORY))
    return errors


def check_contacts(v: dict) -> dict[str, str]:
    """The contacts INPS uses to reach a person (cellulare, telefono_fisso, email, pec,
    already cleaned text in `v`): normalised in place (numbers without separators,
    addresses in lower case); returns the errors, at least one telephone and one e-mail
    or PEC being mandatory (seeds 002, 004)."""
    errors: dict[str, str] = {}
    for name, kind in (("cellulare", "cellulare"), ("telefono_fisso", "fisso")):
        v[name] = phone_digits(v.get(name, ""))
        problem = phone_error(v[name], kind)
        if problem:
            errors[name] = problem
        else:
            v[name] = normalize_phone(v[name])
    for name, label in (("email", "e-mail"), ("pec", "PEC")):
        v[name] = normalize_email(v.get(name, ""))
        problem = email_error(v[name], label)
        if problem:
            errors[name] = problem
    for name, message in contacts_mandatory_errors(v).items():
        errors.setdefault(name, message)
    return errors


__all__ = [
    "MAX_LEN", "PRINTABLE_RANGES", "FieldError", "is_digits", "has_surrogates", "unprintable", "search_text", "text_error", "clean_text", "clean_values",
    "codice_fiscale_error", "normalize_name", "name_error", "parse_date", "birth_date_error",
    "cap_error", "civico_error", "normalize_civico", "provincia_error", "iban_error", "normalize_iban",
    "iban_remainder", "phone_digits", "phone_error", "normalize_phone", "email_error", "pec_error",
    "normalize_email", "CONTACTS_MANDATORY", "CONTACT_FIELDS", "contacts_mandatory_errors", "check_contacts",
]
