"""The learner's window applies the trainer's orders, posted by another process,
within two seconds and without any action."""
import subprocess
import sys
from pathlib import Path

from app.models import Pin
from app.services import clock, personas
from tests.helpers import make_window

ROOT = Path(__file__).resolve().parents[2]

_POST = """
import sys
sys.path.insert(0, {root!r})
from app.classroom import Classroom
c = Classroom({target!r})
learner = c.choose("Io")
c.post_order(learner.id, {kind!r}, **{payload!r})
c.close()
"""


def _post_from_another_process(db_path, kind, **payload):
    code = _POST.format(root=str(ROOT), target=str(db_path), kind=kind, payload=payload)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def _pin_state(persona_key):
    from app.models import Citizen

    citizen = Citizen.get(Citizen.codice_fiscale == personas.codice_fiscale_of(personas.persona(persona_key)))
    return Pin.select().where(Pin.citizen == citizen).order_by(Pin.id.desc()).first().state


def test_a_fault_from_the_console_appears_in_the_learners_window(qtbot, db_path):
    window = make_window(qtbot, db_path)
    assert _pin_state("dipendente") == "active"
    _post_from_another_process(db_path, "fault", fault="pin_bloccato", persona="dipendente")
    qtbot.waitUntil(window.notice.isVisible, timeout=2500)
    assert "PIN bloccato" in window.notice_text.text()
    assert _pin_state("dipendente") == "locked"
    assert window.world.classroom.pending_orders(window.world.learner.id) == []


def test_a_reset_from_the_console_gives_a_new_world(qtbot, db_path):
    window = make_window(qtbot, db_path)
    clock.advance_step(window.world, "6 mesi")
    _post_from_another_process(db_path, "reset")
    qtbot.waitUntil(window.notice.isVisible, timeout=2500)
    assert window.world.clock.now() == clock.WORLD_START
    assert "stato iniziale" in window.notice_text.text()


def test_an_order_that_does_not_apply_is_explained(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _post_from_another_process(db_path, "fault", fault="lettera_smarrita", persona="senza_credenziali")
    qtbot.waitUntil(window.notice.isVisible, timeout=2500)
    assert "non si applica" in window.notice_text.text()
