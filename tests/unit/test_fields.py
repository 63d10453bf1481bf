"""One set of field checks (app.services.fields) for every form: look-alike digits and
lone surrogates are refused in Italian, never stored, never a crash; the same value gets
the same verdict in the PIN request, the domande, Modifica contatti, the sede and the
Contact Center."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.models import ALL_MODELS, Citizen, Contact, Event
from app.services import auth, contact_center as cc, contacts, domande, fields, id_documents
from app.services import pin_recovery, pin_request as R, sede
from app.services.errors import ServiceError, ValidationError

FULLWIDTH_7 = "\uff17"  # "７"
FULLWIDTH_5 = "\uff15"  # "５"
ARABIC_3 = "\u0663"  # "٣"
SURROGATE = "\ud800"
TODAY = dt.date(2018, 10, 15)


def counts() -> dict:
    """Rows of every table but the event log (a refusal is recorded there: that is not data)."""
    return {m.__name__: m.select().count() for m in ALL_MODELS if m is not Event}


@pytest.fixture
def giovanni(world):
    return Citizen.get(Citizen.persona_key == "senza_credenziali")


def request_form(**over) -> dict:
    form = dict(codice_fiscale="CNTGNN57E08M109W", residenza="italiana", cognome="Conti", nome="Giovanni",
                sesso="M", data_nascita="08/05/1957", comune_nascita="Voghera", provincia_nascita="PV",
                indirizzo="Via Emilia", civico="17", cap="27058", comune="Voghera", provincia="PV",
                cellulare="3401239876", telefono_fisso="0383445566", email="giovanni.conti@posta.sim", pec="",
                telefono_preferenziale="cellulare", fascia_oraria="9-13")
    form.update(over)
    return form


# --- the checks themselves ------------------------------------------------------------------


@pytest.mark.parametrize("value", [f"2{FULLWIDTH_7}058", f"27{ARABIC_3}58", "27O58", "2705", "270580", "27 058"])
def test_cap_takes_five_ascii_digits_only(value):
    assert "5 cifre" in fields.cap_error(value)
    assert fields.cap_error("27058") == ""


@pytest.mark.parametrize("value", [f"3471234{FULLWIDTH_5}67", f"34712{ARABIC_3}4567", "347123456²"])
def test_phone_takes_ascii_digits_only(value):
    assert "solo cifre" in fields.phone_error(fields.phone_digits(value), "cellulare")


def test_phone_prefixes():
    assert fields.phone_error("+393401234567", "cellulare") == ""
    assert fields.phone_error("00393401234567", "cellulare") == ""  # was taken for a foreign number
    assert fields.normalize_phone("00393401234567") == "3401234567"
    assert fields.normalize_phone("+491701234567") == "+491701234567"
    assert fields.phone_error("+4917", "cellulare").startswith("Il numero estero")


@pytest.mark.parametrize("value", ["17", "12B", "12/A", "23/25", "5 bis", "SNC", "snc", "S.N.C."])
def test_civico_accepts_what_real_addresses_have(value):
    assert fields.civico_error(value) == ""


@pytest.mark.parametrize("value", ["diciassette", f"1{FULLWIDTH_7}", "", "12/", "/12"])
def test_civico_refuses_the_rest(value):
    assert "numero civico" in fields.civico_error(value)


def test_dates_take_ascii_digits_only():
    assert fields.parse_date("08/05/1957") == dt.date(1957, 5, 8)
    assert fields.parse_date(f"0{FULLWIDTH_7}/05/1957") is None
    assert fields.parse_date("\uff10\uff18/05/1957") is None
    born, problem = fields.birth_date_error(f"08/05/19{ARABIC_3}7", TODAY)
    assert born is None and "gg/mm/aaaa" in problem


def test_codice_fiscale_look_alike_letters_are_not_upper_cased_into_valid_ones():
    assert fields.codice_fiscale_error("rmngli76p45a944f") == ""
    # "ı" (dotless i) upper-cases to "I": the code would have been taken as RMNGLI76P45A944F.
    assert "forma giusta" in fields.codice_fiscale_error("rmnglı76p45a944f")
    assert "forma giusta" in fields.codice_fiscale_error("RMNGLI76P45A944\uff26")  # fullwidth F


def test_iban_takes_ascii_digits_only():
    good = "IT60X0542811101000000123456"
    assert fields.iban_error(good) == ""
    assert fields.iban_error(good.replace("6", "\uff16", 1)) != ""  # int("６", 36) is 6: was accepted


@pytest.mark.parametrize("text", [SURROGATE, f"Via {SURROGATE}Roma", "\udfff", "a\x00b", "Ro\u200bma",
                                  "\u202eamoR", "\x07", "\ue000"])
def test_clean_text_refuses_invisible_and_broken_characters(text):
    with pytest.raises(fields.FieldError) as info:
        fields.clean_text(text, label="Indirizzo")
    assert "«Indirizzo»" in info.value.message and "riscriva con la tastiera" in info.value.message


def test_clean_text_keeps_what_a_person_types():
    assert fields.clean_text("  Via   Emilia\t17 ") == "Via Emilia 17"
    assert fields.clean_text("Jose\u0301") == "José"  # NFC: the accent typed as a combining mark
    assert fields.clean_text("Sant’Angelo") == "Sant’Angelo"
    assert fields.name_error(fields.normalize_name("D’Angelo"), "il cognome") == ""
    assert fields.clean_text("Łódź, Straße 5, Ærø") == "Łódź, Straße 5, Ærø"


@pytest.mark.parametrize("text", ["حي الزهور", "Ωμέγα", "Москва", "北京", "Via Roma 😀", "a\u0308\u0323b", "\uff30avia"])
def test_clean_text_refuses_what_the_documents_cannot_print(text):
    with pytest.raises(fields.FieldError) as info:
        fields.clean_text(text, label="Città")
    assert "non possono stampare" in info.value.message and "alfabeto latino" in info.value.message


def test_the_printable_characters_are_those_of_the_pdf_font():
    from reportlab.pdfbase import pdfmetrics

    from app.pdf import base

    regular, bold = base.fonts()
    if regular == "Helvetica":  # pragma: no cover - the font package is a declared dependency
        pytest.skip("Titillium Web not installed")
    for name in (regular, bold):
        covered = {cp for cp in pdmetrics_codes(pdfmetrics.getFont(name))}
        printable = {cp for a, b in fields.PRINTABLE_RANGES for cp in range(a, b + 1)}
        assert printable <= covered, sorted(hex(c) for c in printable - covered)
        # what the font has beyond the list is private-use or not a character (F6BE, F6C3, FFFF)
        assert {hex(c) for c in covered - printable} <= {"0xf6be", "0xf6c3", "0xffff"}


def pdmetrics_codes(font) -> set[int]:
    return set(font.face.charToGlyph)


# --- every form refuses them, in Italian, and saves nothing --------------------------------------


@pytest.mark.parametrize("over,field", [
    (dict(cap=f"2{FULLWIDTH_7}058"), "cap"),
    (dict(cellulare=f"3471234{FULLWIDTH_5}67"), "cellulare"),
    (dict(telefono_fisso=f"038{ARABIC_3}445566"), "telefono_fisso"),
    (dict(data_nascita=f"08/05/195{FULLWIDTH_7}"), "data_nascita"),
    (dict(civico=f"1{FULLWIDTH_7}"), "civico"),
    (dict(indirizzo=f"Via {SURROGATE}Emilia"), "indirizzo"),
    (dict(cognome=f"Conti{SURROGATE}"), "cognome"),
    (dict(email=f"giovanni{SURROGATE}@posta.sim"), "email"),
    (dict(codice_fiscale=f"CNTGNN57E08M109W{SURROGATE}"), "codice_fiscale"),
    (dict(fascia_oraria=SURROGATE), "fascia_oraria"),
    (dict(comune="Vog\x00hera"), "comune"),
])
def test_pin_request_refuses_and_saves_nothing(world, giovanni, over, field):
    before = counts()
    with pytest.raises(ValidationError) as info:
        R.submit_request(world, request_form(**over))
    assert field in info.value.errors and info.value.errors[field].strip()
    assert counts() == before


def test_pin_request_step1_refuses_a_surrogate(world):
    with pytest.raises(ValidationError) as info:
        R.check_step1(world, f"CNTGNN57E08M109W{SURROGATE}", f"italiana{SURROGATE}")
    assert set(info.value.errors) == {"codice_fiscale", "residenza"}


def test_contacts_update_refuses_look_alikes_and_surrogates(world, giovanni):
    session = auth.open_session(world, giovanni, "pin_ordinario")
    before = counts()
    state = [(c.cellulare, c.email) for c in Contact.select()]
    for values in (dict(cellulare=f"3471234{FULLWIDTH_5}67", email="a@b.it"),
                   dict(cellulare="3471234567", email=f"a{SURROGATE}@b.it"),
                   dict(cellulare="3471234567", email="a@b.it", pec="\x00")):
        with pytest.raises(ValidationError):
            contacts.update(world, session, **values)
    assert counts() == before and [(c.cellulare, c.email) for c in Contact.select()] == state


def test_domande_refuse_look_alikes_and_surrogates(world):
    session = auth.open_session(world, Citizen.get(Citizen.persona_key == "invalidita"), "pin_dispositivo")
    form = domande.form_for(world, session, "variazione_anagrafica")
    before = counts()
    for over, field in ((dict(cap=f"2{FULLWIDTH_7}058"), "cap"), (dict(cellulare=f"3471234{FULLWIDTH_5}67"), "cellulare"),
                        (dict(indirizzo=f"Via {SURROGATE}"), "indirizzo"), (dict(comune="Na\u200bpoli"), "comune")):
        values = {**form.initial, "dichiarazione": True, **over}
        with pytest.raises(ValidationError) as info:
            domande.submit(world, session, "variazione_anagrafica", values)
        assert field in info.value.errors
    assert counts() == before


def test_sede_refuses_a_surrogate_in_the_mv35(world, giovanni):
    visit = sede.start_visit(world, giovanni)
    doc = next(d for d in id_documents.wallet(giovanni) if d.number == "AS2345678")
    data = {**sede.person_data(giovanni), "documento_tipo": doc.kind, "documento_numero": doc.number,
            "documento_rilasciato_da": f"Comune di {SURROGATE}Voghera", "documento_scadenza": "08/05/2027",
            "firma": "1", "cap": f"2{FULLWIDTH_7}058"}
    before = counts()
    with pytest.raises(ValidationError) as info:
        sede.fill_mv35(world, visit, data)
    assert {"cap", "documento_rilasciato_da"} <= set(info.value.errors)
    assert visit.state == "mv35" and counts() == before


def test_contact_center_does_not_understand_a_surrogate_and_goes_on(world, giovanni):
    call = cc.dial(world, giovanni, "803164", "fisso")
    call.answer("1")
    lines = call.answer(f"Gio{SURROGATE}vanni")
    assert not call.ended and call.step.key == "nome"
    assert "non ho capito" in lines[-1].text and all(not fields.has_surrogates(line.text) for line in call.lines)
    call.answer("Giovanni")
    assert call.step.key == "cognome"
    with pytest.raises(ServiceError, match="carattere non valido"):
        cc.dial(world, giovanni, f"803164{SURROGATE}", "fisso")


def test_pin_recovery_refuses_a_surrogate(world):
    before = counts()
    with pytest.raises(ValidationError) as info:
        pin_recovery.ripristino(world, "FRRLCU68H20F205K", f"3479876543{SURROGATE}", "luca.ferrari@posta.sim")
    assert "cellulare" in info.value.errors
    with pytest.raises(ValidationError) as info:
        pin_recovery.revoca(world, "FRRLCU68H20F205K", f"8038{FULLWIDTH_5}" + "0" * 15, "01/01/2020", "a@b.it")
    assert "tessera_numero" in info.value.errors
    assert counts() == before


# --- one verdict everywhere ----------------------------------------------------------------------


def _request_verdict(world, field: str, value: str) -> bool:
    try:
        R.validate(world, request_form(**{field: value}))
    except ValidationError as exc:
        return field not in exc.errors
    return True


def _domanda_verdict(kind: str, value: str) -> bool:
    return domande.clean_field(domande.Field("x", "Campo", kind, max_length=80), value, TODAY)[1] == ""


@pytest.mark.parametrize("field,kind,values", [
    ("civico", "civico", ["17", "12B", "23/25", "5 bis", "12/A", "SNC", "snc", "diciassette", f"1{FULLWIDTH_7}"]),
    ("cap", "cap", ["27058", "2705", f"2{FULLWIDTH_7}058", "27O58"]),
    ("cellulare", "cellulare", ["3401239876", "+393401239876", "00393401239876", "2401239876",
                                f"3471234{FULLWIDTH_5}67", "+491701234567"]),
    ("telefono_fisso", "fisso", ["0383445566", "3383445566", f"038{ARABIC_3}445566"]),
    ("email", "email", ["giovanni.conti@posta.sim", "giovanni.conti@posta", "a b@c.it", f"a{SURROGATE}@b.it"]),
    ("cognome", "name", ["Conti", "D'Angelo", "Conti2", "C<b>onti"]),
])
def test_same_value_same_verdict_in_pin_request_and_domande(world, giovanni, field, kind, values):
    verdicts = {value: (_request_verdict(world, field, value), _domanda_verdict(kind, value)) for value in values}
    if field == "cognome":  # the request also compares the name with the archives: only the format here
        verdicts = {v: (fields.name_error(v, "il cognome") == "", d) for v, (_, d) in verdicts.items()}
    assert all(a == b for a, b in verdicts.values()), verdicts


def test_snc_is_accepted_by_the_pin_request_and_the_domande(world, giovanni):
    summary = R.validate_request(world, request_form(civico="snc"))
    assert "Via Emilia SNC" in dict(summary.rows)["Indirizzo di residenza"]
    assert domande.clean_field(domande.Field("civico", "Numero civico", "civico"), "snc", TODAY) == ("SNC", "")


# --- the architecture: one module for field checks, no private imports across modules ----------


APP = Path(__file__).resolve().parents[2] / "app"


def test_no_field_regex_outside_fields():
    """\\d and isdigit() accept look-alike digits: the services use app.services.fields."""
    offenders = []
    for path in sorted((APP / "services").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            code = line.split("#", 1)[0]
            if re.search(r"\\d|\.isdigit\(\)", code) and "isascii()" not in code and path.name != "fields.py":
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_no_module_uses_another_modules_private_names():
    modules = {p.stem for p in (APP / "services").glob("*.py")} | {p.stem for p in (APP / "pdf").glob("*.py")}
    modules |= {"fasc", "pdfmod", "pinmod", "cfmod", "fieldmod"}
    call = re.compile(r"\b([a-z][a-z0-9_]*)\._[a-z]\w*")
    private_import = re.compile(r"^\s*from \.\S* import (.*)")
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            imported = private_import.search(code)
            names = [n.split()[0] for n in imported.group(1).strip("() ").split(",") if n.strip()] if imported else []
            if any(n.startswith("_") for n in names) or any(m.group(1) in modules for m in call.finditer(code)):
                offenders.append(f"{path.relative_to(APP)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_lookups_and_searches_survive_a_surrogate(world):
    """Found by the fuzzing: a lone surrogate reached the database (UnicodeEncodeError) through
    the codice fiscale of «Modifica PIN» and through the site search's event."""
    from app.services import pin as pin_service, site_search

    assert auth.citizen_by_cf(SURROGATE * 16) is None and auth.citizen_by_cf("\uff21" * 16) is None
    with pytest.raises(ServiceError):
        pin_service.change_pin(world, SURROGATE * 10_000, "LUCA1968", "NUOVO123", "NUOVO123")
    results = site_search.search(world, f"pin{SURROGATE}\x00")
    assert results.query == "pin"
    assert fields.search_text(f" a{SURROGATE}\u200bb  c ") == "ab c"
