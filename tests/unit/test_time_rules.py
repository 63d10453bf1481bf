"""Time rules run once when the clock moves (app.services.time_rules), record their events
then, and the reads that used to apply them lazily are pure."""
from __future__ import annotations

import datetime as dt

import pytest

from app.models import Application, ApplicationStatus, Citizen, Event, Message, Payment, Pension, Pin
from app.services import auth, domande, fascicolo, payroll, personas
from app.services import pin as pinmod
from app.services import pin_conversion as pc
from app.services import time_rules
from app.services.events import detail
from tests import timeflow

from .test_domande import VERSAMENTI
from .test_pin_conversion import good_scan


def persona(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


def _state() -> tuple:
    """Everything a time rule could change."""
    return (
        tuple(Pin.select(Pin.id, Pin.state, Pin.kind, Pin.conversion_pending).order_by(Pin.id).tuples()),
        tuple(Application.select(Application.id, Application.state, Application.outcome).tuples()),
        ApplicationStatus.select().count(), Payment.select().count(), Pension.select().count(),
        Message.select().count(),
    )


def _moved(world, **amount):
    """The hands only, so that the test calls the rules itself."""
    with timeflow.hands_only(world) as clock:
        before = clock.now()
        return before, clock.advance(**amount)


# --- the list -----------------------------------------------------------------------


def test_rules_are_listed_in_order():
    assert [r.key for r in time_rules.RULES] == [
        "pin.lettere", "pin.conversioni", "pin.scadenze", "domande", "pensioni"]
    assert all(r.description and r.description[0].isupper() for r in time_rules.RULES)


def test_run_due_refuses_a_time_that_is_not_the_clocks(world):
    now = world.clock.now()
    with pytest.raises(ValueError, match="clock"):
        time_rules.run_due(world, now, now + dt.timedelta(days=1))
    with pytest.raises(ValueError, match="back"):
        time_rules.run_due(world, now + dt.timedelta(days=1), now)


def test_a_new_world_is_consistent(world):
    """Seeding applied whatever was due: nothing is left for the rules at the start."""
    now = world.clock.now()
    assert time_rules.run_due(world, None, now) == {r.key: 0 for r in time_rules.RULES}
    assert not Pin.select().where((Pin.state == "active") & (Pin.expires_at <= now)).exists()
    for pin in Pin.select().where(Pin.state == "first_half_sent"):
        assert pinmod.letter_due(pin) is None or pinmod.letter_due(pin) > now
    for pension in Pension.select():
        assert payroll.pay_pension(pension, now.date()) == 0


def test_seeding_runs_the_rules(empty_world, monkeypatch):
    calls = []
    real = time_rules.run_due
    monkeypatch.setattr(time_rules, "run_due", lambda world, before, after: calls.append((before, after))
                        or real(world, before, after))
    personas.seed_world(empty_world)
    assert calls == [(None, empty_world.clock.now())]


# --- each rule at the move, with its event ------------------------------------------------


def test_two_weeks_later_the_letter_has_arrived_and_the_pin_is_complete(world):
    giovanni = persona("senza_credenziali")
    pinmod.issue_initial_pin(world, giovanni, channel="online")
    before, after = _moved(world, weeks=2)
    start = world.events.last_id()
    changed = time_rules.run_due(world, before, after)
    assert changed["pin.lettere"] == 1
    assert pinmod.active_pin(giovanni).state == "complete"
    (event,) = world.events.since(start, kinds=["pin.complete"])
    assert event.at == after and event.citizen_id == giovanni.id
    info = detail(event)
    assert info["from"] == "first_half_sent" and info["reason"] == "lettera consegnata"
    assert info["delivered_at"] == str(pinmod.letter_due(pinmod.active_pin(giovanni)))
    assert time_rules.run_due(world, after, after) == {r.key: 0 for r in time_rules.RULES}  # idempotent


def test_a_lost_letter_never_completes_the_pin(world):
    giovanni = persona("senza_credenziali")
    pinmod.issue_initial_pin(world, giovanni, channel="online")
    Message.delete().where((Message.citizen == giovanni) & (Message.channel == "letter")).execute()
    timeflow.advance(world, months=1)
    assert pinmod.active_pin(giovanni).state == "first_half_sent"


def test_six_months_later_the_pin_has_expired(world):
    luca = persona("dipendente")
    expires = pinmod.active_pin(luca).expires_at
    start = world.events.last_id()
    timeflow.set_time(world, expires - dt.timedelta(minutes=1))
    assert pinmod.active_pin(luca).state == "active"
    timeflow.set_time(world, expires)
    assert pinmod.active_pin(luca).state == "expired"
    (event,) = [e for e in world.events.since(start, kinds=["pin.expired"]) if e.citizen_id == luca.id]
    assert event.at == expires and detail(event)["reason"] == "scadenza periodica"


def test_unlocking_a_pin_whose_time_is_over_expires_it_at_once(world):
    luca = persona("dipendente")
    pinmod.lock(world, pinmod.active_pin(luca), "prova")
    timeflow.advance(world, months=7)
    assert pinmod.active_pin(luca).state == "locked"  # a locked PIN does not expire
    assert pinmod.unlock(world, luca, by="prova").state == "expired"


def test_the_converti_pin_review_ends_when_the_clock_passes_it(world):
    luca = persona("dipendente")
    pc.submit_upload(world, luca, [("richiesta.pdf", good_scan(world, luca))])
    timeflow.advance(world, hours=pc.REVIEW_HOURS - 1)
    assert pc.status(world, luca).code == "pending"
    start = world.events.last_id()
    timeflow.advance(world, hours=1)
    assert pinmod.active_pin(luca).kind == "dispositivo"
    assert [e.kind for e in world.events.since(start, kinds=["pin.kind.dispositivo", "pin.conversion_pending"])] == [
        "pin.kind.dispositivo"]
    assert pc.status(world, luca).code == "dispositivo"


def test_domande_move_on_at_the_move(world):
    citizen = persona("invalidita")
    session = auth.open_session(world, citizen, "pin_dispositivo")
    result = domande.submit(world, session, "versamenti_volontari", VERSAMENTI)
    start = world.events.last_id()
    timeflow.advance(world, days=30)
    kinds = [(e.kind, detail(e).get("state") or detail(e).get("outcome"))
             for e in world.events.since(start, kinds=["domanda.state", "domanda.decided"])]
    assert kinds == [("domanda.state", "in istruttoria"), ("domanda.decided", "accolta")]
    app = Application.get_by_id(result.application_id)
    assert app.outcome == "accolta" and app.decided_at == result.submitted_at + dt.timedelta(days=20)


def test_a_rule_is_skipped_only_when_nothing_can_be_due(world):
    """Opening a world runs the rules: each asks first, in one query, whether anything could
    be due, and is skipped (its service module not even imported) only when nothing is."""
    now = world.clock.now()
    assert [r.pending(world, now) for r in time_rules.RULES if r.pending] == [False] * 4  # the seeded world
    citizen = persona("invalidita")
    session = auth.open_session(world, citizen, "pin_dispositivo")
    domande.submit(world, session, "versamenti_volontari", VERSAMENTI)
    rules = {r.key: r for r in time_rules.RULES}
    assert rules["domande"].pending(world, now)  # an undecided domanda of the service
    record = pinmod.active_pin(citizen)
    record.expires_at = now
    record.save()
    assert rules["pin.scadenze"].pending(world, now)
    assert not rules["pin.lettere"].pending(world, now) and not rules["pin.conversioni"].pending(world, now)
    record.state, record.conversion_pending = "first_half_sent", True
    record.save()
    assert rules["pin.lettere"].pending(world, now) and rules["pin.conversioni"].pending(world, now)


def test_opening_a_world_with_nothing_due_imports_no_rule_module(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    make = f"""
import sys; sys.path.insert(0, {str(root)!r})
from app.services import security; security.set_fast_hashing(True)
from app.world import World
World({str(tmp_path / 'w.sqlite3')!r}).close()
"""
    reopen = f"""
import sys; sys.path.insert(0, {str(root)!r})
from app.world import World
World({str(tmp_path / 'w.sqlite3')!r}).close()
print(",".join(m for m in ("app.services.pin", "app.services.pin_conversion", "app.services.domande")
               if m in sys.modules))
"""
    for code in (make, reopen):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                              env=dict(os.environ))
        assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""


def test_an_accepted_pension_is_paid_in_the_same_move(world):
    """Order matters: the domanda rule creates the pension, then the payroll rule pays it."""
    giovanni = persona("senza_credenziali")  # born 08/05/1957: 67 in 2024
    timeflow.set_time(world, dt.datetime(2024, 3, 1, 9, 0))
    session = auth.open_session(world, giovanni, "pin_dispositivo")
    values = {"gestione": "FPLD", "decorrenza": "01/06/2024", "pagamento": "sportello", "iban": "",
              "detrazioni": True, "altri_redditi": "no", "dichiarazione": True}
    domande.submit(world, session, "pensione_vecchiaia", values)
    start = world.events.last_id()
    changed = timeflow.set_time(world, dt.datetime(2024, 6, 2, 9, 0))
    assert changed == dt.datetime(2024, 6, 2, 9, 0)
    assert Payment.select().where((Payment.citizen == giovanni) & (Payment.year == 2024)
                                  & (Payment.month == 6)).exists()
    kinds = [e.kind for e in world.events.since(start, kinds=["domanda.decided", "pension.rates_paid"])
             if e.citizen_id == giovanni.id]
    assert kinds == ["domanda.decided", "pension.rates_paid"]


def test_pension_rates_are_paid_on_the_first_of_the_month(world):
    maria = persona("pensionata")
    count = Payment.select().where(Payment.citizen == maria).count()
    timeflow.set_time(world, dt.datetime(2018, 10, 31, 23, 0))
    assert Payment.select().where(Payment.citizen == maria).count() == count
    timeflow.set_time(world, dt.datetime(2018, 11, 1, 0, 0))
    assert Payment.select().where(Payment.citizen == maria).count() == count + 1


# --- reads are pure ----------------------------------------------------------------------


def test_reads_write_nothing_even_when_something_is_due(world):
    """The hands moved without the rules (as an old database might be): reading must not
    apply them behind the learner's back."""
    giovanni, maria, luca = persona("senza_credenziali"), persona("pensionata"), persona("dipendente")
    pinmod.issue_initial_pin(world, giovanni, channel="online")
    pc.submit_upload(world, luca, [("richiesta.pdf", good_scan(world, luca))])
    session = auth.open_session(world, maria, "pin_dispositivo")
    domande.submit(world, session, "variazione_anagrafica",
                   dict(domande.form_for(world, session, "variazione_anagrafica").initial,
                        cellulare="347 1112223", dichiarazione=True))
    _moved(world, months=7)  # letter, review, expiry, domanda and rates all due
    state, last = _state(), world.events.last_id()
    for citizen in (giovanni, maria, luca):
        pinmod.active_pin(citizen, world)
        pinmod.status_text(pinmod.active_pin(citizen))
        pc.status(world, citizen)
        domande.list_applications(world, citizen.id)
        fascicolo.domande(world, citizen.id)
        fascicolo.pensioni(world, citizen.id)
        fascicolo.pagamenti(world, citizen.id)
    f = fascicolo.load(world, maria.id)
    for app in domande.list_applications(world, maria.id):
        domande.get_application(world, maria.id, app.id)
    fascicolo.cedolino(world, maria.id, 2018, 10)
    fascicolo.certificazione_unica(world, maria.id, f.modelli_cu[0].year)
    fascicolo.obism(world, maria.id, f.modelli_obism[0].year)
    assert _state() == state
    assert world.events.last_id() == last
    # The move through the rules applies all of it, and only once.
    changed = time_rules.run_due(world, None, world.clock.now())
    assert changed["pin.lettere"] == 1 and changed["pin.conversioni"] == 1 and changed["pensioni"] > 0
    assert changed["pin.scadenze"] >= 1 and changed["domande"] == 1
    assert pinmod.active_pin(luca).state == "expired" and pinmod.active_pin(luca).kind == "dispositivo"
    assert time_rules.run_due(world, None, world.clock.now()) == {r.key: 0 for r in time_rules.RULES}
    assert Event.select().where(Event.kind == "pin.complete").count() == 1
