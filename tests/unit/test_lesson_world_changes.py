"""What the lessons 20-27 need from the world (plain pytest, no Qt): the starting state
conversione_in_lavorazione, the domande's step events, the counter operator's start."""
from __future__ import annotations

import pytest

from app.models import Citizen, Message
from app.services import domande, pin, scenarios, sede
from app.services.auth import open_session
from app.services.errors import ServiceError, ValidationError
from tests import timeflow


def _citizen(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


def _kinds(world, n: int = 30) -> list[str]:
    return [e.kind for e in world.events.recent(n)]


def test_conversione_in_lavorazione_leaves_an_ordinario_pin_under_review(world):
    luca = _citizen("dipendente")
    done = scenarios.apply(world, "conversione_in_lavorazione")
    assert "inviata e accolta" in done and "15/10/2018 alle 13:00" in done
    record = pin.active_pin(luca)
    assert (record.kind, record.conversion_pending) == ("ordinario", True)
    mail = Message.get((Message.citizen == luca) & Message.subject.contains("ora dispositivo"))
    assert mail.deliver_at > world.clock.now()  # the e-mail is on its way: "dopo qualche ora"
    assert {"pin.conversion.form_prepared", "desk.scanned", "pin.conversion.accepted",
            "world.fault_applied"} <= set(_kinds(world))
    timeflow.advance(world, days=1)  # as the Orologio's «1 giorno»: the review is over
    assert pin.active_pin(luca).kind == "dispositivo"


def test_conversione_in_lavorazione_needs_a_pin_ordinario(world):
    with pytest.raises(ServiceError):
        scenarios.apply(world, "conversione_in_lavorazione", "senza_credenziali")  # no PIN at all
    with pytest.raises(ServiceError, match="già di tipo dispositivo"):
        scenarios.apply(world, "conversione_in_lavorazione", "pensionata")


def test_every_step_of_a_domanda_is_recorded_passed_or_refused(world):
    luca = _citizen("dipendente")
    session = open_session(world, luca, "pin_dispositivo")
    form = domande.form_for(world, session, "variazione_anagrafica")
    values = dict(form.initial, civico="")
    with pytest.raises(ValidationError):
        domande.validate_step(world, session, "variazione_anagrafica", 0, values)
    refused = world.events.recent(1, "domanda.step_refused")[0]
    assert '"step": 1' in refused.detail_json and "civico" in refused.detail_json
    values["civico"] = "120"
    domande.validate_step(world, session, "variazione_anagrafica", 0, values)
    assert '"step": 1' in world.events.recent(1, "domanda.step_passed")[0].detail_json
    with pytest.raises(ValidationError):  # the dichiarazione not ticked: the last step
        domande.submit(world, session, "variazione_anagrafica", values)
    assert '"step": 3' in world.events.recent(1, "domanda.step_refused")[0].detail_json


def test_the_counter_operator_starts_with_the_visitors_waiting(world):
    cases = sede.start_operator(world)
    assert [c["key"] for c in cases][:3] == ["scaduto", "valido", "altra_persona"]
    assert _kinds(world, 1) == ["sede.operator.started"]
