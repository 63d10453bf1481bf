"""Shared helpers of the tests of the domande (tests/unit/test_domande_*.py)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.models import Application, Citizen
from app.services import auth, domande, fascicolo
from app.services import codice_fiscale as cfmod
from tests import timeflow


def citizen(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


def session_for(world, key: str, method: str = "pin_dispositivo", spid_level: int = 0):
    return auth.open_session(world, citizen(key), method, spid_level=spid_level)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """PDF text with line breaks made spaces (long cells wrap)."""
    return " ".join(text.split())


def valid_iban(bban: str = "X0542811101000000123456") -> str:
    rem = int("".join(str(int(ch, 36)) for ch in bban + "IT00")) % 97
    return f"IT{98 - rem:02d}{bban}"


def cf_for(cognome: str, nome: str, sesso: str, born, comune: str = "Roma") -> str:
    return cfmod.compute(cognome, nome, sesso, born, comune)


def refused_with_ordinario(world, kind: str, values: dict, key: str = "dipendente") -> None:
    """The existing rule: with a PIN ordinario the form does not open and nothing is saved."""
    session = session_for(world, key, "pin_ordinario")
    before = Application.select().count()
    with pytest.raises(domande.DispositivoRequired) as err:
        domande.form_for(world, session, kind)
    assert "Vuoi il PIN dispositivo?" in err.value.message and "Lei è entrato con PIN ordinario" in err.value.message
    with pytest.raises(domande.DispositivoRequired):
        domande.submit(world, session, kind, values)
    assert Application.select().count() == before
    refusals = world.events.recent(kind_prefix="domanda.refused")
    assert refusals and '"kind": "%s"' % kind in refusals[0].detail_json


def submit_and_decide(world, key: str, kind: str, values: dict, *, method: str = "pin_dispositivo", spid_level=0):
    """Present the domanda, check the receipt and the protocol, move the clock through
    every state of its schedule (checking each), return (submission, final view)."""
    session = session_for(world, key, method, spid_level)
    form = domande.form_for(world, session, kind)
    result = domande.submit(world, session, kind, {**form.initial, **values})
    assert result.protocol.startswith(f"INPS.{world.clock.now().year}.")
    text = pdf_text(result.receipt_pdf)
    assert "Ricevuta di presentazione della domanda" in text and result.protocol in text
    view = domande.get_application(world, session.citizen_id, result.application_id)
    assert view.state == "presentata" and not view.concluded
    dtype = domande.DOMANDE[kind]
    start = result.submitted_at
    for t in dtype.schedule:
        timeflow.set_time(world, start + t.after)
        view = domande.get_application(world, session.citizen_id, result.application_id)
        assert view.history[-1].at == start + t.after
        if t is not dtype.schedule[-1]:
            assert view.state == t.state and not view.concluded
    assert view.concluded and view.decided_at == start + dtype.schedule[-1].after
    assert [h.state for h in view.history][:len(dtype.schedule)] == ["presentata"] + [t.state for t in dtype.schedule[:-1]]
    # Nothing moves twice.
    assert domande.advance_applications(world) == []
    return result, view


def letter_text(world, view) -> str:
    _title, pdf = domande.document_pdf(world, citizen_id_of(view), view.decision_document_id)
    return flat(pdf_text(pdf))


def citizen_id_of(view) -> int:
    return Application.get_by_id(view.id).citizen_id


def fascicolo_of(world, key: str):
    return fascicolo.load(world, citizen(key))
