"""Pension rates are paid as the simulated clock reaches each month."""
import datetime as dt

from app.models import Citizen, Payment, Pension
from app.services import fascicolo, payroll
from tests import timeflow


def _maria():
    return Citizen.get(Citizen.persona_key == "pensionata")


def test_seeded_rates_stop_at_the_world_start(world):
    last = Payment.select().where(Payment.citizen == _maria()).order_by(Payment.paid_on.desc()).first()
    assert last.paid_on == dt.date(2018, 10, 1)


def test_moving_the_clock_pays_new_rates_with_tredicesima(world):
    maria = _maria()
    timeflow.advance(world, months=3)  # 15 January 2019: the time rule pays at the move
    months = [(p.year, p.month) for p in Payment.select().where(Payment.citizen == maria)
              .order_by(Payment.year, Payment.month)][-4:]
    assert months == [(2018, 11), (2018, 12), (2018, 13), (2019, 1)]
    (event,) = world.events.recent(1, "pension.rates_paid", citizen=maria)
    assert event.citizen_id == maria.id and '"rates": 4' in event.detail_json  # Nov, Dec, tredicesima, Jan
    assert payroll.accrue(world, maria.id) == 0  # idempotent


def test_accrue_pays_what_the_clock_has_reached(world):
    maria = _maria()
    with timeflow.hands_only(world):
        world.clock.advance(months=3)  # the hands only: nothing paid yet
    assert payroll.accrue(world, maria.id) == 4
    assert payroll.accrue(world, maria.id) == 0


def test_paying_month_by_month_equals_paying_at_once(world, tmp_path):
    maria = _maria()
    pension = Pension.get(Pension.citizen == maria)
    for _ in range(5):
        world.clock.advance(months=1)
        payroll.accrue(world, maria.id)
    stepwise = {(p.year, p.month): (p.lordo_cents, p.netto_cents) for p in Payment.select().where(Payment.pension == pension)}
    Payment.delete().where(Payment.pension == pension).execute()
    payroll.pay_pension(pension, world.clock.today())
    at_once = {(p.year, p.month): (p.lordo_cents, p.netto_cents) for p in Payment.select().where(Payment.pension == pension)}
    assert stepwise == at_once


def test_perequazione_in_january(world):
    pension = Pension.get(Pension.citizen == _maria())
    assert payroll.monthly_gross(pension, 2019) == round(payroll.monthly_gross(pension, 2018) * 1.011)


def test_fascicolo_shows_new_cedolino_after_the_clock_moves(world):
    maria = _maria()
    timeflow.advance(world, months=2)
    f = fascicolo.load(world, maria.id)
    assert any(m.kind == "cedolino" and (m.year, m.month) == (2018, 12) for m in f.cedolini)
    dicembre = fascicolo.cedolino(world, maria.id, 2018, 12)
    assert dicembre is not None
