"""Deliveries to the citizen's world (app/services/messages.py), the clock steps of the
Orologio panel (app/services/clock.py) and the person cards (app/services/person_cards.py)."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.models import Event
from app.pdf.base import make_document, para
from app.services import auth, clock, messages, person_cards, personas
from app.services.errors import ServiceError


def citizen(key: str):
    return auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(key)))


def letter(world, who, delay_days: int = messages.LETTER_DAYS):
    pdf = make_document("Lettera di prova", [para("Gentile signora, questa è una lettera di prova.")])
    doc = messages.store_document(world, who, "lettera_prova", "Lettera di prova", pdf)
    return messages.send(world, who, "letter", sender=messages.SENDER_INPS_POST, subject="Prova",
                         body="Busta chiusa", delay=dt.timedelta(days=delay_days), document=doc), pdf


def kinds(world) -> list[str]:
    return [e.kind for e in Event.select().order_by(Event.id)]


# --- delivery in simulated time ---------------------------------------------------------------


def test_a_message_arrives_only_when_its_time_has_come(world):
    maria = citizen("pensionata")
    sent = messages.send(world, maria, "sms", sender="InpsInforma", body="Ciao", delay=dt.timedelta(hours=1))
    assert messages.inbox(world, maria.id, ("sms",)) == []
    assert messages.unread(world, maria.id, ("sms",)) == 0
    assert [v.id for v in messages.on_the_way(world, maria.id, ("sms",))] == [sent.id]
    world.clock.set(sent.deliver_at - dt.timedelta(seconds=1))
    assert messages.inbox(world, maria.id, ("sms",)) == []
    world.clock.set(sent.deliver_at)  # exactly at deliver_at it has arrived
    shown = messages.inbox(world, maria.id, ("sms",))
    assert [v.id for v in shown] == [sent.id] and shown[0].body == "Ciao" and not shown[0].read
    assert messages.on_the_way(world, maria.id, ("sms",)) == []
    assert messages.unread(world, maria.id, ("sms",)) == 1


def test_inbox_is_newest_first_by_channel_and_person(world):
    maria, luca = citizen("pensionata"), citizen("dipendente")
    first = messages.send(world, maria, "sms", sender="InpsInforma", body="uno")
    world.clock.advance(hours=1)
    second = messages.send(world, maria, "sms", sender="InpsInforma", body="due")
    same_time = messages.send(world, maria, "app", sender="AquilaID Mobile", body="tre")
    messages.send(world, maria, "email", sender=messages.SENDER_INPS_MAIL, body="posta")
    messages.send(world, luca, "sms", sender="InpsInforma", body="di Luca")
    phone = messages.inbox(world, maria.id, messages.PHONE_CHANNELS)
    assert [v.id for v in phone] == [same_time.id, second.id, first.id]
    assert [v.body for v in messages.inbox(world, maria.id, ("email",))] == ["posta"]
    assert [v.body for v in messages.inbox(world, luca.id, messages.PHONE_CHANNELS)] == ["di Luca"]
    assert messages.inbox(world, None, messages.PHONE_CHANNELS) == []
    assert messages.unread(world, None, messages.PHONE_CHANNELS) == 0


def test_opening_marks_read_once(world):
    maria = citizen("pensionata")
    sms = messages.send(world, maria, "sms", sender="InpsInforma", body="Ciao")
    messages.send(world, maria, "sms", sender="InpsInforma", body="Altro")
    assert messages.unread(world, maria.id, ("sms",)) == 2
    view = messages.open_message(world, sms.id)
    assert view.read and view.body == "Ciao"
    assert messages.unread(world, maria.id, ("sms",)) == 1
    messages.open_message(world, sms.id)  # opening again changes nothing
    assert kinds(world).count("message.read") == 1
    assert messages.unread(world, maria.id, ("sms",)) == 1


def test_a_message_on_its_way_cannot_be_opened(world):
    maria = citizen("pensionata")
    sent, _pdf = letter(world, maria)
    with pytest.raises(ServiceError, match=sent.deliver_at.strftime("%d/%m/%Y")):
        messages.open_message(world, sent.id)
    assert not messages.get(sent.id).read
    with pytest.raises(ServiceError):
        messages.open_message(world, 999_999)


def test_letter_document_and_pdf(world):
    maria = citizen("pensionata")
    sent, pdf = letter(world, maria)
    travelling = messages.on_the_way(world, maria.id, messages.POST_CHANNELS)
    assert travelling[0].delivered_at == world.clock.now() + dt.timedelta(days=14)
    world.clock.advance(weeks=2)
    view = messages.inbox(world, maria.id, messages.POST_CHANNELS)[0]
    assert view.has_document and view.document_title == "Lettera di prova"
    assert messages.document_pdf(view.document_id) == pdf
    assert messages.document_pdf(987_654) is None
    no_pdf = messages.store_document(world, maria, "busta", "Senza contenuto", None)
    assert messages.document_pdf(no_pdf.id) is None


def test_notification_actions_until_answered(world):
    maria = citizen("pensionata")
    sent = messages.send(world, maria, "app", sender="AquilaID Mobile", body="Approvi?",
                         meta={"kind": "spid_app_request", "actions": ["Approva", "Rifiuta", " "]})
    view = messages.inbox(world, maria.id, ("app",))[0]
    assert view.actions == ("Approva", "Rifiuta") and view.action_key == "spid_app_request"
    service = messages.send(world, maria, "app", sender="X", body="?",
                            meta={"kind": "k", "service": "spid.app_approval", "actions": ["Approva"]})
    assert messages.inbox(world, maria.id, ("app",))[0].id == service.id
    assert messages.inbox(world, maria.id, ("app",))[0].action_key == "spid.app_approval"
    answered = messages.send(world, maria, "app", sender="X", body="?",
                             meta={"kind": "k", "actions": ["Approva"], "answer": "approved"})
    assert messages.inbox(world, maria.id, ("app",))[0].id == answered.id
    assert messages.inbox(world, maria.id, ("app",))[0].actions == ()
    assert sent.id in {v.id for v in messages.inbox(world, maria.id, ("app",))}


def test_arrivals_count_by_channel_in_the_interval(world):
    maria = citizen("pensionata")
    start = world.clock.now()
    messages.send(world, maria, "sms", sender="InpsInforma", body="subito")  # at `start`: not after it
    letter(world, maria)
    messages.send(world, maria, "sms", sender="InpsInforma", body="tra un'ora", delay=dt.timedelta(hours=1))
    assert messages.arrivals(world, maria.id, start, start + dt.timedelta(hours=1)) == {"sms": 1}
    assert messages.arrivals(world, maria.id, start, start + dt.timedelta(days=14)) == {"sms": 1, "letter": 1}
    assert messages.arrivals(world, None, start, start + dt.timedelta(days=14)) == {}


# --- the Orologio steps ------------------------------------------------------------------------


@pytest.mark.parametrize("step, delta", [
    ("1 ora", dt.timedelta(hours=1)),
    ("1 giorno", dt.timedelta(days=1)),
    ("1 settimana", dt.timedelta(weeks=1)),
    ("2 settimane", dt.timedelta(weeks=2)),
])
def test_clock_steps(world, step, delta):
    before = world.clock.now()
    assert clock.advance_step(world, step) == before + delta
    event = Event.select().where(Event.kind == "clock.advanced").order_by(Event.id.desc()).first()
    assert event is not None and step in event.detail_json


def test_six_months_are_calendar_months(world):
    world.clock.set(dt.datetime(2019, 8, 31, 10, 0))
    assert clock.advance_step(world, "6 mesi") == dt.datetime(2020, 2, 29, 10, 0)  # leap year


def test_unknown_clock_step(world):
    before = world.clock.now()
    with pytest.raises(ValueError):
        clock.advance_step(world, "1 secolo")
    assert world.clock.now() == before


# --- person cards --------------------------------------------------------------------------------


def test_person_card_of_a_persona(world):
    maria = citizen("pensionata")
    card = person_cards.card(world, maria.id)
    assert card.codice_fiscale == maria.codice_fiscale and card.name == "Maria Bianchi"
    assert card.nascita == "Nata il 12/03/1948 a Pavia"
    assert dict(card.contatti)["Cellulare"] == "3331234567"
    groups = {g.title: dict(g.rows) for g in card.credenziali}
    assert groups["PIN dispositivo"]["PIN"] == "ROSA2018"
    assert groups["Identità SPID"]["Password"] == "Girasole.48"
    assert groups["Identità SPID"]["Gestore"] == "AquilaID"
    assert groups["Carta Nazionale dei Servizi (tessera sanitaria)"]["PUK"] == "12345678"


def test_person_card_states_and_expired_documents(world):
    francesca = person_cards.card(world, citizen("estero").id)
    groups = {g.title: g for g in francesca.credenziali}
    assert ("Stato", "scaduto") in groups["PIN ordinario"].rows and groups["PIN ordinario"].note
    assert ("Stato", "bloccata") in groups["Identità SPID"].rows
    giovanni = person_cards.card(world, citizen("senza_credenziali").id)
    assert giovanni.credenziali == ()
    texts = [value for _label, value in giovanni.documenti]
    assert any("scaduta il 08/05/2011" in t for t in texts) and any("scade il 08/05/2021" in t for t in texts)
    assert texts[0].endswith("scade il 08/05/2021")  # the valid one first
    assert person_cards.card(world, None) is None and person_cards.card(world, 999_999) is None


def test_persona_cards_pdf_has_every_codice_fiscale(world):
    data = person_cards.all_persona_cards_pdf(world)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    for p in personas.load_personas():
        assert personas.codice_fiscale_of(p) in text
    assert "ROSA2018" in text and "SIMULAZIONE" in text
    assert kinds(world)[-1] == "person_card.printed_all"


def test_one_persona_card_pdf(world):
    maria = citizen("pensionata")
    data = person_cards.persona_card_pdf(world, maria.id)
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert maria.codice_fiscale in text and "Girasole.48" in text
    with pytest.raises(ServiceError):
        person_cards.persona_card_pdf(world, 999_999)


def test_no_persona_cards_in_an_empty_world(empty_world):
    with pytest.raises(ServiceError):
        person_cards.all_persona_cards_pdf(empty_world)
